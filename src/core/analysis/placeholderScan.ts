/**
 * Finds placeholders in every paragraph: one fast pass over the characters (a table lookup per code unit) for those a
 * placeholder can begin with, then the table's patterns tried in order at that position only (sticky expressions),
 * then each pattern's guards.
 * Memoised per snapshot and footnote option.
 */
import type { DocSnapshot } from "../model";
import { PLACEHOLDER_PATTERNS, PlaceholderGuard, PlaceholderPattern } from "../patterns/placeholders";
import { isArabicDigit, isChineseNumeralChar } from "../text/numerals";
import { isSpace } from "../text/spaces";

export interface PlaceholderMatch {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  readonly pattern: PlaceholderPattern;
}

/** Each pattern as a sticky expression, with its guards for either footnote option (filtered once, not per match). */
const STICKY = PLACEHOLDER_PATTERNS.map((pattern) => {
  const guards = pattern.guards ?? [];
  return {
    pattern,
    regex: new RegExp(pattern.source, "y"),
    guardsFlaggingFootnotes: guards.filter((g) => g !== "footnoteStar"),
    guardsSparingFootnotes: guards,
  };
});
/**
 * For each code unit, the patterns that may begin with it, in table order (0: none). A typed-array probe per
 * character is several times faster than a global expression over this many-alternative class, and at （ only the
 * bracket pattern is tried, not all ten.
 */
const { FIRST_CHARS, CANDIDATES } = candidateTable();
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const AFTER_FOOTNOTE = "。，；：！？、”’）)」.,;:!?";
const cache = new WeakMap<DocSnapshot, Map<boolean, readonly PlaceholderMatch[]>>();

function candidateTable(): { FIRST_CHARS: Uint8Array; CANDIDATES: Array<typeof STICKY> } {
  const table = new Uint8Array(0x10000);
  const candidates: Array<typeof STICKY> = [[]];
  const starts = [...new Set(PLACEHOLDER_PATTERNS.map((p) => p.starts).join(""))];
  for (const ch of starts) {
    table[ch.charCodeAt(0)] = candidates.length;
    candidates.push(STICKY.filter((s) => s.pattern.starts.includes(ch)));
  }
  return { FIRST_CHARS: table, CANDIDATES: candidates };
}

function guardHolds(guard: PlaceholderGuard, text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  switch (guard) {
    case "notBetweenDigits":
      return !(isArabicDigit(before) && isArabicDigit(after));
    case "notNextToLatin":
      return !((before !== undefined && LATIN.test(before)) || (after !== undefined && LATIN.test(after)));
    case "notNextToChineseNumeral": {
      const numeralLike = (ch: string | undefined) => ch !== undefined && (isChineseNumeralChar(ch) || ch === "〇");
      return !(numeralLike(before) || numeralLike(after));
    }
    case "notAfterDigit":
      return !isArabicDigit(before);
    case "footnoteStar": {
      const footnoteLike = end - start === 1 && start > 0 && !isSpace(before) && (after === undefined || isSpace(after) || AFTER_FOOTNOTE.includes(after));
      return !footnoteLike;
    }
  }
}

interface Hit {
  /** End of the pattern's match (the whole run, XXXX). */
  readonly end: number;
  readonly pattern: PlaceholderPattern;
  /** False when a guard spared the match (3×4, XXL): the run is skipped, not reported. */
  readonly accepted: boolean;
}

function matchAt(text: string, at: number, candidates: typeof STICKY, flagFootnoteStar: boolean): Hit | undefined {
  for (const sticky of candidates) {
    sticky.regex.lastIndex = at;
    if (!sticky.regex.test(text)) continue;
    const end = sticky.regex.lastIndex;
    const guards = flagFootnoteStar ? sticky.guardsFlaggingFootnotes : sticky.guardsSparingFootnotes;
    // The first pattern that matches decides, as in one alternation: a guarded-out match is not retried as another.
    return { end, pattern: sticky.pattern, accepted: guards.every((g) => guardHolds(g, text, at, end)) };
  }
  return undefined;
}

export function scanPlaceholders(doc: DocSnapshot, flagFootnoteStar: boolean): readonly PlaceholderMatch[] {
  let perOption = cache.get(doc);
  const cached = perOption?.get(flagFootnoteStar);
  if (cached) return cached;
  const matches: PlaceholderMatch[] = [];
  const paragraphs = doc.paragraphs;
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const text = paragraphs[paragraphIndex].text;
    for (let at = 0; at < text.length; at++) {
      const group = FIRST_CHARS[text.charCodeAt(at)];
      if (group === 0) continue;
      const hit = matchAt(text, at, CANDIDATES[group], flagFootnoteStar);
      if (!hit) continue;
      if (hit.accepted) matches.push({ paragraphIndex, start: at, end: hit.end, pattern: hit.pattern });
      // Skip past the whole run either way, so XXXX is one finding (or one spared look-alike), not four.
      // (A plain comparison keeps `at` a small integer; Math.max would make the loop variable a double.)
      if (hit.end - 1 > at) at = hit.end - 1;
    }
  }
  if (!perOption) cache.set(doc, (perOption = new Map()));
  perOption.set(flagFootnoteStar, matches);
  return matches;
}
