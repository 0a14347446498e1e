import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular, DeleteRegular, EditRegular, TextBulletListAddRegular } from "@fluentui/react-icons";
import type { SectionTemplate } from "../../core/content";
import { Highlighted } from "../library/Highlighted";
import { LIB_UI } from "../library/strings";
import { sectionHeadings } from "./outlinePreview";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gap: "2px",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  headings: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface SectionItem {
  readonly section: SectionTemplate;
  readonly own: boolean;
  readonly highlight?: readonly [number, number];
}

export interface SectionListProps {
  readonly items: readonly SectionItem[];
  readonly busy: boolean;
  onInsert(section: SectionTemplate): void;
  onEdit(section: SectionTemplate): void;
  onDelete(section: SectionTemplate): void;
  onCopy(section: SectionTemplate): void;
}

/** Section modules: own ones editable, built-in ones read-only with 复制到我的模板. */
export function SectionList({ items, busy, onInsert, onEdit, onDelete, onCopy }: SectionListProps) {
  const styles = useStyles();
  if (items.length === 0) return <Text>{LIB_UI.noResults}</Text>;
  return (
    <ul className={styles.list} data-testid="section-list">
      {items.map(({ section, own, highlight }) => (
        <li key={(own ? "own:" : "") + section.id} className={styles.item} data-testid="section-item">
          <div className={styles.head}>
            <span className={styles.title}>
              <Highlighted text={section.title} range={highlight} />
            </span>
            <Badge size="small" appearance={own ? "filled" : "tint"} color={own ? "brand" : "informative"}>
              {own ? LIB_UI.own : LIB_UI.builtIn}
            </Badge>
          </div>
          <Text size={200} className={styles.headings}>
            {sectionHeadings(section.blocks).join(" / ")} · {LIB_UI.templates.blocksCount(section.blocks.length)}
          </Text>
          <div className={styles.actions}>
            <Button size="small" appearance="primary" icon={<TextBulletListAddRegular />} disabled={busy} onClick={() => onInsert(section)} aria-label={`${LIB_UI.templates.insertSection}“${section.title}”`}>
              {LIB_UI.templates.insertSection}
            </Button>
            {own ? (
              <>
                <Button size="small" icon={<EditRegular />} onClick={() => onEdit(section)} aria-label={`${LIB_UI.edit}“${section.title}”`}>
                  {LIB_UI.edit}
                </Button>
                <Button size="small" icon={<DeleteRegular />} onClick={() => onDelete(section)} aria-label={`${LIB_UI.delete}“${section.title}”`}>
                  {LIB_UI.delete}
                </Button>
              </>
            ) : (
              <Button size="small" icon={<CopyRegular />} onClick={() => onCopy(section)}>
                {LIB_UI.copyToOwnTemplate}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
