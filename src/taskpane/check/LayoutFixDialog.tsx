import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { LAYOUT } from "./layoutStrings";
import { mergeLayoutChanges } from "./layoutFix";

const useStyles = makeStyles({
  // No scrolling of its own: the dialog's content scrolls.
  list: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
});

/**
 * What 格式 findings change, each in its own words (before and after): here and in 全部修正's preview
 * (./FixAllDialog.tsx). `className` adds to the list's style (the preview's scrolls).
 */
export function LayoutFixList({ findings, className }: { findings: readonly Finding[]; className?: string }) {
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, className)} data-testid="layout-fix-preview">
      {findings.map((finding, index) => (
        <li key={index} className={styles.item} data-testid="layout-fix-item">
          <Text size={200}>{finding.message}</Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * The 格式 category's 全部修正: what each finding changes, per role and run of paragraphs (正文 46 段为宋体小四，应为
 * 仿宋三号 — before and after in the finding's own words), how many paragraphs in all, and one confirmation. The text
 * stays as it is. Esc or 取消 changes nothing.
 */
export function LayoutFixDialog({ findings, onConfirm, onClose }: { findings: readonly Finding[] | undefined; onConfirm(): void; onClose(): void }) {
  const paragraphs = findings ? mergeLayoutChanges(findings).length : 0;
  return (
    <Dialog open={findings !== undefined} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="layout-fix-intro">
        <DialogBody>
          <DialogTitle>{LAYOUT.fixTitle}</DialogTitle>
          <DialogContent>
            <Text id="layout-fix-intro" block>
              {LAYOUT.fixIntro(paragraphs)}
            </Text>
            <LayoutFixList findings={findings ?? []} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onClose();
                onConfirm();
              }}
            >
              {LAYOUT.fixConfirm}
            </Button>
            <Button onClick={onClose}>{LAYOUT.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
