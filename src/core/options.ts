/** Options of a check: which categories and rules run, the canonical heading forms, placeholder and structure switches. */
import type { Category } from "./finding";
import type { HeadingLevel } from "./markers/shapes";
import { STANDARD_SHAPES } from "./markers/shapes";

export interface CheckOptions {
  /** Categories switched on. */
  readonly categories: Readonly<Record<Category, boolean>>;
  /** Per-rule switch by rule id; a rule not listed runs when its category is on. */
  readonly rules: Readonly<Record<string, boolean>>;
  readonly numbering: {
    /** Canonical marker shape per level (一 = Chinese numeral, 1 = Arabic), default GB/T 9704—2012 7.3.3. */
    readonly canonicalShapes: Readonly<Record<HeadingLevel, string>>;
  };
  readonly placeholder: {
    /** Flag a single * right after a word and before punctuation or the line end (a footnote mark?). */
    readonly flagFootnoteStar: boolean;
  };
  readonly structure: {
    /** Genre hints (opening paragraph, parts present and in order). The 请示-in-报告 check stays on. */
    readonly hints: boolean;
  };
}

export const defaultCheckOptions: CheckOptions = {
  categories: { numbering: true, enumeration: true, placeholder: true, structure: true },
  rules: {},
  numbering: { canonicalShapes: STANDARD_SHAPES },
  placeholder: { flagFootnoteStar: true },
  structure: { hints: true },
};

/** Options a caller may pass: every group optional, and partial inside. */
export interface CheckOptionsInput {
  readonly categories?: Partial<Record<Category, boolean>>;
  readonly rules?: Readonly<Record<string, boolean>>;
  readonly numbering?: { readonly canonicalShapes?: Partial<Record<HeadingLevel, string>> };
  readonly placeholder?: Partial<CheckOptions["placeholder"]>;
  readonly structure?: Partial<CheckOptions["structure"]>;
}

/** Defaults completed with what the caller gave; returns a new object. */
export function resolveOptions(input: CheckOptionsInput = {}): CheckOptions {
  const d = defaultCheckOptions;
  return {
    categories: { ...d.categories, ...input.categories },
    rules: { ...d.rules, ...input.rules },
    numbering: { canonicalShapes: { ...d.numbering.canonicalShapes, ...input.numbering?.canonicalShapes } },
    placeholder: { ...d.placeholder, ...input.placeholder },
    structure: { ...d.structure, ...input.structure },
  };
}
