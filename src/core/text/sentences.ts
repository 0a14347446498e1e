/**
 * Sentence and clause boundaries in Chinese prose. An inline enumeration marker (一是) may only start right after
 * one of the clause boundaries below, which keeps 统一是 / 之一是 from being read as markers.
 */

/** Ends a sentence: 。！？ and their half-width forms. */
export const SENTENCE_END = "。！？!?";

/**
 * Characters after which a new clause (and so an enumeration item) may begin. The half-width full stop counts too:
 * before a Chinese numeral it cannot be a decimal point (68%.三是, a slip of the keyboard in published text).
 */
export const CLAUSE_BOUNDARY = "。；：！？，;:!?,.";

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && SENTENCE_END.includes(ch);
}

export function isClauseBoundary(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && CLAUSE_BOUNDARY.includes(ch);
}

const CLAUSE_BOUNDARY_CODES: ReadonlySet<number> = new Set([...CLAUSE_BOUNDARY].map((c) => c.charCodeAt(0)));

/** isClauseBoundary by character code, for hot loops. */
export function isClauseBoundaryCode(code: number): boolean {
  return CLAUSE_BOUNDARY_CODES.has(code);
}

/**
 * [start, end) ranges of the sentences in a paragraph; each sentence includes its closing punctuation and any
 * closing quotes or brackets that follow it (……。” stays with its sentence).
 */
export function sentenceRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (isSentenceEnd(text[i])) {
      let end = i + 1;
      while (end < text.length && "”’」』）)".includes(text[end])) end++;
      ranges.push([start, end]);
      start = end;
      i = end;
    } else i++;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** Offset of the first sentence end at or after `from`, or the text's length when there is none. */
export function firstSentenceEnd(text: string, from = 0): number {
  for (let i = from; i < text.length; i++) if (isSentenceEnd(text[i])) return i;
  return text.length;
}
