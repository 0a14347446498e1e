import { makeStyles } from "@fluentui/react-components";
import type { Notice } from "./ErrorBar";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the visible notice sits where the action was.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/**
 * A tab's live regions, mounted once and kept: a screen reader announces a change of an existing live region, not
 * a region that appears with its text. Errors are assertive, everything else polite; emptied when the notice goes.
 */
export function Announcer({ notice }: { notice: Notice | undefined }) {
  const styles = useStyles();
  const text = notice ? [notice.title, notice.text].filter(Boolean).join("：") : "";
  const assertive = notice?.intent === "error";
  return (
    <>
      <div className={styles.hidden} role="status" aria-live="polite" data-testid="announcer">
        {assertive ? "" : text}
      </div>
      <div className={styles.hidden} role="alert" aria-live="assertive" data-testid="announcer-alert">
        {assertive ? text : ""}
      </div>
    </>
  );
}

