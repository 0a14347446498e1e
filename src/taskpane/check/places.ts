import type { Category } from "../../core/finding";

/**
 * The keys of the places in the 检查 tab where a notice can be shown (PlacedNotice.at and its fallbacks, see
 * ./reviewSession.ts) besides a finding's own key (./session.ts keyOf), "verdict" and "toolbar": a group's card and a
 * category's heading. CheckTab's `rendered` says whether one is on screen now.
 */
export const AT = {
  group: (groupKey: string) => `group:${groupKey}`,
  category: (category: Category) => `category:${category}`,
} as const;
