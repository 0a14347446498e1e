/**
 * The 概览 tab's notices. 概览 is in the pane's first download, and Fluent's MessageBar is not needed until something
 * goes wrong: it loads then, and until it has arrived the same words show as plain text with the same role, so the
 * writer (and a screen reader) gets the message at once either way (and for good if the bar cannot be downloaded).
 */
import { Suspense } from "react";
import { Text } from "@fluentui/react-components";
import type { Notice } from "../shared/ErrorBar";
import { onDemandComponent } from "../shared/onDemandComponent";

/** The notice's words as plain text, while the bar is on its way or if it could not be downloaded. */
function PlainNotice({ notice }: { notice: Notice }) {
  return (
    <Text role={notice.intent === "error" ? "alert" : "status"} block>
      {notice.title ? `${notice.title}：` : ""}
      {notice.text}
    </Text>
  );
}

const NoticeBar = onDemandComponent(
  () => import(/* webpackChunkName: "notice" */ "../shared/ErrorBar").then((m) => m.NoticeBar),
  ({ notice }) => (notice ? <PlainNotice notice={notice} /> : null),
);

export function OverviewNotice({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  return (
    <Suspense fallback={<PlainNotice notice={notice} />}>
      <NoticeBar notice={notice} />
    </Suspense>
  );
}
