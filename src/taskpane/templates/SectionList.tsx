import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { GriffelStyle } from "@fluentui/react-components";
import { CopyRegular, DeleteRegular, EditRegular, TextBulletListAddRegular } from "@fluentui/react-icons";
import type { SectionTemplate } from "../../core/content";
import { Highlighted } from "../library/Highlighted";
import { LIB_UI } from "../library/strings";
import { NoticeAt, type Notice } from "../shared/ErrorBar";
import { NOTICE_AT } from "../shared/noticePlace";
import { sectionHeadings } from "./outlinePreview";

const SHOWN: GriffelStyle = { maxHeight: "80px", overflow: "visible", paddingTop: "2px", transitionDelay: "0s" };
/**
 * Folded a moment after focus or the pointer leaves, not at once: pressing the mouse further down takes focus from
 * the module's 插入 (where focus comes back after an insert), and the list must not move up under the pointer
 * between the press and the release, or the click lands on nothing.
 */
const FOLDED: GriffelStyle = { maxHeight: 0, overflow: "hidden", transitionProperty: "max-height, padding-top", transitionDuration: "0s", transitionDelay: "0.4s" };
const ONE_LINE: GriffelStyle = { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" };

/**
 * Dense at 320–350 px: a module is its name and 插入 on one line, its headings on a second line cut with an
 * ellipsis (the whole outline on hover, as a title); only own modules are marked (我的), and the other actions
 * unfold on hover or focus while staying in the tab order.
 */
const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "2px" },
  item: {
    display: "grid",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":hover .section-actions": SHOWN,
    ":focus-within .section-actions": SHOWN,
    "@media (hover: none)": { "& .section-actions": SHOWN },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: { flexGrow: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold, ...ONE_LINE },
  own: { fontSize: tokens.fontSizeBase100, color: tokens.colorBrandForeground1, marginInlineStart: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
  headings: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, ...ONE_LINE },
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: tokens.spacingHorizontalXS, ...FOLDED },
});

export interface SectionItem {
  readonly section: SectionTemplate;
  readonly own: boolean;
  readonly highlight?: readonly [number, number];
}

export interface SectionListProps {
  readonly items: readonly SectionItem[];
  readonly busy: boolean;
  /** The tab's last notice: shown under the module it is about. */
  readonly notice?: Notice;
  onInsert(section: SectionTemplate): void;
  onEdit(section: SectionTemplate): void;
  onDelete(section: SectionTemplate): void;
  onCopy(section: SectionTemplate): void;
}

/** Section modules: own ones editable, built-in ones read-only with 复制到我的模板. */
export function SectionList({ items, busy, notice, onInsert, onEdit, onDelete, onCopy }: SectionListProps) {
  const styles = useStyles();
  if (items.length === 0) return <p>{LIB_UI.noResults}</p>;
  return (
    <ul className={styles.list} data-testid="section-list">
      {items.map(({ section, own, highlight }) => {
        const outline = `${sectionHeadings(section.blocks).join(" / ")} · ${LIB_UI.templates.blocksCount(section.blocks.length)}`;
        return (
          <li key={(own ? "own:" : "") + section.id} className={styles.item} data-testid="section-item">
            <div className={styles.head}>
              <span className={styles.title} title={section.title}>
                <Highlighted text={section.title} range={highlight} />
                {own ? <span className={styles.own}>{LIB_UI.own}</span> : null}
              </span>
              <Button
                size="small"
                appearance="primary"
                icon={<TextBulletListAddRegular />}
                disabledFocusable={busy}
                onClick={() => onInsert(section)}
                aria-label={`${LIB_UI.templates.insertSection}“${section.title}”`}
              >
                {LIB_UI.templates.insertSection}
              </Button>
            </div>
            <span className={styles.headings} title={outline} data-testid="section-outline">
              {outline}
            </span>
            <div className={`${styles.actions} section-actions`}>
              {own ? (
                <>
                  <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={() => onEdit(section)} aria-label={`${LIB_UI.edit}“${section.title}”`}>
                    {LIB_UI.edit}
                  </Button>
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onDelete(section)} aria-label={`${LIB_UI.delete}“${section.title}”`}>
                    {LIB_UI.delete}
                  </Button>
                </>
              ) : (
                <Button size="small" appearance="subtle" icon={<CopyRegular />} onClick={() => onCopy(section)}>
                  {LIB_UI.copyToOwnTemplate}
                </Button>
              )}
            </div>
            <NoticeAt notice={notice} at={NOTICE_AT.section(section.id)} />
          </li>
        );
      })}
    </ul>
  );
}
