import { useState } from "react";
import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import type { Skeleton } from "../../core/content";
import { LIB_UI } from "../library/strings";
import { NoticeAt, type Notice } from "../shared/ErrorBar";
import { NOTICE_AT } from "../shared/noticePlace";
import { skeletonOutline } from "./outlinePreview";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  outline: {
    listStyle: "none",
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: "grid",
    gap: "2px",
    maxHeight: "220px",
    overflowY: "auto",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { overflowWrap: "anywhere" },
  title: { textAlign: "center", fontWeight: tokens.fontWeightSemibold },
  depth1: { fontWeight: tokens.fontWeightSemibold },
  depth2: { paddingLeft: "16px" },
  depth3: { paddingLeft: "32px" },
  depth4: { paddingLeft: "48px" },
});

export interface SkeletonPanelProps {
  readonly skeletons: readonly Skeleton[];
  readonly busy: boolean;
  /** The tab's last notice: shown under 插入整篇框架 when it is that button's. */
  readonly notice?: Notice;
  onInsert(skeleton: Skeleton): void;
}

/** 整篇框架: pick a document type, see its outline numbered as it will be inserted, insert it at the cursor. */
export function SkeletonPanel({ skeletons, busy, notice, onInsert }: SkeletonPanelProps) {
  const styles = useStyles();
  const [id, setId] = useState<string>();
  const chosen = skeletons.find((s) => s.id === id) ?? skeletons[0];
  if (!chosen) return null;
  const depthClass = [styles.title, styles.depth1, styles.depth2, styles.depth3, styles.depth4];
  return (
    <section className={styles.root} aria-label={LIB_UI.templates.skeletonHeading}>
      <Text weight="semibold">{LIB_UI.templates.skeletonHeading}</Text>
      <Field label={LIB_UI.templates.documentType}>
        <Select value={chosen.id} onChange={(_, data) => setId(data.value)} data-testid="skeleton-select">
          {skeletons.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
      {chosen.description ? <Text size={200}>{chosen.description}</Text> : null}
      <Text size={200} id="skeleton-preview-label">
        {LIB_UI.templates.preview}
      </Text>
      <ol className={styles.outline} aria-labelledby="skeleton-preview-label" data-testid="skeleton-preview">
        {skeletonOutline(chosen.blocks).map((line, i) => (
          <li key={i} className={mergeClasses(styles.line, depthClass[line.depth])}>
            {line.text}
          </li>
        ))}
      </ol>
      <div>
        <Button appearance="primary" icon={<DocumentAddRegular />} disabledFocusable={busy} onClick={() => onInsert(chosen)}>
          {LIB_UI.templates.insertSkeleton}
        </Button>
      </div>
      <NoticeAt notice={notice} at={NOTICE_AT.skeleton} />
    </section>
  );
}
