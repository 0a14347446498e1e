/**
 * Validates a house style, as a file of its own (规范.json, with its header) or inside a team pack (no header). Like
 * the phrase packs: every problem at once, in Chinese, with where it is (the JSON path for whoever fixes the file);
 * on any error nothing is taken. A rule or category this version does not know is no error: it is named in a note,
 * kept (a newer version's rule) and has no effect.
 */
import type { Category } from "../finding";
import { ID_PATTERN } from "../content/limits";
import type { ContentError } from "../content/types";
import { Collector, describe, isObject, type Json } from "../content/validation/collector";
import { ENUMERATION_ENDINGS, HOUSE_CATEGORIES, houseRule, LEVEL3_FORMS, LINE_SPACINGS_PT, SEVERITIES } from "./catalog";
import { HOUSE_MSG } from "./messages";
import {
  HOUSE_STYLE_FORMAT,
  HOUSE_STYLE_LIMITS,
  HOUSE_STYLE_VERSION,
  type HouseForms,
  type HouseStyle,
  type RuleSetting,
} from "./types";

export type HouseStyleResult =
  | { readonly ok: true; readonly value: HouseStyle; readonly notes: readonly ContentError[] }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

const STYLE_FIELDS = ["name", "categories", "rules", "forms"];
const FORM_FIELDS: readonly (keyof HouseForms)[] = [
  "level3",
  "enumerationEnding",
  "structureHints",
  "chineseNumeralDate",
  "level3Bold",
  "lineSpacingPt",
  "latinTimesNewRoman",
];

/** Where the style sits: its own file (path ""), or a team pack ("houseStyle"). */
export interface StylePlace {
  readonly label: string;
  readonly path: string;
  /** A file of its own carries format and version. */
  readonly header: boolean;
}

export const FILE_PLACE: StylePlace = { label: HOUSE_MSG.label, path: "", header: true };
export const PACK_PLACE: StylePlace = { label: HOUSE_MSG.inPack, path: "houseStyle", header: false };

function at(place: StylePlace, ...keys: string[]): string {
  return [place.path, ...keys].filter((key) => key !== "").join(".");
}

/** What a value is, for a message: 文字“abc”, 数字 3. */
function shown(value: unknown): string {
  if (typeof value === "string") return `文字“${value.slice(0, 20)}”`;
  if (typeof value === "number") return `数字 ${value}`;
  return describe(value);
}

export function validateHouseStyle(value: unknown, place: StylePlace = FILE_PLACE): HouseStyleResult {
  const c = new Collector();
  const notes: ContentError[] = [];
  if (!isObject(value)) {
    c.add(place.path, HOUSE_MSG.notObject(place.label, describe(value)));
    return { ok: false, errors: c.result() };
  }
  const allowed = place.header ? ["format", "version", ...STYLE_FIELDS] : STYLE_FIELDS;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) c.add(at(place, key), HOUSE_MSG.unknownField(place.label, key, allowed));
  }
  if (place.header) readHeader(c, value);
  const name = readName(c, place, value.name);
  const categories = readCategories(c, notes, place, value.categories);
  const rules = readRules(c, notes, place, value.rules);
  const forms = readForms(c, place, value.forms);
  const errors = c.result();
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...(name !== undefined ? { name } : {}), categories, rules, forms }, notes };
}

function readHeader(c: Collector, value: Json): void {
  if (value.format === undefined) c.add("format", HOUSE_MSG.noFormat(HOUSE_STYLE_FORMAT));
  else if (value.format !== HOUSE_STYLE_FORMAT) c.add("format", HOUSE_MSG.badFormat(JSON.stringify(value.format), HOUSE_STYLE_FORMAT));
  if (value.version === undefined) c.add("version", HOUSE_MSG.noVersion(HOUSE_STYLE_VERSION));
  else if (value.version !== HOUSE_STYLE_VERSION) c.add("version", HOUSE_MSG.badVersion(JSON.stringify(value.version), HOUSE_STYLE_VERSION));
}

function readName(c: Collector, place: StylePlace, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const max = HOUSE_STYLE_LIMITS.nameChars;
  if (typeof value !== "string" || value.trim() === "" || value.length > max || /[\r\n\u2028\u2029]/.test(value)) {
    c.add(at(place, "name"), HOUSE_MSG.badName(place.label, max));
    return undefined;
  }
  return value.trim();
}

