/**
 * Applies fixes (textlint's source-code-fixer model): one pure function, back to front, skipping a fix that overlaps
 * one already applied. Identical fixes (two rules proposing the same replacement) are applied once.
 */
import type { Finding, Fix } from "./finding";
import type { DocSnapshot } from "./model";

export interface FixResult {
  readonly text: string;
  readonly applied: readonly Fix[];
  readonly skipped: readonly Fix[];
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  // Later ranges first; among equal starts the longer (and an insertion last) so that edits never shift each other.
  const ordered = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let result = text;
  let limit = Number.POSITIVE_INFINITY; // start of the last applied fix: nothing may reach past it
  let last: Fix | undefined;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (last && sameFix(fix, last)) {
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
 * A new snapshot with every finding's fix applied, paragraph by paragraph. Findings about Word automatic numbering
 * (onListString) carry no text fix and change nothing.
 */
export function applyFindingFixes(snapshot: DocSnapshot, findings: readonly Finding[]): DocSnapshot {
  const byParagraph = new Map<number, Fix[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.onListString) continue;
    const list = byParagraph.get(finding.paragraphIndex);
    if (list) list.push(finding.fix);
    else byParagraph.set(finding.paragraphIndex, [finding.fix]);
  }
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((paragraph, index) => {
      const fixes = byParagraph.get(index);
      return fixes ? { ...paragraph, text: applyFixes(paragraph.text, fixes).text } : paragraph;
    }),
  };
}
