/**
 * 修正 and 全部修正: findings' fixes as Word edits, applied in one gateway call, and an exact account of what landed.
 */
import type { DocSnapshot } from "../../core/model";
import type { Finding } from "../../core/finding";
import { PartialEditError } from "../../word/gateway";
import type { SpanEdit, WordGateway } from "../../word/gateway";

/** A fix as a Word edit on the text it was computed from; an empty range inserts (the gateway anchors it). */
export function editOf(snapshot: DocSnapshot, finding: Finding): SpanEdit | undefined {
  const fix = finding.fix;
  if (!fix || finding.onListString) return undefined;
  const paragraphText = snapshot.paragraphs[finding.paragraphIndex]?.text ?? "";
  return { target: { paragraphIndex: finding.paragraphIndex, start: fix.range[0], end: fix.range[1], paragraphText }, text: fix.text };
}

export interface FixOutcome {
  /** Findings whose fix landed in the document. */
  readonly applied: readonly Finding[];
  /** Findings whose fix was not applied because their text changed since the check (or could not be found). */
  readonly skipped: readonly Finding[];
  /** Set when Word failed midway: `applied` and `skipped` then say exactly what landed, unless `unknown`. */
  readonly failure?: { readonly message: string; readonly unknown: boolean; readonly notReached: readonly Finding[] };
}

/**
 * Applies the fixes of these findings in one gateway call (verify all, then apply: at most 2 round trips). Word
 * batches are not transactions: when Word fails midway, the gateway reads back what landed and this reports it.
 */
export async function applyFindingFixes(word: WordGateway, snapshot: DocSnapshot, findings: readonly Finding[]): Promise<FixOutcome> {
  const sent = findings.flatMap((finding) => {
    const edit = editOf(snapshot, finding);
    return edit ? [{ finding, edit }] : [];
  });
  const pick = (indices: readonly number[]) => indices.map((index) => sent[index].finding);
  try {
    const report = await word.replaceSpans(sent.map(({ edit }) => edit));
    return { applied: pick(report.applied), skipped: pick(report.skipped.map((skip) => skip.index)) };
  } catch (error) {
    if (!(error instanceof PartialEditError)) throw error; // nothing was applied: the caller shows the error
    const report = error.report;
    if (!report) {
      return { applied: [], skipped: [], failure: { message: error.message, unknown: true, notReached: [] } };
    }
    const failed = report.skipped.filter((skip) => skip.reason === "failed").map((skip) => skip.index);
    const skipped = report.skipped.filter((skip) => skip.reason !== "failed").map((skip) => skip.index);
    return {
      applied: pick(report.applied),
      skipped: pick(skipped),
      failure: { message: error.message, unknown: false, notReached: pick(failed) },
    };
  }
}

export function isFixable(finding: Finding): boolean {
  return !!finding.fix && !finding.onListString;
}
