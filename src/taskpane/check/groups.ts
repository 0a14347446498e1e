/**
 * Identical findings as one group (PerfectIt's issue → locations): same rule, same message, same excerpt. A fresh
 * skeleton's 63 `XX` are one group “XX — 63 处” with its locations, not 63 cards.
 */
import type { Finding } from "../../core/finding";
import { sameFindingsKey } from "../../core/ignore";

export interface FindingGroup {
  /** Stable across re-checks while the group exists: rule, message and excerpt. */
  readonly key: string;
  /** Its findings in document order (at least one). */
  readonly findings: readonly Finding[];
}

/** The key “忽略全部相同” stores for the group, so that it ignores exactly the group's findings. */
export const groupKey: (finding: Finding) => string = sameFindingsKey;

/** Groups in the order of their first finding. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = groupKey(finding);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups].map(([key, list]) => ({ key, findings: list }));
}
