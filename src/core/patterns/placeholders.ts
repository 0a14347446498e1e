/**
 * Placeholder forms left in drafts and templates (domain primer §4), as data. Each pattern is a regular-expression
 * source without capturing groups; guards name the look-alikes it must spare. Put longer forms first: at one
 * position the first pattern that matches wins (XXXX年XX月XX日 before XX). The template library inserts `XX`
 * (and XXXX年XX月XX日), which the X patterns catch.
 */

export type PlaceholderGuard =
  /** 5*2, 3×4: a sign between two digits is arithmetic. */
  | "notBetweenDigits"
  /** XXL, Xbox, xx.com: X next to a Latin letter is part of a word. */
  | "notNextToLatin"
  /** 二○○二年: ○ next to a Chinese numeral is a zero. */
  | "notNextToChineseNumeral"
  /** 5X个: a single X right after a digit is not a placeholder. */
  | "notAfterDigit"
  /** A single * right after a word and before punctuation may be a footnote mark (see options.placeholder). */
  | "footnoteStar";

export interface PlaceholderPattern {
  readonly id: string;
  readonly source: string;
  /** Every character a match can begin with (the scanner only tries the patterns at these). */
  readonly starts: string;
  /** "name" patterns (某某) are also legitimate prose: a warning, reported by their own rule. */
  readonly kind: "blank" | "name";
  readonly guards?: readonly PlaceholderGuard[];
}

const X_CHARS = "XxＸｘ×Ⅹⅹ";
const X = `[${X_CHARS}]`;
const SPACE = "[ \\u3000]*";

export const PLACEHOLDER_PATTERNS: readonly PlaceholderPattern[] = [
  { id: "x-date", source: `${X}{1,4}年${X}{1,2}月${X}{1,2}日`, starts: X_CHARS, kind: "blank", guards: ["notNextToLatin"] },
  { id: "x-month-day", source: `${X}{1,2}月${X}{1,2}[日号]`, starts: X_CHARS, kind: "blank", guards: ["notNextToLatin"] },
  { id: "x-run", source: `${X}{2,}`, starts: X_CHARS, kind: "blank", guards: ["notNextToLatin", "notBetweenDigits"] },
  {
    id: "x-before-unit",
    source: `${X}(?=[年月日号时个名家次人元万亿项处件篇条期户所座批届倍])`,
    starts: X_CHARS,
    kind: "blank",
    guards: ["notNextToLatin", "notAfterDigit"],
  },
  { id: "stars", source: "[*＊]+", starts: "*＊", kind: "blank", guards: ["notBetweenDigits", "footnoteStar"] },
  { id: "circles", source: "[○◯]{2,}", starts: "○◯", kind: "blank", guards: ["notNextToChineseNumeral"] },
  { id: "squares", source: "[□☐]{2,}", starts: "□☐", kind: "blank" },
  { id: "empty-brackets", source: `【${SPACE}】|（${SPACE}）|\\(${SPACE}\\)|\\[${SPACE}\\]|〔${SPACE}〕`, starts: "【（([〔", kind: "blank" },
  { id: "underline", source: "_{2,}|＿{2,}", starts: "_＿", kind: "blank" },
  { id: "mouchou", source: "某某", starts: "某", kind: "name" },
];
