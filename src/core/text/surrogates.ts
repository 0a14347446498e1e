/**
 * Offsets are UTF-16 code units (finding.ts), but a cut between the two halves of a surrogate pair (😀, 𠮷) leaves a
 * lone half that Word cannot search for and that shows as �. Code that cuts text at a fixed length moves the cut with
 * these helpers so that a character is taken whole.
 */

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `at` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** The end of a cut at `at`, moved forward past the low half when it would split a pair. */
export function extendToCodePoint(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at + 1 : at;
}

/** The start of a cut at `at`, moved back before the high half when it would split a pair. */
export function retreatToCodePoint(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at - 1 : at;
}
