/**
 * What 全部修正 will change, paragraph by paragraph, before anything is written: the fix plan (fixPlan.ts, the one fix
 * policy) applied to each paragraph's text as checked. The preview and the writing come from the same plan, so the
 * preview lists exactly what changes.
 */
import type { Finding } from "./finding";
import { planFixes, type FixPlan } from "./fixPlan";
import type { DocSnapshot } from "./model";

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
