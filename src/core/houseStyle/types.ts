/**
 * 本单位规范 (house style): what an office changes of the check, as data. It is nothing but a way of writing the
 * engine's own options (CheckOptionsInput, see toOptions.ts): rule and category switches, a rule's severity, and a few
 * house forms. A rule added to the registry appears in the settings by itself, through its RuleMeta.
 *
 * The file (规范.json, or `houseStyle` inside a team pack):
 * { "format": "gongwen-house-style", "version": 1, "name": "市委办综合科",
 *   "categories": { "structure": false },
 *   "rules": { "placeholder-name": false, "numbering-form": "warning" },
 *   "forms": { "level3": "1、", "enumerationEnding": "；", "structureHints": false, "chineseNumeralDate": false,
 *              "level3Bold": true, "lineSpacingPt": 28, "latinTimesNewRoman": true } }
 */
import type { Category, Severity } from "../finding";
import type { EnumerationItemEnding } from "../options";

export const HOUSE_STYLE_FORMAT = "gongwen-house-style";
export const HOUSE_STYLE_VERSION = 1;

/** false: the rule does not run; true: it runs as built; a severity: it runs, its main finding at that severity. */
export type RuleSetting = boolean | Severity;

export interface HouseForms {
  /** The level-3 heading marker the office writes (1. by GB/T 9704—2012; 1、 or 1． by house practice). */
  readonly level3?: string;
  /** How the items of 一是……二是…… end inside a paragraph. */
  readonly enumerationEnding?: EnumerationItemEnding;
  /** Genre hints (opening paragraph, parts present and in order). */
  readonly structureHints?: boolean;
  /** The hint on a 成文日期 in Chinese numerals (二〇二三年一月五日): off for an office that keeps that form. */
  readonly chineseNumeralDate?: boolean;
  /** 惯例 of the 格式 check and 一键排版: level-3 headings (1.) in bold 仿宋. */
  readonly level3Bold?: boolean;
  /** 惯例: fixed line spacing in points (28 or 29); absent: line spacing is neither checked nor set. */
  readonly lineSpacingPt?: number;
  /** 惯例: digits and Latin letters in Times New Roman. */
  readonly latinTimesNewRoman?: boolean;
}

export interface HouseStyle {
  /** Shown in the 设置 view and on import, e.g. "市委办综合科". */
  readonly name?: string;
  /** A category not listed is on. */
  readonly categories: Readonly<Partial<Record<Category, boolean>>>;
  /** By rule id; a rule not listed runs as built. Ids no rule has are kept (a newer version's rules) and ignored. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly forms: HouseForms;
}

/** The check as built: nothing changed. */
export const EMPTY_HOUSE_STYLE: HouseStyle = { categories: {}, rules: {}, forms: {} };

/** The file's content: the style with its header. */
export interface HouseStyleFile extends HouseStyle {
  readonly format: typeof HOUSE_STYLE_FORMAT;
  readonly version: typeof HOUSE_STYLE_VERSION;
}

/** Sizes a style may have: a guard against a wrong file, far above what any office sets. */
export const HOUSE_STYLE_LIMITS = {
  /** The file's text, in UTF-16 code units. */
  fileChars: 100_000,
  /** Entries under "rules" (known or not). */
  rules: 500,
  ruleIdChars: 64,
  nameChars: 60,
} as const;
