import { useEffect, useRef } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { PART_NAMES } from "../core/messages";
import { showSelection } from "./documentDom";
import type { PlaygroundDocument } from "./playgroundDocument";
import { PLAYGROUND_UI } from "./strings";

const useStyles = makeStyles({
  band: {
    padding: "12px 72px 12px 100px",
    color: tokens.colorNeutralForeground2,
    fontFamily: '"Noto Serif CJK SC", "FangSong", "仿宋", serif',
    fontSize: "10.5pt",
    lineHeight: 1.6,
    whiteSpace: "pre-wrap",
    "& p": { margin: 0 },
  },
  top: { borderBottom: `1px dashed ${tokens.colorNeutralStroke1}` },
  bottom: { borderTop: `1px dashed ${tokens.colorNeutralStroke1}` },
  label: { display: "block", fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground3 },
});

/**
 * The document's headers (above the page) or its footers, notes and text boxes (below it), as Word shows them
 * around the main text. Read-only here: the add-in only reads and selects in them. A selection the add-in made in
 * one of them (定位 on a finding in a header) is shown as the browser's selection, as in the main text.
 */
export function PartBands({ doc, place }: { doc: PlaygroundDocument; place: "top" | "bottom" }) {
  const styles = useStyles();
  const stories = useRef(new Map<number, HTMLDivElement>());
  const shown = useRef<string>(undefined);
  const parts = doc.parts().map((part, index) => ({ ...part, index }));
  const mine = parts.filter((part) => (part.part === "header") === (place === "top"));
  const selection = doc.partSelection();

  useEffect(() => {
    const key = selection ? JSON.stringify(selection) : undefined;
    if (key === shown.current) return;
    shown.current = key;
    const element = selection && stories.current.get(selection.story);
    if (selection && element) showSelection(element, selection);
  });

  if (mine.length === 0) return null;
  return (
    <div className={`${styles.band} ${place === "top" ? styles.top : styles.bottom}`} data-testid={`parts-${place}`}>
      {mine.map(({ part, paragraphs, index }) => (
        <section key={index} aria-label={PLAYGROUND_UI.partReadOnly(PART_NAMES[part])} data-testid={`part-${part}`}>
          <Text size={100} className={styles.label}>
            {PART_NAMES[part]}
          </Text>
          <div
            ref={(element) => {
              if (element) stories.current.set(index, element);
              else stories.current.delete(index);
            }}
          >
            {paragraphs.map((text, i) => (
              <p key={i}>{text === "" ? <br /> : text}</p>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
