import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";

export interface Notice {
  readonly intent: MessageBarIntent;
  readonly text: string;
  readonly title?: string;
}

/** One visible notice; errors are shown, never only logged. */
export function NoticeBar({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.text.split("\n").map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
