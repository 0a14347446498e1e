/**
 * Finds placeholders in every paragraph: one fast pass over the characters a placeholder can begin with, then the
 * table's patterns tried in order at that position only (sticky expressions), then each pattern's guards.
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

const STICKY = PLACEHOLDER_PATTERNS.map((pattern) => ({ pattern, regex: new RegExp(pattern.source, "y") }));
/** Characters any pattern may begin with, from the table. */
const FIRST_CHARS = new RegExp(`[${escapeClass([...new Set(PLACEHOLDER_PATTERNS.map((p) => p.starts).join(""))].join(""))}]`, "g");
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const AFTER_FOOTNOTE = "。，；：！？、”’）)」.,;:!?";
const cache = new WeakMap<DocSnapshot, Map<boolean, readonly PlaceholderMatch[]>>();

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^[-]/g, "\\$&");
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

function matchAt(text: string, at: number, flagFootnoteStar: boolean): { end: number; pattern: PlaceholderPattern } | undefined {
  for (const { pattern, regex } of STICKY) {
    regex.lastIndex = at;
    const m = regex.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    const guards = (pattern.guards ?? []).filter((g) => g !== "footnoteStar" || !flagFootnoteStar);
    // The first pattern that matches decides, as in one alternation: a guarded-out match is not retried as another.
    return guards.every((g) => guardHolds(g, text, at, end)) ? { end, pattern } : { end: -1, pattern };
  }
  return undefined;
}

export function scanPlaceholders(doc: DocSnapshot, flagFootnoteStar: boolean): readonly PlaceholderMatch[] {
  let perOption = cache.get(doc);
  const cached = perOption?.get(flagFootnoteStar);
  if (cached) return cached;
  const matches: PlaceholderMatch[] = [];
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const text = paragraph.text;
    FIRST_CHARS.lastIndex = 0;
    for (let m = FIRST_CHARS.exec(text); m !== null; m = FIRST_CHARS.exec(text)) {
      const hit = matchAt(text, m.index, flagFootnoteStar);
      if (!hit) continue;
      if (hit.end > 0) matches.push({ paragraphIndex, start: m.index, end: hit.end, pattern: hit.pattern });
      // Skip past the whole run either way, so XXXX is one finding (or one spared look-alike), not four.
      const regexEnd = runEnd(text, m.index, hit.pattern);
      FIRST_CHARS.lastIndex = Math.max(FIRST_CHARS.lastIndex, hit.end > 0 ? hit.end : regexEnd);
    }
  });
  if (!perOption) cache.set(doc, (perOption = new Map()));
  perOption.set(flagFootnoteStar, matches);
  return matches;
}

function runEnd(text: string, at: number, pattern: PlaceholderPattern): number {
  const regex = STICKY.find((s) => s.pattern === pattern)!.regex;
  regex.lastIndex = at;
  const m = regex.exec(text);
  return m ? at + m[0].length : at + 1;
}
