/**
 * What a house style can change, read from the engine itself: the categories (CATEGORIES), the rules (their
 * RuleMeta in the registry) and the level-3 marker shapes the shape table accepts. A new rule or category shows up
 * in the 设置 view and in a valid 规范.json without any change here.
 */
import { CATEGORIES, type Category, type Severity } from "../finding";
import { MARKER_SHAPES } from "../markers/shapes";
import type { EnumerationItemEnding } from "../options";
import { RULES } from "../rules/registry";
import type { RuleMeta } from "../rules/types";

export const HOUSE_CATEGORIES: readonly Category[] = CATEGORIES;

export const HOUSE_RULES: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

export function houseRule(id: string): RuleMeta | undefined {
  return HOUSE_RULES.find((meta) => meta.id === id);
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Level-3 shapes a house may choose: the standard one and the practice ones written without a separator space. */
export const LEVEL3_FORMS: readonly string[] = Object.entries(MARKER_SHAPES)
  .filter(([, shape]) => shape.level === 3 && shape.form !== "malformed" && !shape.weak)
  .map(([key]) => key);

export const ENUMERATION_ENDINGS: readonly EnumerationItemEnding[] = ["；", "。"];

/** Fixed line spacings a house may choose for 格式 (惯例: 28–29 pt fit 22 lines in the 225 mm 版心, GB/T 9704—2012 5.2.3). */
export const LINE_SPACINGS_PT: readonly number[] = [28, 29];
