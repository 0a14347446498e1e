/**
 * The verdict's one-glance answer, kept true (issue 11, issue 13): 可以提交 only when no error or warning is open, none
 * of the assistant's comments is left, and the layout could be read; otherwise the title says what is left.
 */
import type { CheckSummary } from "../../core/engine";
import type { LayoutProperty } from "../../core/layout/types";
import { LAYOUT } from "./layoutStrings";
import { REVIEW } from "./reviewStrings";

export function verdictHead(
  summary: Pick<CheckSummary, "ready" | "verdict">,
  comments: number,
  ignored: number,
  unreadable: readonly LayoutProperty[],
): { readonly ready: boolean; readonly title: string } {
  // Nothing found is not 可以提交 when the fonts or the page could not be read: the format is then unknown.
  const ready = summary.ready && comments === 0 && unreadable.length === 0;
  if (!summary.ready) return { ready, title: summary.verdict };
  if (comments > 0) return { ready, title: REVIEW.assistantCommentsTitle(comments) };
  if (unreadable.length > 0) return { ready, title: LAYOUT.readyButUnreadable };
  return { ready, title: ignored > 0 ? REVIEW.readyIgnored(ignored) : summary.verdict };
}
