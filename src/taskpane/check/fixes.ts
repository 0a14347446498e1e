/**
 * 修正 and 全部修正: the core's fix plan (src/core/fixPlan.ts) sent to Word as it stands, in one gateway call, and an
 * exact account of what landed, finding by finding.
 */
import type { DocSnapshot } from "../../core/model";
import type { Finding, ParagraphEdit } from "../../core/finding";
import { planFixes, type FixPlan, type PlannedFinding } from "../../core/fixPlan";
import { partOf } from "./session";
import { PartialEditError } from "../../host/errors";
import type { SpanEdit, DocumentHost } from "../../host/port";

/** A planned edit as a Word edit on the text it was computed from; an empty range inserts (the gateway anchors it). */
export function spanEditOf(snapshot: DocSnapshot, edit: ParagraphEdit): SpanEdit {
  const paragraphText = snapshot.paragraphs[edit.paragraphIndex]?.text ?? "";
  const target = { paragraphIndex: edit.paragraphIndex, start: edit.range[0], end: edit.range[1], paragraphText, ...partOf(snapshot, edit.paragraphIndex) };
  return { target, text: edit.text };
}

export interface FixOutcome {
  /** Findings whose whole fix landed in the document. */
  readonly applied: readonly Finding[];
  /** The edits Word wrote, in all (a renumbering writes several for one finding). */
  readonly written: readonly ParagraphEdit[];
  /** Findings not applied because their text changed since the check (or could not be found). */
  readonly skipped: readonly Finding[];
  /**
   * Findings whose fix was written only in part: Word failed midway, or the writer retyped one of its paragraphs
   * between the two round trips and that paragraph's edit was taken back while the others stayed.
   */
  readonly partly: readonly Finding[];
  /**
   * Findings not applied because their fix touches a marker an earlier finding's fix rewrites (the planner's
   * conflicts): not a change by the writer; the re-check that follows shows whether they still need a fix.
   */
  readonly superseded: readonly Finding[];
  /** Set when Word failed midway: the lists then say exactly what landed, unless `unknown`. */
  readonly failure?: {
    readonly message: string;
    readonly unknown: boolean;
    /** Findings none of whose edits Word reached. */
    readonly notReached: readonly Finding[];
  };
}

/**
 * Applies the planned fixes of these findings in one gateway call (verify all, then apply: at most 2 round trips).
 * Each finding's edits form a group Word writes whole or not at all. Word batches are not transactions: when Word
 * fails midway, the gateway reads back what landed and this reports it, finding by finding.
 */
export async function applyFindingFixes(word: DocumentHost, snapshot: DocSnapshot, findings: readonly Finding[]): Promise<FixOutcome> {
  const plan = planFixes(snapshot, findings);
  const superseded = plan.conflicting;
  const whole = (applied: ReadonlySet<number>) => (p: PlannedFinding) => p.editIndices.every((i) => applied.has(i));
  const none = (applied: ReadonlySet<number>) => (p: PlannedFinding) => !p.editIndices.some((i) => applied.has(i));
  try {
    const groups = editGroups(plan.edits.length, plan.planned);
    const report = await word.replaceSpans(plan.edits.map((edit, i) => ({ ...spanEditOf(snapshot, edit), group: groups[i] })));
    const applied = new Set(report.applied);
    return {
      applied: plan.planned.filter(whole(applied)).map((p) => p.finding),
      written: plan.edits.filter((_, i) => applied.has(i)),
      skipped: plan.planned.filter(none(applied)).map((p) => p.finding),
      partly: plan.planned.filter((p) => !whole(applied)(p) && !none(applied)(p)).map((p) => p.finding),
      superseded,
    };
  } catch (error) {
    if (!(error instanceof PartialEditError)) throw error; // nothing was applied: the caller shows the error
    const report = error.report;
    if (!report) {
      return { applied: [], written: [], skipped: [], partly: [], superseded, failure: { message: error.message, unknown: true, notReached: [] } };
    }
    const applied = new Set(report.applied);
    const failed = new Set(report.skipped.filter((skip) => skip.reason === "failed").map((skip) => skip.index));
    const reached = (p: PlannedFinding) => p.editIndices.some((i) => failed.has(i));
    const partly = plan.planned.filter((p) => !whole(applied)(p) && !none(applied)(p));
    return {
      applied: plan.planned.filter(whole(applied)).map((p) => p.finding),
      written: plan.edits.filter((_, i) => applied.has(i)),
      skipped: plan.planned.filter((p) => none(applied)(p) && !reached(p)).map((p) => p.finding),
      partly: partly.map((p) => p.finding),
      superseded,
      failure: {
        message: error.message,
        unknown: false,
        notReached: plan.planned.filter((p) => none(applied)(p) && reached(p)).map((p) => p.finding),
      },
    };
  }
}

/**
 * A group per set of edits that must land together: the edits of one finding's fix, joined with those of any finding
 * sharing one of them (so that Word applies each fix whole or not at all).
 */
function editGroups(count: number, planned: FixPlan["planned"]): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (const { editIndices } of planned) for (const i of editIndices.slice(1)) parent[root(i)] = root(editIndices[0]);
  return parent.map((_, i) => root(i));
}

/** A text fix that can reach the text (not Word's automatic number), or a 格式 fix (./layoutFix.ts). */
export function isFixable(finding: Finding): boolean {
  return (!!finding.fix && !finding.onListString) || !!finding.layoutFix;
}
