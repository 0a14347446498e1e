import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ListNoticeBar } from "./ErrorListBar";
import { LIB_UI } from "./strings";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface EditorDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** The validator's problems from the last 保存, in Chinese; shown under the fields. */
  readonly errors: readonly string[];
  /**
   * What the house rules would flag in the text as it stands (half-width punctuation, a placeholder other than XX,
   * a line broken or joined by a paste): shown when 保存 is clicked, which then becomes 仍然保存.
   */
  readonly warnings?: readonly string[];
  /** The writer has typed something that closing would lose: Esc and a click outside ask first. */
  readonly dirty?: boolean;
  readonly children: ReactNode;
  onSave(): void;
  onClose(): void;
}

/** The frame every own-library editor shares: title, fields, the problems that stopped a save, 保存 / 取消. */
export function EditorDialog({ open, title, errors, warnings = [], dirty = false, children, onSave, onClose }: EditorDialogProps) {
  const styles = useStyles();
  const [warned, setWarned] = useState<string>();
  const [askDiscard, setAskDiscard] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  // The field the writer was typing in when Esc asked: 继续编辑 puts the focus back there.
  const typingIn = useRef<HTMLElement | null>(null);
  const warningKey = warnings.join("\n");

  useEffect(() => {
    if (!open) {
      setWarned(undefined);
      setAskDiscard(false);
    }
  }, [open]);
  useEffect(() => {
    if (askDiscard) keepEditing.current?.focus();
  }, [askDiscard]);

  // Warnings are shown once for the text as it stands; a second 保存 on the same text saves.
  const showWarnings = warned !== undefined && warned === warningKey && warnings.length > 0;
  const save = () => {
    if (warnings.length > 0 && warned !== warningKey) {
      setWarned(warningKey);
      return;
    }
    onSave();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (data.open) return;
        // Esc or a click outside would lose what was typed: ask inside the dialog instead of closing.
        if (dirty && data.type !== "triggerClick") {
          if (!askDiscard) typingIn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setAskDiscard(true);
        } else onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.form}>
            {children}
            <ListNoticeBar notice={errors.length > 0 ? { intent: "error", title: LIB_UI.editorFailed, lines: errors } : undefined} />
            <ListNoticeBar testId="editor-warnings" notice={showWarnings ? { intent: "warning", title: LIB_UI.editorWarnings, lines: warnings } : undefined} />
            {askDiscard ? (
              <MessageBar intent="warning" layout="multiline" role="alert" data-testid="editor-discard">
                <MessageBarBody>{LIB_UI.discardTyped}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={onClose}>
                    {LIB_UI.discard}
                  </Button>
                  <Button
                    size="small"
                    appearance="primary"
                    ref={keepEditing}
                    onClick={() => {
                      setAskDiscard(false);
                      typingIn.current?.focus();
                    }}
                  >
                    {LIB_UI.keepEditing}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={save}>
              {showWarnings ? LIB_UI.saveAnyway : LIB_UI.save}
            </Button>
            <Button onClick={onClose}>{LIB_UI.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
