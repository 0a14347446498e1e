import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from "@fluentui/react-components";
import { LIB_UI } from "./strings";

/** The text may have line breaks ("删除这条常用语？…" then the phrase on its own line). */
const useStyles = makeStyles({ text: { whiteSpace: "pre-line" } });

export interface ConfirmRequest {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  onConfirm(): void;
}

/** Office blocks window.confirm in add-ins: ask in a Fluent Dialog; cancel (or Esc) does nothing. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | undefined; onClose(): void }) {
  const styles = useStyles();
  return (
    <Dialog open={request !== undefined} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="confirm-text">
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent id="confirm-text" className={styles.text}>{request?.text}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onClose();
                request?.onConfirm();
              }}
            >
              {request?.confirm}
            </Button>
            <Button onClick={onClose}>{LIB_UI.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