/** An object of settings, or undefined after reporting; absent is an empty object. */
function readGroup(c: Collector, place: StylePlace, key: string, value: unknown): Json | undefined {
  if (value === undefined) return {};
  if (isObject(value)) return value;
  c.add(at(place, key), HOUSE_MSG.notObject(`${place.label}的“${key}”`, describe(value)));
  return undefined;
}

function readCategories(c: Collector, notes: ContentError[], place: StylePlace, value: unknown): Partial<Record<Category, boolean>> {
  const group = readGroup(c, place, "categories", value);
  const categories: Partial<Record<Category, boolean>> = {};
  for (const [key, on] of Object.entries(group ?? {})) {
    const path = at(place, "categories", key);
    if (typeof on !== "boolean") c.add(path, HOUSE_MSG.badSwitch(place.label, key, shown(on)));
    else if (!(HOUSE_CATEGORIES as readonly string[]).includes(key)) notes.push({ path, message: HOUSE_MSG.unknownCategory(place.label, key, HOUSE_CATEGORIES.join("、")) });
    else if (!on) categories[key as Category] = false;
  }
  return categories;
}

function readRules(c: Collector, notes: ContentError[], place: StylePlace, value: unknown): Record<string, RuleSetting> {
  const group = readGroup(c, place, "rules", value) ?? {};
  const entries = Object.entries(group);
  if (entries.length > HOUSE_STYLE_LIMITS.rules) {
    c.add(at(place, "rules"), HOUSE_MSG.tooManyRules(place.label, entries.length, HOUSE_STYLE_LIMITS.rules));
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of entries) {
    const path = at(place, "rules", id);
    if (id.length > HOUSE_STYLE_LIMITS.ruleIdChars || !ID_PATTERN.test(id)) {
      c.add(path, HOUSE_MSG.badRuleId(place.label, id.slice(0, 80), HOUSE_STYLE_LIMITS.ruleIdChars));
      continue;
    }
    if (typeof setting !== "boolean" && !(SEVERITIES as readonly unknown[]).includes(setting)) {
      c.add(path, HOUSE_MSG.badRule(place.label, id, shown(setting)));
      continue;
    }
    if (!houseRule(id)) notes.push({ path, message: HOUSE_MSG.unknownRule(place.label, id) });
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

function readForms(c: Collector, place: StylePlace, value: unknown): HouseForms {
  const group = readGroup(c, place, "forms", value) ?? {};
  for (const key of Object.keys(group)) {
    if (!(FORM_FIELDS as readonly string[]).includes(key)) c.add(at(place, "forms", key), HOUSE_MSG.unknownField(`${place.label}的“forms”`, key, FORM_FIELDS));
  }
  const forms: { -readonly [K in keyof HouseForms]: HouseForms[K] } = {};
  const choice = <T extends string>(key: keyof HouseForms, allowed: readonly T[]): T | undefined => {
    const raw = group[key];
    if (raw === undefined) return undefined;
    if ((allowed as readonly unknown[]).includes(raw)) return raw as T;
    c.add(at(place, "forms", key), HOUSE_MSG.badChoice(place.label, HOUSE_MSG.formNames[key], allowed, shown(raw)));
    return undefined;
  };
  const level3 = choice("level3", LEVEL3_FORMS);
  if (level3 !== undefined) forms.level3 = level3;
  const ending = choice("enumerationEnding", ENUMERATION_ENDINGS);
  if (ending !== undefined) forms.enumerationEnding = ending;
  const spacing = group.lineSpacingPt;
  if (spacing !== undefined) {
    if ((LINE_SPACINGS_PT as readonly unknown[]).includes(spacing)) forms.lineSpacingPt = spacing as number;
    else c.add(at(place, "forms", "lineSpacingPt"), HOUSE_MSG.badNumberChoice(place.label, HOUSE_MSG.formNames.lineSpacingPt, LINE_SPACINGS_PT, shown(spacing)));
  }
  for (const key of ["structureHints", "chineseNumeralDate", "level3Bold", "latinTimesNewRoman"] as const) {
    const raw = group[key];
    if (typeof raw === "boolean") forms[key] = raw;
    else if (raw !== undefined) c.add(at(place, "forms", key), HOUSE_MSG.badSwitch(place.label, HOUSE_MSG.formNames[key], shown(raw)));
  }
  return forms;
}
