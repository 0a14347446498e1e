/**
 * Identical findings as one group (PerfectIt's issue → locations): same rule, same message, same excerpt. A fresh
 * skeleton's 63 `XX` are one group “XX — 63 处” with its locations, not 63 cards.
 */
import type { Finding } from "../../core/finding";

export interface FindingGroup {
  /** Stable across re-checks while the group exists: rule, message and excerpt. */
  readonly key: string;
  /** Its findings in document order (at least one). */
  readonly findings: readonly Finding[];
}

export function groupKey(finding: Finding): string {
  return [finding.ruleId, finding.message, finding.onListString ? "" : finding.excerpt].join("\u241f");
}

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
