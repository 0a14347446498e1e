/**
 * Character runs of a simulated paragraph: slicing them with an edit, joining them, changing the formatting of a
 * stretch. A paragraph without `runs` is one run with no direct formatting of its own (only its `format`).
 * Runs are kept merged (no two neighbours with equal formatting, none empty), as Word's w:r split is not observable
 * through Office.js anyway.
 */
import type { RunFormat, SimParagraph, SimRun } from "./types";

const RUN_KEYS = ["fontEastAsia", "fontAscii", "fontHAnsi", "sizeHalfPoints", "bold"] as const;

export function sameRunFormat(a: RunFormat, b: RunFormat): boolean {
  return RUN_KEYS.every((key) => a[key] === b[key]);
}

/** Only the keys that are set. */
export function cleanRunFormat(format: RunFormat): RunFormat {
  const out: Record<string, unknown> = {};
  for (const key of RUN_KEYS) if (format[key] !== undefined) out[key] = format[key];
  return out as RunFormat;
}

/** Merges neighbours, drops empty runs; undefined when nothing is left that carries direct formatting. */
function merged(runs: readonly SimRun[]): SimRun[] | undefined {
  const out: SimRun[] = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const last = out[out.length - 1];
    if (last && sameRunFormat(last.format, run.format)) out[out.length - 1] = { text: last.text + run.text, format: last.format };
    else out.push({ text: run.text, format: cleanRunFormat(run.format) });
  }
  return out.some((run) => Object.keys(run.format).length > 0) ? out : undefined;
}

/**
 * Runs that add up to `text`. When they already do, they are only merged; otherwise (a writer retyped the page, a
 * spec gave stale runs) each run keeps its length by position, the last one absorbing the difference.
 */
export function normalizeRuns(text: string, runs: readonly SimRun[] | undefined): SimRun[] | undefined {
  if (!runs || runs.length === 0) return undefined;
  if (runs.map((run) => run.text).join("") === text) return merged(runs);
  const out: SimRun[] = [];
  let at = 0;
  runs.forEach((run, index) => {
    const end = index === runs.length - 1 ? text.length : Math.min(text.length, at + run.text.length);
    out.push({ text: text.slice(at, end), format: run.format });
    at = end;
  });
  return merged(out);
}

/** The paragraph's runs, a plain paragraph giving one run without direct formatting. */
export function runsOf(p: Pick<SimParagraph, "text" | "runs">): readonly SimRun[] {
  return p.runs ?? (p.text.length ? [{ text: p.text, format: NO_DIRECT_FORMAT }] : []);
}

/** The format of a run without direct formatting: one frozen object, so what is derived from it can be remembered. */
const NO_DIRECT_FORMAT: RunFormat = Object.freeze({});

/** The runs covering [from, to) of the paragraph's text. */
export function sliceRuns(p: Pick<SimParagraph, "text" | "runs">, from: number, to: number): SimRun[] {
  const out: SimRun[] = [];
  let at = 0;
  for (const run of runsOf(p)) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + run.text.length);
    if (end > start) out.push({ text: run.text.slice(start - at, end - at), format: run.format });
    at += run.text.length;
  }
  return out;
}

/**
 * The direct formatting typed text takes at `offset`, as in Word: that of the character before it, or at the start
 * of a paragraph the first character's.
 */
export function formatAt(p: Pick<SimParagraph, "text" | "runs">, offset: number): RunFormat {
  const runs = runsOf(p);
  const char = Math.max(0, offset - 1);
  let at = 0;
  for (const run of runs) {
    if (char < at + run.text.length) return run.format;
    at += run.text.length;
  }
  return runs[runs.length - 1]?.format ?? {};
}

/** Joins runs of consecutive stretches (an edit's before, inserted and after parts) into one paragraph's runs. */
export function joinRuns(text: string, parts: readonly (readonly SimRun[])[]): SimRun[] | undefined {
  return normalizeRuns(text, parts.flat());
}

/** `change` applied on top of the direct formatting of [from, to); an `undefined` value in `change` clears that key. */
export function formatStretch(p: Pick<SimParagraph, "text" | "runs">, from: number, to: number, change: Partial<RunFormat>): SimRun[] | undefined {
  const apply = (format: RunFormat): RunFormat => cleanRunFormat({ ...format, ...change });
  const middle = sliceRuns(p, from, to).map((run) => ({ text: run.text, format: apply(run.format) }));
  return joinRuns(p.text, [sliceRuns(p, 0, from), middle, sliceRuns(p, to, p.text.length)]);
}
