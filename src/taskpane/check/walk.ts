/**
 * 上一处 / 下一处: which finding comes next from where the writer is. Pure, so the rules are tested without Word.
 *
 * The walk starts from the cursor, not from an index into an old list (which goes stale after every re-check): the
 * next finding is the first that starts at or after the end of the selection, the previous one the last that ends at
 * or before its start. When the selection is still exactly the finding the walk selected last, that finding's
 * neighbour in the list is taken instead, so that two findings on one span (two hints on one paragraph) are both
 * visited.
 */
import type { Finding } from "../../core/finding";

export interface Cursor {
  /** -1 when Word could not tell (the cursor is in a header, a text box). */
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
}

/** The finding the walk selected last, as it was when selected. */
export interface Visited {
  readonly key: string;
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
}

export type Direction = "next" | "previous";

export interface Step {
  readonly finding: Finding;
  /** True when the walk went past the end (or the start) and came round. */
  readonly wrapped: boolean;
}

/**
 * The next (or previous) finding of `findings` (in document order) from the cursor. `keyOf` gives a finding's
 * occurrence key, which identifies the last visited one across re-checks.
 */
export function step(
  findings: readonly Finding[],
  cursor: Cursor | undefined,
  direction: Direction,
  keyOf: (finding: Finding) => string,
  visited?: Visited,
): Step | undefined {
  if (findings.length === 0) return undefined;
  const forward = direction === "next";
  if (cursor && visited && sameSpan(cursor, visited)) {
    const at = findings.findIndex((f) => keyOf(f) === visited.key);
    if (at >= 0) {
      const index = at + (forward ? 1 : -1);
      if (index >= 0 && index < findings.length) return { finding: findings[index], wrapped: false };
      return { finding: findings[forward ? 0 : findings.length - 1], wrapped: true };
    }
  }
  if (!cursor || cursor.paragraphIndex < 0) return { finding: findings[forward ? 0 : findings.length - 1], wrapped: false };
  const found = forward ? findings.find((f) => after(f, cursor)) : findLast(findings, (f) => before(f, cursor));
  if (found) return { finding: found, wrapped: false };
  return { finding: findings[forward ? 0 : findings.length - 1], wrapped: true };
}

function after(f: Finding, c: Cursor): boolean {
  return f.paragraphIndex > c.paragraphIndex || (f.paragraphIndex === c.paragraphIndex && f.range[0] >= c.end);
}

function before(f: Finding, c: Cursor): boolean {
  return f.paragraphIndex < c.paragraphIndex || (f.paragraphIndex === c.paragraphIndex && f.range[1] <= c.start && f.range[0] < c.start);
}

function sameSpan(c: Cursor, v: Visited): boolean {
  return c.paragraphIndex === v.paragraphIndex && c.start === v.start && c.end === v.end;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}
