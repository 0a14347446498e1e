/**
 * The verdict's one-glance answer, kept true (issue 11, issue 13): 可以提交 only when no error or warning is open, none
 * of the assistant's comments is left, and the layout could be read and its findings are in; otherwise the title
 * says what is left.
 */
import type { CheckSummary } from "../../core/engine";
import type { LayoutProperty } from "../../core/layout/types";
import { LAYOUT } from "./layoutStrings";
import { REVIEW } from "./reviewStrings";
import type { LayoutCheck } from "./session";

export function verdictHead(
  summary: Pick<CheckSummary, "ready" | "verdict">,
  comments: number,
  ignored: number,
  unreadable: readonly LayoutProperty[],
  layoutCheck?: LayoutCheck,
): { readonly ready: boolean; readonly title: string } {
  // Nothing found is not 可以提交 when the fonts or the page could not be read, nor while they are being read (or
  // after the writer stopped that): the format is then unknown.
  const ready = summary.ready && comments === 0 && unreadable.length === 0 && layoutCheck === undefined;
  if (!summary.ready) return { ready, title: summary.verdict };
  if (comments > 0) return { ready, title: REVIEW.assistantCommentsTitle(comments) };
  if (layoutCheck === "pending") return { ready, title: REVIEW.layoutPendingTitle };
  if (layoutCheck === "stopped") return { ready, title: REVIEW.layoutStoppedTitle };
  if (unreadable.length > 0) return { ready, title: LAYOUT.readyButUnreadable };
  return { ready, title: ignored > 0 ? REVIEW.readyIgnored(ignored) : summary.verdict };
}
