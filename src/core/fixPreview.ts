/**
 * What 全部修正 will change, paragraph by paragraph, before anything is written: the fix plan (fixPlan.ts, the one fix
 * policy) applied to each paragraph's text as checked. The preview and the writing come from the same plan, so the
 * preview lists exactly what changes.
 */
import type { Finding } from "./finding";
import { planFixes, type FixPlan } from "./fixPlan";
import type { DocSnapshot } from "./model";
import { retreatToCodePoint } from "./text/surrogates";

export interface ParagraphChange {
  readonly paragraphIndex: number;
  readonly before: string;
  readonly after: string;
}

export interface FixPreview {
  readonly plan: FixPlan;
  /** One entry per paragraph the plan changes, in document order. */
  readonly changes: readonly ParagraphChange[];
}

export function previewFixes(snapshot: DocSnapshot, findings: readonly Finding[]): FixPreview {
  const plan = planFixes(snapshot, findings);
  const byParagraph = new Map<number, FixPlan["edits"][number][]>();
  for (const edit of plan.edits) byParagraph.set(edit.paragraphIndex, [...(byParagraph.get(edit.paragraphIndex) ?? []), edit]);
  const changes = [...byParagraph].map(([paragraphIndex, edits]) => {
    const before = snapshot.paragraphs[paragraphIndex]?.text ?? "";
    // Plan edits never overlap and are sorted: applied from the last, earlier offsets stay valid.
    let after = before;
    for (const edit of [...edits].reverse()) after = after.slice(0, edit.range[0]) + edit.text + after.slice(edit.range[1]);
    return { paragraphIndex, before, after };
  });
  return { plan, changes: changes.sort((a, b) => a.paragraphIndex - b.paragraphIndex) };
}

/** A paragraph's text as it stands before and after a change: the same start and end, and what differs between. */
export interface ChangedText {
  readonly start: string;
  readonly removed: string;
  readonly added: string;
  readonly end: string;
}

/**
 * Where `before` and `after` differ, from the first character that differs to the last: what the preview marks, so
 * that “四是 → 三是” is not left to be found in a long paragraph. Whole characters only (a pair of surrogates is never
 * cut). Several edits in one paragraph make one span from the first to the last.
 */
export function changedText(before: string, after: string): ChangedText {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  start = retreatToCodePoint(before, start);
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // A cut inside a pair at the end side: give its high half back to the differing span.
  while (end > 0 && retreatToCodePoint(before, before.length - end) !== before.length - end) end--;
  return {
    start: before.slice(0, start),
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    end: before.slice(before.length - end),
  };
}
