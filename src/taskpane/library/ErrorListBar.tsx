import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px", overflowWrap: "anywhere" },
});

export interface ListNotice {
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly lines: readonly string[];
}

/** A notice with a list under its title: every import problem, or what an import added. */
export function ListNoticeBar({ notice, testId }: { notice: ListNotice | undefined; testId?: string }) {
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"} data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        <ul className={styles.list}>
          {notice.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
