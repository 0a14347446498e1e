/**
 * The text shown around a finding's excerpt: a few characters each side, cut where a reader expects a cut. A context
 * cut at a fixed length starts mid-phrase ("效。全年起草…"), and the reader cannot tell a cut from the paragraph's own
 * start; so each side ends at a sentence or clause boundary when one is near, and a side that must be cut mid-phrase
 * says so (the pane shows "…" there).
 */
import { extendToCodePoint, retreatToCodePoint } from "./surrogates";

export interface ContextAround {
  readonly before: string;
  readonly after: string;
  /** True when `before` starts mid-phrase: the paragraph goes on before it and no clause starts there. */
  readonly cutBefore?: boolean;
  /** True when `after` ends mid-phrase: the paragraph goes on after it and no clause ends there. */
  readonly cutAfter?: boolean;
}

/** Marks after which a clause ends, in a 公文 (full-width) and at a line break or tab. */
const CLAUSE_END = new Set(["。", "！", "？", "；", "，", "：", "、", "\v", "\n", "\t"]);
/** Marks that end a sentence, after which a closing quote or bracket still belongs to it (“……。”). */
const SENTENCE_END = new Set(["。", "！", "？"]);
const CLOSERS = new Set(["”", "’", "）", "」", "』", "》"]);


/** True when a clause ends just before offset `at` (the paragraph's start counts), not inside a quote's closing marks. */
function clauseEndsBefore(text: string, at: number): boolean {
  if (at <= 0) return true;
  if (CLOSERS.has(text[at] ?? "")) return false;
  const previous = text[at - 1];
  if (CLAUSE_END.has(previous)) return true;
  return CLOSERS.has(previous) && at >= 2 && SENTENCE_END.has(text[at - 2]);
}

/**
 * Up to `chars` characters of `text` on each side of [start, end): `before` from the earliest clause start within
 * them, `after` to the latest clause end within them (the mark kept), or, where there is none, cut at `chars` and
 * flagged. Whole characters only: a context cut through 😀 would show a lone surrogate.
 */
export function contextAround(text: string, start: number, end: number, chars: number): ContextAround {
  // A boundary is kept only when it leaves at least half the context (its mark not counted): a mark right beside the
  // excerpt would leave the reader little to find the place by, and a visible "…" cut then says more.
  const minKept = Math.ceil(chars / 2);
  const from = retreatToCodePoint(text, Math.max(0, start - chars));
  let beforeAt = from;
  let cutBefore = false;
  if (!clauseEndsBefore(text, from)) {
    let boundary = -1;
    for (let at = from + 1; at <= start - minKept; at++) {
      if (clauseEndsBefore(text, at)) {
        boundary = at;
        break;
      }
    }
    if (boundary >= 0) beforeAt = boundary;
    else cutBefore = true;
  }
  const to = extendToCodePoint(text, Math.min(text.length, end + chars));
  let afterAt = to;
  let cutAfter = false;
  if (to < text.length && !clauseEndsBefore(text, to)) {
    let boundary = -1;
    for (let at = to - 1; at > end + minKept; at--) {
      if (clauseEndsBefore(text, at)) {
        boundary = at;
        break;
      }
    }
    if (boundary >= 0) afterAt = boundary;
    else cutAfter = true;
  }
  return {
    before: text.slice(beforeAt, start),
    after: text.slice(end, afterAt),
    ...(cutBefore ? { cutBefore: true } : {}),
    ...(cutAfter ? { cutAfter: true } : {}),
  };
}
