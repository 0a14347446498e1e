/**
 * The verdict's one-glance answer, kept true (issue 11, issue 13): 可以提交 only when no error or warning is open, none
 * of the assistant's comments is left, and the layout could be read and its findings are in; otherwise the title
 * says what is left.
 */
import type { CheckSummary } from "../../core/engine";
import type { Category } from "../../core/finding";
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

/** A summary chip: a category's findings, those to be dealt with counted apart from its hints. */
export interface VerdictChip {
  readonly category: Category;
  readonly name: string;
  /** Errors and warnings: the chips' counts add up to the title's 还有 N 处. */
  readonly blocking: number;
  /** Hints (提示), shown apart on the chip: the title does not count them. */
  readonly hints: number;
}

/**
 * One chip per category with findings. The title counts errors and warnings only (hints do not block submission), so
 * a chip shows those as its number and its hints apart, marked 提示: a writer adding up the chips gets the title's number.
 */
export function verdictChips(summary: Pick<CheckSummary, "categories">): VerdictChip[] {
  return summary.categories
    .filter((c) => c.total > 0)
    .map(({ category, name, error, warning, info }) => ({ category, name, blocking: error + warning, hints: info }));
}

/** What a chip says: the category and its errors and warnings ("格式 14", or "结构" when it has hints only), then its hints apart ("提示 2"). */
export function chipText(chip: VerdictChip): { readonly main: string; readonly hints?: string } {
  const main = chip.blocking > 0 ? `${chip.name} ${chip.blocking}` : chip.name;
  return chip.hints > 0 ? { main, hints: REVIEW.chipHints(chip.hints) } : { main };
}
