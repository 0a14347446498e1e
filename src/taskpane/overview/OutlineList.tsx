import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OutlineEntry } from "../../core/stats/outline";
import { UI } from "../strings";
import { LIST_ENTRY_BUTTON, PLAIN_LIST } from "../shared/listStyles";
import { useRevealed } from "../shared/reveal";

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalXS },
  list: PLAIN_LIST,
  item: {
    ...LIST_ENTRY_BUTTON,
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  level1: { fontWeight: tokens.fontWeightSemibold },
  level2: { paddingLeft: "20px" },
  level3: { paddingLeft: "36px" },
  level4: { paddingLeft: "52px" },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  // Drawn like Fluent's small tint Badge without loading Badge itself: the outline is in the pane's first download.
  automatic: {
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function OutlineList({ outline, onSelect }: { outline: readonly OutlineEntry[]; onSelect(entry: OutlineEntry): void }) {
  const styles = useStyles();
  const levelClass = [styles.level1, styles.level1, styles.level2, styles.level3, styles.level4];
  // An 800-page report has about a thousand headings: the first screenful is drawn with the figures, the rest in
  // later turns, so opening the pane on it is no single long task.
  const drawn = useRevealed(outline.length);
  return (
    <section className={styles.section} aria-label={UI.overview.outline}>
      <Text weight="semibold">{UI.overview.outline}</Text>
      {outline.length === 0 ? (
        <Text as="p">{UI.overview.noHeadings}</Text>
      ) : (
        <>
          <Text as="p" size={200}>
            {UI.overview.clickHint}
          </Text>
          <ul className={styles.list} data-testid="outline">
            {outline.slice(0, drawn).map((entry) => (
              <li key={entry.paragraphIndex}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, levelClass[entry.level])}
                  onClick={() => onSelect(entry)}
                  title={entry.marker + entry.title}
                  // The name is the visible text (marker, title, badge) run together: flex children would otherwise
                  // be read with spaces between them, and a name unlike the visible text fails speech input users.
                  aria-label={entry.marker + entry.title + (entry.automatic ? UI.overview.automatic : "")}
                >
                  <span>{entry.marker}</span>
                  <span className={styles.text}>{entry.title}</span>
                  {entry.automatic ? (
                    <span className={styles.automatic}>{UI.overview.automatic}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
