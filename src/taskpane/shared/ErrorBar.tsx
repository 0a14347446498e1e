import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { Announcer } from "./Announcer";

export interface Notice {
  readonly intent: MessageBarIntent;
  readonly text: string;
  readonly title?: string;
}

/** One visible notice that shows with what it is about (a damaged library, a failed load); errors are shown, never only logged. */
export function NoticeBar({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <NoticeBody notice={notice} />
    </MessageBar>
  );
}

/**
 * The outcome of the writer's last action in a tab (已插入…, an import's result): the bar the writer sees, and the
 * tab's live regions (./Announcer.tsx), there before the notice is, which say it once. Each such notice was a bar
 * that was its own live region, put on the page with its text: screen readers may not announce a region that
 * appears with its words, and 模板 and 常用语 made a new one for each notice. Kept on the page by its tab whether
 * there is a notice or not.
 */
export function ActionNotice({ notice }: { notice: Notice | undefined }) {
  return (
    <>
      <Announcer notice={notice} />
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="action-notice">
          <NoticeBody notice={notice} />
        </MessageBar>
      ) : null}
    </>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  return (
    <MessageBarBody>
      {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
      {notice.text.split("\n").map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </MessageBarBody>
  );
}
