import type { Category, Finding } from "../../core/finding";
import { CATEGORY_NAMES } from "../../core/messages";

export const CATEGORY_ORDER: readonly Category[] = ["numbering", "enumeration", "placeholder", "structure", "punctuation"];

export function categoryLabel(category: Category): string {
  return CATEGORY_NAMES[category];
}

/**
 * React keys for a list of findings. Two findings can share rule, paragraph and range (the structure hints anchor
 * on the same paragraph), and a repeated key leaves a stale card behind after the next check; the message and an
 * occurrence count keep every key distinct.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}:${finding.paragraphIndex}:${finding.range[0]}:${finding.range[1]}:${finding.message}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  });
}
