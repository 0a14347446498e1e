import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FixPreview } from "../../core/fixPreview";
import { REVIEW } from "./reviewStrings";
import type { Finding } from "../../core/finding";
import { LAYOUT } from "./layoutStrings";
import { mergeLayoutChanges } from "./layoutFix";
import { LayoutFixList } from "./LayoutFixDialog";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none", maxHeight: "50vh", overflowY: "auto" },
  scroll: { maxHeight: "50vh", overflowY: "auto" },
  item: { display: "grid", gap: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  text: { fontFamily: '"FangSong", "仿宋", "Noto Serif CJK SC", serif', wordBreak: "break-all" },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
});

/**
 * 全部修正's preview: every paragraph the plan changes, before → after, and one confirmation. The same plan is what
 * is written, so the preview lists exactly what changes. Esc or 取消 changes nothing.
 */
export function FixAllDialog({ preview, layout = [], onConfirm, onClose }: { preview: FixPreview | undefined; layout?: readonly Finding[]; onConfirm(): void; onClose(): void }) {
  const styles = useStyles();
  const findings = preview?.plan.planned.length ?? 0;
  const paragraphs = preview?.changes.length ?? 0;
  const conflicts = preview?.plan.conflicting.length ?? 0;
  return (
    <Dialog open={preview !== undefined} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="fix-all-intro">
        <DialogBody>
          <DialogTitle>{REVIEW.fixEverythingTitle}</DialogTitle>
          <DialogContent>
            <Text id="fix-all-intro" block>
              {paragraphs > 0 ? REVIEW.fixEverythingIntro(findings, paragraphs) : LAYOUT.fixIntro(mergeLayoutChanges(layout).length)}
            </Text>
            {paragraphs > 0 ? (
              <ul className={styles.list} data-testid="fix-preview">
                {preview?.changes.map((change) => (
                  <li key={change.paragraphIndex} className={styles.item} data-testid="fix-preview-item">
                    <Text size={200} weight="semibold">
                      {REVIEW.paragraphLabel(change.paragraphIndex + 1)}
                    </Text>
                    <Text size={200} className={`${styles.text} ${styles.before}`} data-testid="fix-before">
                      {change.before}
                    </Text>
                    <Text size={200} className={styles.text} data-testid="fix-after">
                      → {change.after}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}
            {/* 格式 findings (issue 13): each one's own words say its before and after; the text stays as it is. */}
            {layout.length > 0 && paragraphs > 0 ? <Text block>{LAYOUT.fixIntro(mergeLayoutChanges(layout).length)}</Text> : null}
            {layout.length > 0 ? <LayoutFixList findings={layout} className={styles.scroll} /> : null}
            {conflicts > 0 ? <Text block>{REVIEW.fixEverythingConflicts(conflicts)}</Text> : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onClose();
                onConfirm();
              }}
            >
              {REVIEW.fixEverythingConfirm}
            </Button>
            <Button onClick={onClose}>{REVIEW.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
