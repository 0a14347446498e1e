/**
 * What must hold for ANY input (the engine's contract, src/core/finding.ts and fixer.ts): ranges inside their
 * paragraph and never splitting a surrogate pair, excerpt = text at the range, fixes that change nothing outside
 * their ranges, and fixing converging. Each check returns problems as strings so a failure lists all of them.
 */
import { checkDocument } from "../../src/core/engine";
import type { Finding, TextEdit } from "../../src/core/finding";
import { applyFindingFixes, applyFixes } from "../../src/core/fixer";
import { planFixes } from "../../src/core/fixPlan";
import type { DocSnapshot } from "../../src/core/model";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function describe(f: Finding): string {
  return `${f.ruleId}@¶${f.paragraphIndex}[${f.range[0]},${f.range[1]}) ${JSON.stringify(f.excerpt)}`;
}

export function findingProblems(doc: DocSnapshot, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const p = doc.paragraphs[f.paragraphIndex];
    if (!p) {
      problems.push(`${describe(f)}: paragraph out of range`);
      continue;
    }
    const [start, end] = f.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= p.text.length)) {
      problems.push(`${describe(f)}: range outside the paragraph (length ${p.text.length})`);
      continue;
    }
    if ((splitsPair(p.text, start) || splitsPair(p.text, end))) problems.push(`${describe(f)}: range splits a surrogate pair`);
    if (f.excerpt !== p.text.slice(start, end)) problems.push(`${describe(f)}: excerpt is not the text at the range (${JSON.stringify(p.text.slice(start, end))})`);
    if (f.onListString && (start !== 0 || end !== 0)) problems.push(`${describe(f)}: a listString finding must have range [0, 0)`);
    if (typeof f.message !== "string" || f.message.length === 0) problems.push(`${describe(f)}: no message`);
    if (f.fix) {
      const first = f.fix.edits[0];
      if (!first || first.paragraphIndex !== f.paragraphIndex) problems.push(`${describe(f)}: the fix's first edit is not in the finding's paragraph`);
      for (const edit of f.fix.edits) {
        const text = doc.paragraphs[edit.paragraphIndex]?.text;
        const [a, b] = edit.range;
        if (text === undefined || !(0 <= a && a <= b && b <= text.length)) problems.push(`${describe(f)}: fix range [${a},${b}) outside ¶${edit.paragraphIndex}`);
        else if (splitsPair(text, a) || splitsPair(text, b)) problems.push(`${describe(f)}: fix range splits a surrogate pair`);
        if (/[\r\n]/.test(edit.text)) problems.push(`${describe(f)}: fix text holds a line break`);
      }
    }
  }
  return problems;
}

/**
 * Applying every fix changes nothing outside the applied fix ranges: unfixed paragraphs are the same object/text;
 * in a fixed one, the text is the original with exactly the applied fixes substituted, non-overlapping.
 */
export function fixProblems(doc: DocSnapshot, findings: readonly Finding[]): { problems: string[]; fixed: DocSnapshot } {
  const problems: string[] = [];
  const fixed = applyFindingFixes(doc, findings);
  if (fixed.paragraphs.length !== doc.paragraphs.length) problems.push(`paragraph count changed ${doc.paragraphs.length} → ${fixed.paragraphs.length}`);
  const byParagraph = new Map<number, TextEdit[]>();
  for (const edit of planFixes(doc, findings).edits) byParagraph.set(edit.paragraphIndex, [...(byParagraph.get(edit.paragraphIndex) ?? []), edit]);
  doc.paragraphs.forEach((p, i) => {
    const after = fixed.paragraphs[i];
    const fixes = byParagraph.get(i);
    if (!fixes) {
      if (after.text !== p.text) problems.push(`¶${i} has no fix but changed: ${JSON.stringify(p.text)} → ${JSON.stringify(after.text)}`);
      return;
    }
    if (after.listString !== p.listString || after.tableNestingLevel !== p.tableNestingLevel) problems.push(`¶${i}: a fix changed more than the text`);
    const { applied } = applyFixes(p.text, fixes);
    const ordered = [...applied].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let expected = "";
    let at = 0;
    let previous: TextEdit | undefined;
    for (const fix of ordered) {
      if (previous && previous.range[0] === fix.range[0] && previous.range[1] === fix.range[1] && previous.text === fix.text) continue;
      if (fix.range[0] < at) {
        problems.push(`¶${i}: applied fixes overlap at ${fix.range[0]}`);
        return;
      }
      expected += p.text.slice(at, fix.range[0]) + fix.text;
      at = fix.range[1];
      previous = fix;
    }
    expected += p.text.slice(at);
    if (after.text !== expected) problems.push(`¶${i}: text outside the fix ranges changed: ${JSON.stringify(after.text)} ≠ ${JSON.stringify(expected)}`);
  });
  return { problems, fixed };
}

export interface Convergence {
  /** Passes of check + fix until no fixable finding was left (or the limit). */
  readonly passes: number;
  readonly converged: boolean;
  /** Fixable findings left after the first pass. */
  readonly leftAfterFirst: readonly Finding[];
  readonly final: DocSnapshot;
}

/** Check, fix, re-check … until no fixable finding is left; at most `limit` passes. */
export function fixUntilStable(doc: DocSnapshot, limit = 4): Convergence {
  let current = doc;
  let leftAfterFirst: Finding[] = [];
  for (let pass = 1; pass <= limit; pass++) {
    const fixable = checkDocument(current).filter((f) => f.fix && !f.onListString);
    if (pass === 2) leftAfterFirst = fixable;
    if (fixable.length === 0) return { passes: pass - 1, converged: true, leftAfterFirst, final: current };
    current = applyFindingFixes(current, fixable);
  }
  return { passes: limit, converged: false, leftAfterFirst, final: current };
}

/** Runs `body`; on failure the message starts with how to reproduce (the seed). */
export function withSeed<T>(seed: number, label: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    error.message = `[${label}; reproduce with ROBUSTNESS_SEED=${seed}] ${error.message}`;
    throw error;
  }
}
