/**
 * Finds placeholders in every paragraph with one combined regular expression built from the pattern table (one
 * pass per paragraph), then applies each pattern's guards. Memoised per snapshot and footnote option.
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

const COMBINED = new RegExp(PLACEHOLDER_PATTERNS.map((p) => `(${p.source})`).join("|"), "g");
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const AFTER_FOOTNOTE = "。，；：！？、”’）)」.,;:!?";
const cache = new WeakMap<DocSnapshot, Map<boolean, readonly PlaceholderMatch[]>>();

function guardHolds(guard: PlaceholderGuard, text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  switch (guard) {
    case "notBetweenDigits":
      return !(isArabicDigit(before) && isArabicDigit(after));
    case "notNextToLatin":
      return !((before !== undefined && LATIN.test(before)) || (after !== undefined && LATIN.test(after)));
    case "notNextToChineseNumeral":
      return !((before !== undefined && (isChineseNumeralChar(before) || before === "〇")) || (after !== undefined && (isChineseNumeralChar(after) || after === "〇")));
    case "notAfterDigit":
      return !isArabicDigit(before);
    case "footnoteStar": {
      const footnoteLike = end - start === 1 && start > 0 && !isSpace(before) && (after === undefined || isSpace(after) || AFTER_FOOTNOTE.includes(after));
      return !footnoteLike;
    }
  }
}

export function scanPlaceholders(doc: DocSnapshot, flagFootnoteStar: boolean): readonly PlaceholderMatch[] {
  let perOption = cache.get(doc);
  const cached = perOption?.get(flagFootnoteStar);
  if (cached) return cached;
  const matches: PlaceholderMatch[] = [];
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const text = paragraph.text;
    COMBINED.lastIndex = 0;
    for (let m = COMBINED.exec(text); m !== null; m = COMBINED.exec(text)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const pattern = PLACEHOLDER_PATTERNS[group - 1];
      const start = m.index;
      const end = start + m[0].length;
      const guards = (pattern.guards ?? []).filter((g) => g !== "footnoteStar" || !flagFootnoteStar);
      if (guards.every((g) => guardHolds(g, text, start, end))) matches.push({ paragraphIndex, start, end, pattern });
    }
  });
  if (!perOption) cache.set(doc, (perOption = new Map()));
  perOption.set(flagFootnoteStar, matches);
  return matches;
}
