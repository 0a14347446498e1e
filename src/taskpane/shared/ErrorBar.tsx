import { useLayoutEffect, useRef } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { Announcer } from "./Announcer";

export interface Notice {
  readonly intent: MessageBarIntent;
  readonly text: string;
  readonly title?: string;
  /**
   * Where the action it reports was: the key of the place its tab shows it at, where the writer's eyes and focus are.
   * In 模板 and 常用语 a list entry's key (./noticePlace.ts; a notice without one, or whose entry is not shown, is at
   * the top of the tab); in 检查 a card, a group, the verdict or the toolbar (../check/reviewSession.ts PlacedNotice).
   */
  readonly at?: string;
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
 * there is a notice or not. `placed`: the notice's list entry is shown and shows the bar (NoticeAt), so the top of the
 * tab does not.
 */
export function ActionNotice({ notice, placed = false }: { notice: Notice | undefined; placed?: boolean }) {
  return (
    <>
      <Announcer notice={notice} />
      {notice && !placed ? <ActionNoticeBar notice={notice} /> : null}
    </>
  );
}

/**
 * The bar of an action's notice, placed under the list entry `at` when the notice is that entry's. Not a live region:
 * the tab's ActionNotice speaks it.
 */
export function NoticeAt({ notice, at }: { notice: Notice | undefined; at: string }) {
  return notice?.at === at ? <ActionNoticeBar notice={notice} reveal /> : null;
}

function ActionNoticeBar({ notice, reveal = false }: { notice: Notice; reveal?: boolean }) {
  const bar = useRef<HTMLDivElement>(null);
  // Under an entry at the pane's lower edge the new bar would be drawn below it, out of sight: scrolled just into
  // view (no move when it already shows). Seen in CI: the last module's notice at a viewport ratio of 0.
  useLayoutEffect(() => {
    if (reveal) bar.current?.scrollIntoView({ block: "nearest" });
  }, [reveal, notice]);
  return (
    <MessageBar ref={bar} intent={notice.intent} layout="multiline" data-testid="action-notice">
      <NoticeBody notice={notice} />
    </MessageBar>
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
