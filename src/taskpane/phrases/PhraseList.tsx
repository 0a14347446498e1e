import { Badge, Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular, DeleteRegular, EditRegular, StarFilled, StarRegular } from "@fluentui/react-icons";
import type { Phrase } from "../../core/content";
import { Highlighted } from "../library/Highlighted";
import { LIB_UI } from "../library/strings";
import { LIST_ENTRY_BUTTON, PLAIN_LIST } from "../shared/listStyles";
import type { PhraseItem } from "./phraseFilter";

const useStyles = makeStyles({
  list: PLAIN_LIST,
  item: { display: "flex", alignItems: "flex-start", gap: "2px", minWidth: 0 },
  text: {
    ...LIST_ENTRY_BUTTON,
    flexGrow: 1,
    minWidth: 0,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  badge: { marginInlineStart: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  star: { color: tokens.colorPaletteMarigoldForeground1 },
});

export interface PhraseListProps {
  readonly items: readonly PhraseItem[];
  readonly busy: boolean;
  isFavourite(phrase: Phrase): boolean;
  onInsert(phrase: Phrase): void;
  onToggleFavourite(phrase: Phrase): void;
  onEdit(phrase: Phrase): void;
  onDelete(phrase: Phrase): void;
  onCopy(phrase: Phrase): void;
}

/** Each phrase is a button: click or Enter inserts it at the cursor; the star and the edit actions follow it. */
export function PhraseList({ items, busy, isFavourite, onInsert, onToggleFavourite, onEdit, onDelete, onCopy }: PhraseListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="phrase-list">
      {items.map(({ phrase, own, highlight }) => {
        const favourite = isFavourite(phrase);
        return (
          <li key={(own ? "own:" : "") + phrase.id} className={styles.item} data-testid="phrase-item">
            <button type="button" className={styles.text} disabled={busy} onClick={() => onInsert(phrase)} data-testid="phrase-insert">
              <Highlighted text={phrase.text} range={highlight} />
              {own ? (
                <Badge size="small" appearance="tint" color="brand" className={styles.badge}>
                  {LIB_UI.own}
                </Badge>
              ) : null}
            </button>
            <Tooltip content={favourite ? LIB_UI.phrases.unfavourite : LIB_UI.phrases.favourite} relationship="label">
              <Button
                size="small"
                appearance="subtle"
                aria-pressed={favourite}
                icon={favourite ? <StarFilled className={styles.star} /> : <StarRegular />}
                onClick={() => onToggleFavourite(phrase)}
              />
            </Tooltip>
            {own ? (
              <>
                <Tooltip content={LIB_UI.edit} relationship="label">
                  <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={() => onEdit(phrase)} />
                </Tooltip>
                <Tooltip content={LIB_UI.delete} relationship="label">
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onDelete(phrase)} />
                </Tooltip>
              </>
            ) : (
              <Tooltip content={LIB_UI.copyToOwnPhrase} relationship="label">
                <Button size="small" appearance="subtle" icon={<CopyRegular />} onClick={() => onCopy(phrase)} />
              </Tooltip>
            )}
          </li>
        );
      })}
    </ul>
  );
}
