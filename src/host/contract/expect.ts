/**
 * Small helpers checks share: targets from excerpts, and outcomes that say what was observed, because a failing line
 * in real Word must explain itself to IT staff without a debugger.
 */
import type { EditReport, SpanTarget } from "../port";
import type { ContractOutcome } from "./types";

/** The target of the first `excerpt` in `paragraphText` (paragraph `paragraphIndex`). */
export function spanOf(paragraphIndex: number, paragraphText: string, excerpt: string): SpanTarget {
  const start = paragraphText.indexOf(excerpt);
  // A check's own data is wrong: fail loudly in development rather than test the wrong span.
  if (start < 0) throw new Error(`"${excerpt}" is not in "${paragraphText}"`);
  return { paragraphIndex, start, end: start + excerpt.length, paragraphText };
}

export function show(value: unknown): string {
  return JSON.stringify(value);
}

/** ok when `actual` deep-equals `expected` (as JSON); the observation names both on a failure. */
export function same(what: string, actual: unknown, expected: unknown): ContractOutcome {
  const a = show(actual);
  const e = show(expected);
  return a === e ? { ok: true, observed: `${what}：${a}` } : { ok: false, observed: `${what}：${a}，应为 ${e}` };
}

/** All outcomes must pass; observations are joined in order. */
export function all(...outcomes: readonly ContractOutcome[]): ContractOutcome {
  return { ok: outcomes.every((o) => o.ok), observed: outcomes.map((o) => o.observed).join("；") };
}

export function skipped(reason: string): ContractOutcome {
  return { ok: true, observed: `未运行：${reason}`, skipped: true };
}

/** A report with its skipped entries in index order: hosts may list them in any order. */
export function ordered(report: EditReport): EditReport {
  return { applied: [...report.applied].sort((a, b) => a - b), skipped: [...report.skipped].sort((a, b) => a.index - b.index) };
}
