/**
 * Applies edits to text (textlint's source-code-fixer model): one pure function, back to front, skipping an edit that
 * overlaps one already applied; identical edits are applied once. Which findings' fixes go together is decided by
 * the fix plan (fixPlan.ts), which this module applies to a snapshot.
 */
import { Finding, sameTextEdit, TextEdit } from "./finding";
import type { DocSnapshot } from "./model";
import { planFixes } from "./fixPlan";

export interface FixResult {
  readonly text: string;
  readonly applied: readonly TextEdit[];
  readonly skipped: readonly TextEdit[];
}

export function applyFixes(text: string, fixes: readonly TextEdit[]): FixResult {
  // Later ranges first; among equal starts the longer (and an insertion last) so that edits never shift each other.
  const ordered = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let result = text;
  let limit = Number.POSITIVE_INFINITY; // start of the last applied fix: nothing may reach past it
  let last: TextEdit | undefined;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (last && sameTextEdit(fix, last)) {
      applied.push(fix);
      continue;
    }
    const invalid = start < 0 || end < start || end > text.length;
    const overlaps = end > limit || (end === limit && start === end && last !== undefined && last.range[0] === last.range[1]);
    if (invalid || overlaps) {
      skipped.push(fix);
      continue;
    }
    result = result.slice(0, start) + fix.text + result.slice(end);
    applied.push(fix);
    limit = start;
    last = fix;
  }
  return { text: result, applied: applied.reverse(), skipped: skipped.reverse() };
}

/**
 * A new snapshot with the planned fixes of these findings applied (planFixes: document order, all-or-nothing per
 * finding, overlaps left for the next check). Findings about Word automatic numbering carry no text fix.
 */
export function applyFindingFixes(snapshot: DocSnapshot, findings: readonly Finding[]): DocSnapshot {
  const byParagraph = new Map<number, TextEdit[]>();
  for (const edit of planFixes(snapshot, findings).edits) {
    const list = byParagraph.get(edit.paragraphIndex);
    if (list) list.push(edit);
    else byParagraph.set(edit.paragraphIndex, [edit]);
  }
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((paragraph, index) => {
      const edits = byParagraph.get(index);
      return edits ? { ...paragraph, text: applyFixes(paragraph.text, edits).text } : paragraph;
    }),
  };
}
