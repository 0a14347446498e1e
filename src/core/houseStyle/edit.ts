/**
 * Changes the 设置 view makes, as pure functions: each returns a new style, and a value equal to the built-in
 * behaviour is removed rather than stored, so that a style lists only what the office changed.
 */
import type { Category } from "../finding";
import { STANDARD_SHAPES } from "../markers/shapes";
import { houseRule } from "./catalog";
import type { HouseForms, HouseStyle, RuleSetting } from "./types";

export function setCategory(style: HouseStyle, category: Category, on: boolean): HouseStyle {
  const { [category]: _dropped, ...rest } = style.categories;
  return { ...style, categories: on ? rest : { ...rest, [category]: false } };
}

/** `true` and the rule's own severity mean "as built" and are not stored. */
export function setRule(style: HouseStyle, id: string, setting: RuleSetting): HouseStyle {
  const { [id]: _dropped, ...rest } = style.rules;
  const asBuilt = setting === true || setting === houseRule(id)?.defaultSeverity;
  return { ...style, rules: asBuilt ? rest : { ...rest, [id]: setting } };
}

/**
 * The forms as built: GB/T 9704—2012's 1., endings as the first item writes them, structure and date hints on; the
 * layout practices off (the standard alone), line spacing not set.
 */
export const BUILT_IN_FORMS: Readonly<Required<Omit<HouseForms, "enumerationEnding" | "lineSpacingPt">>> = {
  level3: STANDARD_SHAPES[3],
  structureHints: true,
  chineseNumeralDate: true,
  level3Bold: false,
  latinTimesNewRoman: false,
};

export function setForm<K extends keyof HouseForms>(style: HouseStyle, form: K, value: HouseForms[K] | undefined): HouseStyle {
  const { [form]: _dropped, ...rest } = style.forms;
  const asBuilt = value === undefined || (form in BUILT_IN_FORMS && BUILT_IN_FORMS[form as keyof typeof BUILT_IN_FORMS] === value);
  return { ...style, forms: asBuilt ? rest : { ...rest, [form]: value } };
}

export function setName(style: HouseStyle, name: string): HouseStyle {
  const { name: _dropped, ...rest } = style;
  const trimmed = name.trim();
  return trimmed === "" ? rest : { ...rest, name: trimmed };
}

/** Whether a rule runs under the style (its category on and itself not switched off). */
export function ruleRuns(style: HouseStyle, id: string): boolean {
  const meta = houseRule(id);
  if (!meta) return false;
  return style.categories[meta.category] !== false && style.rules[id] !== false;
}

export function isEmptyStyle(style: HouseStyle): boolean {
  return Object.keys(style.categories).length === 0 && Object.keys(style.rules).length === 0 && Object.keys(style.forms).length === 0;
}
