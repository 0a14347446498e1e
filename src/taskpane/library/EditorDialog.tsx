import type { ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ListNoticeBar } from "./ErrorListBar";
import { LIB_UI } from "./strings";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface EditorDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** The validator's problems from the last 保存, in Chinese; shown under the fields. */
  readonly errors: readonly string[];
  readonly children: ReactNode;
  onSave(): void;
  onClose(): void;
}

/** The frame every own-library editor shares: title, fields, the problems that stopped a save, 保存 / 取消. */
export function EditorDialog({ open, title, errors, children, onSave, onClose }: EditorDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.form}>
            {children}
            <ListNoticeBar notice={errors.length > 0 ? { intent: "error", title: LIB_UI.editorFailed, lines: errors } : undefined} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onSave}>
              {LIB_UI.save}
            </Button>
            <Button onClick={onClose}>{LIB_UI.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
