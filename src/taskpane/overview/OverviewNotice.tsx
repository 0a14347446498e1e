/**
 * The 概览 tab's notices. 概览 is in the pane's first download, and Fluent's MessageBar is not needed until something
 * goes wrong: it loads then, and until it has arrived the same words show as plain text with the same role, so the
 * writer (and a screen reader) gets the message at once either way.
 */
import { Suspense, lazy } from "react";
import { Text } from "@fluentui/react-components";
import type { Notice } from "../shared/ErrorBar";

const NoticeBar = lazy(() => import(/* webpackChunkName: "notice" */ "../shared/ErrorBar").then((m) => ({ default: m.NoticeBar })));

export function OverviewNotice({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  const plain = (
    <Text role={notice.intent === "error" ? "alert" : "status"} block>
      {notice.title ? `${notice.title}：` : ""}
      {notice.text}
    </Text>
  );
  return (
    <Suspense fallback={plain}>
      <NoticeBar notice={notice} />
    </Suspense>
  );
}
