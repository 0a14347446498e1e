/** Options of a check: which categories and rules run, the canonical heading forms, placeholder and structure switches. */
import { CATEGORIES, type Category, type Severity } from "./finding";
import type { HeadingLevel } from "./markers/shapes";
import { STANDARD_SHAPES } from "./markers/shapes";

export interface CheckOptions {
  /** Categories switched on. */
  readonly categories: Readonly<Record<Category, boolean>>;
  /** Per-rule switch by rule id; a rule not listed runs when its category is on. */
  readonly rules: Readonly<Record<string, boolean>>;
  /** Per-rule severity of its main finding (RuleMeta.defaultSeverity) by rule id: a house style's choice. */
  readonly severities: Readonly<Record<string, Severity>>;
  readonly numbering: {
    /** Canonical marker shape per level (一 = Chinese numeral, 1 = Arabic), default GB/T 9704—2012 7.3.3. */
    readonly canonicalShapes: Readonly<Record<HeadingLevel, string>>;
  };
  readonly placeholder: {
    /** Flag a single * right after a word and before punctuation or the line end (a footnote mark?). */
    readonly flagFootnoteStar: boolean;
  };
  readonly enumeration: {
    /** The ending every item of an inline enumeration takes (the last one 。); absent: the first item's, as written. */
    readonly itemEnding?: EnumerationItemEnding;
  };
  readonly structure: {
    /** Genre hints (opening paragraph, parts present and in order). The 请示-in-报告 check stays on. */
    readonly hints: boolean;
  };
  readonly punctuation: {
    /**
     * Hint at a date line written in Chinese numerals (二〇二三年一月五日): GB/T 9704—2012 7.3.5.4 wants Arabic
     * numerals; an office that keeps the old form switches the hint off.
     */
    readonly chineseNumeralDate: boolean;
  };
  /** House practice of the 格式 check and 一键排版 (惯例, domain primer §6); the standard itself is not an option. */
  readonly layout: {
    /** Level-3 headings (1.) in bold 仿宋. */
    readonly level3Bold: boolean;
    /** Fixed line spacing in points (28 or 29); absent: line spacing is neither checked nor set. */
    readonly lineSpacingPt?: number;
    /** Digits and Latin letters in Times New Roman. */
    readonly latinTimesNewRoman: boolean;
  };
}

/** ；: 一是……；二是……；三是……。 / 。: 一是……。二是……。 */
export type EnumerationItemEnding = "；" | "。";

export const defaultCheckOptions: CheckOptions = {
  categories: Object.fromEntries(CATEGORIES.map((category) => [category, true])) as Record<Category, boolean>,
  rules: {},
  severities: {},
  numbering: { canonicalShapes: STANDARD_SHAPES },
  placeholder: { flagFootnoteStar: true },
  enumeration: {},
  structure: { hints: true },
  punctuation: { chineseNumeralDate: true },
  layout: { level3Bold: false, latinTimesNewRoman: false },
};

/** Options a caller may pass: every group optional, and partial inside. */
export interface CheckOptionsInput {
  readonly categories?: Partial<Record<Category, boolean>>;
  readonly rules?: Readonly<Record<string, boolean>>;
  readonly severities?: Readonly<Record<string, Severity>>;
  readonly numbering?: { readonly canonicalShapes?: Partial<Record<HeadingLevel, string>> };
  readonly placeholder?: Partial<CheckOptions["placeholder"]>;
  readonly enumeration?: Partial<CheckOptions["enumeration"]>;
  readonly structure?: Partial<CheckOptions["structure"]>;
  readonly punctuation?: Partial<CheckOptions["punctuation"]>;
  readonly layout?: Partial<CheckOptions["layout"]>;
}

/** Defaults completed with what the caller gave; returns a new object. */
export function resolveOptions(input: CheckOptionsInput = {}): CheckOptions {
  const d = defaultCheckOptions;
  return {
    categories: { ...d.categories, ...input.categories },
    rules: { ...d.rules, ...input.rules },
    severities: { ...d.severities, ...input.severities },
    numbering: { canonicalShapes: { ...d.numbering.canonicalShapes, ...input.numbering?.canonicalShapes } },
    placeholder: { ...d.placeholder, ...input.placeholder },
    enumeration: { ...d.enumeration, ...input.enumeration },
    structure: { ...d.structure, ...input.structure },
    punctuation: { ...d.punctuation, ...input.punctuation },
    layout: { ...d.layout, ...input.layout },
  };
}
