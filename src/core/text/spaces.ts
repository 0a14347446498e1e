/**
 * Whitespace as it appears in pasted Chinese text: half-width spaces, the ideographic space (U+3000, used for the
 * two-character first-line indent), tabs and no-break spaces.
 */
import { charClassBody } from "./charClass";

const SPACE_CHARS = new Set([" ", "\u3000", "\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff"]);

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE_CHARS.has(ch);
}

const SPACE_CODES: ReadonlySet<number> = new Set([...SPACE_CHARS].map((c) => c.charCodeAt(0)));

/** The same characters as the inside of a regular-expression class ([${SPACE_CLASS}]), for expressions built on it. */
export const SPACE_CLASS = charClassBody(SPACE_CHARS);

/**
 * isSpace by character code (NaN, past the text's end, is not a space). Hot loops use it: text[i] on a CJK
 * character allocates a one-character string, charCodeAt does not.
 */
export function isSpaceCode(code: number): boolean {
  return code <= 0x20 ? code === 0x20 || code === 0x09 : SPACE_CODES.has(code);
}

/** Number of leading space characters (half- or full-width): the offset where the paragraph's content begins. */
export function leadingSpaceLength(text: string, from = 0): number {
  let i = from;
  // By code: every paragraph is asked, and text[i] would allocate its first character (a CJK one) each time.
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i - from;
}

/**
 * The text without its leading spaces plus the offset of the first kept character, so that positions found in the
 * stripped text map back to the original with `offset + position`.
 */
export function stripLeadingSpaces(text: string): { readonly text: string; readonly offset: number } {
  const offset = leadingSpaceLength(text);
  return { text: text.slice(offset), offset };
}

/** Text with leading and trailing spaces (half- or full-width) removed. */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
