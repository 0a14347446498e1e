/**
 * The one fix policy (issue 8): which findings' fixes go together and exactly which edits that writes. The pane's
 * 修正 / 全部修正, the CLI and the tests all use this plan, so what the writer is told was applied is what was planned.
 *
 * - A fix is all or nothing: its edits are taken together or the finding is left for the next check.
 * - Findings are taken in document order; an edit identical to one already planned is shared (two findings asking for
 *   the same change write it once); an edit overlapping a different planned edit puts its finding aside as
 *   conflicting — the earlier finding wins, and the re-check that follows every fix shows whether the later one is
 *   still needed (a renumbering from 三、 usually settles a duplicate further down the same run).
 * - Edits that leave the text as it was are claims (see Fix): they take part in the comparison, never in the writing.
 */
import { Finding, Fix, ParagraphEdit, sameTextEdit } from "./finding";
import type { DocSnapshot } from "./model";

export interface PlannedFinding {
  readonly finding: Finding;
  /** Indices into FixPlan.edits of the changes this finding's fix makes (shared edits appear in several). */
  readonly editIndices: readonly number[];
}

export interface FixPlan {
  /** Edits to write, each once, sorted by paragraph then position; none overlaps another, none is a mere claim. */
  readonly edits: readonly ParagraphEdit[];
  /** Findings whose whole fix is in the plan, in document order. */
  readonly planned: readonly PlannedFinding[];
  /** Findings with a fix that overlaps an earlier one's (or no longer fits its paragraph): not in the plan. */
  readonly conflicting: readonly Finding[];
}

interface Claim {
  readonly edit: ParagraphEdit;
  /** Index into the plan's edits; -1 for a claim that changes nothing. */
  index: number;
}

/** The plan for applying these findings' fixes to the snapshot they were computed on. */
export function planFixes(snapshot: DocSnapshot, findings: readonly Finding[]): FixPlan {
  const claims = new Map<number, Claim[]>();
  const edits: ParagraphEdit[] = [];
  const planned: Array<{ finding: Finding; claims: Claim[] }> = [];
  const conflicting: Finding[] = [];
  const ordered = findings.filter((f) => f.fix && !f.onListString).sort(byPosition);
  for (const finding of ordered) {
    const own: Claim[] = [];
    let fits = true;
    for (const edit of finding.fix!.edits) {
      const text = snapshot.paragraphs[edit.paragraphIndex]?.text;
      const [start, end] = edit.range;
      if (text === undefined || start < 0 || end < start || end > text.length) {
        fits = false;
        break;
      }
      const claimed = claims.get(edit.paragraphIndex) ?? [];
      const same = claimed.find((c) => sameEdit(c.edit, edit));
      if (same) {
        own.push(same);
        continue;
      }
      if (claimed.some((c) => overlaps(c.edit, edit)) || own.some((c) => c.edit.paragraphIndex === edit.paragraphIndex && overlaps(c.edit, edit))) {
        fits = false;
        break;
      }
      const changes = text.slice(start, end) !== edit.text;
      own.push({ edit, index: changes ? -2 : -1 }); // -2: a change, indexed once the whole fix is accepted
    }
    if (!fits) {
      conflicting.push(finding);
      continue;
    }
    for (const claim of own) {
      if (claim.index === -2) {
        claim.index = edits.length;
        edits.push(claim.edit);
      }
      if (!(claims.get(claim.edit.paragraphIndex) ?? []).includes(claim)) {
        claims.set(claim.edit.paragraphIndex, [...(claims.get(claim.edit.paragraphIndex) ?? []), claim]);
      }
    }
    planned.push({ finding, claims: own });
  }
  // Edits sorted by position; findings keep pointers to them through the sort.
  const order = edits.map((_, i) => i).sort((a, b) => byEditPosition(edits[a], edits[b]));
  const newIndex = new Map(order.map((old, position) => [old, position]));
  return {
    edits: order.map((i) => edits[i]),
    planned: planned.map(({ finding, claims: own }) => ({
      finding,
      editIndices: [...new Set(own.filter((c) => c.index >= 0).map((c) => newIndex.get(c.index)!))].sort((a, b) => a - b),
    })),
    conflicting,
  };
}

/** The edits of a fix that change text (claims aside): what a card says the fix touches, and what goes to Word. */
export function changingEdits(fix: Fix | undefined, snapshot: DocSnapshot): readonly ParagraphEdit[] {
  if (!fix) return [];
  return fix.edits.filter((e) => snapshot.paragraphs[e.paragraphIndex]?.text.slice(e.range[0], e.range[1]) !== e.text);
}

function sameEdit(a: ParagraphEdit, b: ParagraphEdit): boolean {
  return a.paragraphIndex === b.paragraphIndex && sameTextEdit(a, b);
}

/**
 * Two different edits of one paragraph that cannot both be applied: their ranges share a character, two insertions
 * at one point (their order would be a guess), or an insertion strictly inside a replaced range. An insertion at the
 * edge of a replacement is fine: it lands beside it.
 */
function overlaps(a: ParagraphEdit, b: ParagraphEdit): boolean {
  if (a.paragraphIndex !== b.paragraphIndex) return false;
  const [a0, a1] = a.range;
  const [b0, b1] = b.range;
  if (a0 === a1 && b0 === b1) return a0 === b0;
  if (a0 === a1) return a0 > b0 && a0 < b1;
  if (b0 === b1) return b0 > a0 && b0 < a1;
  return a0 < b1 && b0 < a1;
}

function byPosition(a: Finding, b: Finding): number {
  return a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

function byEditPosition(a: ParagraphEdit, b: ParagraphEdit): number {
  return a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0] || a.range[1] - b.range[1];
}
