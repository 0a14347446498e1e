import { useEffect, useRef } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { changedText, type FixPreview } from "../../core/fixPreview";
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
  before: { color: tokens.colorNeutralForeground3 },
  // Struck through and underlined as well as coloured: the marks stay in Windows high contrast, where backgrounds go.
  removed: { textDecorationLine: "line-through", backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  added: { textDecorationLine: "underline", backgroundColor: tokens.colorPaletteGreenBackground2 },
});

/** A paragraph before and after, the characters that change marked in each (the rest is the same in both). */
function ChangeLines({ before, after }: { before: string; after: string }) {
  const styles = useStyles();
  const { start, removed, added, end } = changedText(before, after);
  return (
    <>
      <Text size={200} className={`${styles.text} ${styles.before}`} data-testid="fix-before">
        {start}
        {removed ? <del className={styles.removed}>{removed}</del> : null}
        {end}
      </Text>
      <Text size={200} className={styles.text} data-testid="fix-after">
        → {start}
        {added ? <ins className={styles.added}>{added}</ins> : null}
        {end}
      </Text>
    </>
  );
}

/**
 * 全部修正's preview: every paragraph the plan changes, before → after, and one confirmation. The same plan is what
 * is written, so the preview lists exactly what changes. Esc or 取消 changes nothing.
 */
export function FixAllDialog({ preview, layout = [], onConfirm, onClose }: { preview: FixPreview | undefined; layout?: readonly Finding[]; onConfirm(): void; onClose(): void }) {
  const styles = useStyles();
  const findings = preview?.plan.planned.length ?? 0;
  const paragraphs = preview?.changes.length ?? 0;
  const conflicts = preview?.plan.conflicting.length ?? 0;
  // The dialog opens on 取消: Enter pressed twice from the toolbar must not change the whole document. Fluent's Dialog
  // focuses its first focusable element in an effect of its own that runs after ours (react-dialog
  // useFocusFirstElement), and React's autoFocus comes before that: the next frame comes after both.
  const cancel = useRef<HTMLButtonElement>(null);
  const open = preview !== undefined;
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
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
                    <ChangeLines before={change.before} after={change.after} />
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
            <Button onClick={onClose} ref={cancel}>
              {REVIEW.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
