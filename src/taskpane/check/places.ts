import type { Category } from "../../core/finding";
import { groupKey } from "./groups";
import { keyOf, type CheckResult } from "./session";

/**
 * The places in the 检查 tab where a notice can be shown (PlacedNotice.at and its fallbacks, see ./reviewSession.ts):
 * a finding's card (its key, ./session.ts keyOf), a group's card, a category's heading, the ignored findings, the
 * verdict and the toolbar.
 */
export const AT = {
  group: (groupKey: string) => `group:${groupKey}`,
  category: (category: Category) => `category:${category}`,
} as const;

/**
 * Whether the place `at` is drawn now, for `result` with the chip `filter`: a notice whose place is gone (a fixed
 * finding's card) goes to the first of its fallbacks that is, else the verdict (or the toolbar before any check).
 */
export function isDrawn(at: string, result: CheckResult | undefined, filter: Category | undefined): boolean {
  if (!result) return at === "toolbar";
  if (at === "toolbar" || at === "verdict") return true;
  if (at === "ignored") return result.ignored.length > 0;
  const shown = (category: Category) => !filter || category === filter;
  if (at.startsWith("category:")) return result.open.some((f) => shown(f.category) && AT.category(f.category) === at);
  // A group's card: two findings or more (one is drawn as a plain card).
  if (at.startsWith("group:")) return result.open.filter((f) => shown(f.category) && AT.group(groupKey(f)) === at).length > 1;
  return [...result.open, ...result.ignored].some((f) => keyOf(result, f) === at);
}

/** Where `notice` is shown now: its place, else the first of its fallbacks that is drawn, else the verdict or the toolbar. */
export function noticePlace(notice: { readonly at: string; readonly fallback?: readonly string[] }, result: CheckResult | undefined, filter: Category | undefined): string {
  return [notice.at, ...(notice.fallback ?? [])].find((at) => isDrawn(at, result, filter)) ?? (result ? "verdict" : "toolbar");
}
