import { makeStyles } from "@fluentui/react-components";
import type { Notice } from "./ErrorBar";
import { serialOf } from "./noticeSerial";

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
 * Each notice's words are a node of their own: a second "已修正 1 处。" after the first left the region's text as it
 * was, and nothing was said (a live region speaks what is added to it); now its node is replaced, and said again.
 */
export function Announcer({ notice }: { notice: Notice | undefined }) {
  const styles = useStyles();
  const said = notice ? <span key={serialOf(notice)}>{[notice.title, notice.text].filter(Boolean).join("：")}</span> : null;
  const assertive = notice?.intent === "error";
  return (
    <>
      <div className={styles.hidden} role="status" aria-live="polite" data-testid="announcer">
        {assertive ? null : said}
      </div>
      <div className={styles.hidden} role="alert" aria-live="assertive" data-testid="announcer-alert">
        {assertive ? said : null}
      </div>
    </>
  );
}

