import type { KeyboardEvent } from "react";
import { Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { GriffelStyle } from "@fluentui/react-components";
import { CopyRegular, DeleteRegular, EditRegular, StarFilled, StarRegular } from "@fluentui/react-icons";
import { PHRASE_ROLES } from "../../core/content";
import type { Phrase } from "../../core/content";
import { Highlighted } from "../library/Highlighted";
import { LIB_UI } from "../library/strings";
import { NoticeAt, type Notice } from "../shared/ErrorBar";
import { LIST_ENTRY_BUTTON, PLAIN_LIST } from "../shared/listStyles";
import { NOTICE_AT } from "../shared/noticePlace";
import type { PhraseItem } from "./phraseFilter";

/**
 * Dense at Word's default pane width (320–350 px): a phrase takes one or two lines, cut with an ellipsis; hovering
 * or focusing it shows the whole text and its actions. The actions stay in the tab order while folded (zero height,
 * not display:none), so Tab and Shift+Tab reach them and unfold them.
 */
const UNCLAMPED: GriffelStyle = { display: "block", overflow: "visible" };
const SHOWN: GriffelStyle = { maxHeight: "80px", overflow: "visible", paddingBottom: "2px", transitionDelay: "0s" };
/**
 * Folded a moment after focus or the pointer leaves, not at once: pressing the mouse on a control further down
 * takes focus from the phrase (focus comes back to the phrase after an insert), and the list must not move up
 * under the pointer between the press and the release, or the click lands on nothing.
 */
const FOLDED: GriffelStyle = {
  maxHeight: 0,
  overflow: "hidden",
  transitionProperty: "max-height, padding-bottom",
  transitionDuration: "0s",
  transitionDelay: "0.4s",
};

const useStyles = makeStyles({
  list: PLAIN_LIST,
  item: {
    display: "grid",
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { backgroundColor: tokens.colorNeutralBackground1Hover },
    "&[data-active]": { backgroundColor: tokens.colorNeutralBackground1Selected, boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
    ":hover .phrase-text": UNCLAMPED,
    ":focus-within .phrase-text": UNCLAMPED,
    "&[data-active] .phrase-text": UNCLAMPED,
    ":hover .phrase-actions": SHOWN,
    ":focus-within .phrase-actions": SHOWN,
    "@media (hover: none)": { "& .phrase-actions": SHOWN },
  },
  text: {
    ...LIST_ENTRY_BUTTON,
    minWidth: 0,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    padding: `2px ${tokens.spacingHorizontalS}`,
    ":hover": {},
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  /** Two lines and an ellipsis, lifted while the entry is hovered or focused. */
  clamp: {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: 2,
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  marker: {
    marginInlineStart: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorBrandForeground1,
    whiteSpace: "nowrap",
  },
  star: { color: tokens.colorPaletteMarigoldForeground1, verticalAlign: "-2px", marginInlineStart: "2px" },
  actions: {
    display: "flex",
    justifyContent: "flex-end",
    gap: "2px",
    ...FOLDED,
  },
  starOn: { color: tokens.colorPaletteMarigoldForeground1 },
});

export interface PhraseListProps {
  readonly items: readonly PhraseItem[];
  readonly busy: boolean;
  /** The tab's last notice: shown under the phrase it is about. */
  readonly notice?: Notice;
  /** The entry arrow keys and Enter in the search box act on (issue 11), shown as current. */
  readonly activeIndex?: number;
  isFavourite(phrase: Phrase): boolean;
  onInsert(phrase: Phrase): void;
  onToggleFavourite(phrase: Phrase): void;
  onEdit(phrase: Phrase): void;
  onDelete(phrase: Phrase): void;
  onCopy(phrase: Phrase): void;
  /** Arrow keys on an entry move to the next or previous one (and back to the search box from the first). */
  onArrow?(from: number, event: KeyboardEvent<HTMLButtonElement>): void;
}

const ROLE_MARKER = new Map(PHRASE_ROLES.map((r) => [r.id, r.label]));

/** Each phrase is a button: click or Enter inserts it at the cursor; the star and the edit actions follow it. */
export function PhraseList({ items, busy, notice, activeIndex, isFavourite, onInsert, onToggleFavourite, onEdit, onDelete, onCopy, onArrow }: PhraseListProps) {
  const styles = useStyles();
  return (
    <ul id="phrase-list" className={styles.list} data-testid="phrase-list">
      {items.map(({ phrase, own, highlight }, index) => {
        const favourite = isFavourite(phrase);
        const active = index === activeIndex;
        const roleMarker = phrase.role ? ROLE_MARKER.get(phrase.role) : undefined;
        return (
          <li key={(own ? "own:" : "") + phrase.id} className={`${styles.item} phrase-entry`} data-testid="phrase-item" data-active={active || undefined}>
            <button
              type="button"
              id={`phrase-option-${index}`}
              className={styles.text}
              aria-disabled={busy || undefined}
              onClick={() => (busy ? undefined : onInsert(phrase))}
              onKeyDown={(event) => onArrow?.(index, event)}
              data-testid="phrase-insert"
            >
              <span className={`${styles.clamp} phrase-text`}>
                <Highlighted text={phrase.text} range={highlight} />
                {roleMarker ? <span className={styles.marker}>{roleMarker}</span> : null}
                {own ? <span className={styles.marker}>{LIB_UI.own}</span> : null}
                {favourite ? <StarFilled className={styles.star} aria-hidden /> : null}
              </span>
            </button>
            <div className={`${styles.actions} phrase-actions`}>
              <Tooltip content={favourite ? LIB_UI.phrases.unfavourite : LIB_UI.phrases.favourite} relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  aria-pressed={favourite}
                  icon={favourite ? <StarFilled className={styles.starOn} /> : <StarRegular />}
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
            </div>
            <NoticeAt notice={notice} at={NOTICE_AT.phrase(phrase.id)} />
          </li>
        );
      })}
    </ul>
  );
}
