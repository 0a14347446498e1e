/**
 * What a house style leaves unchecked, in words for the verdict: a setting never hides a check silently, and never a
 * placeholder (switching a placeholder rule off, or lowering it to a hint that does not block, gets its own warning).
 */
import { CATEGORY_NAMES } from "../messages";
import { HOUSE_CATEGORIES, HOUSE_RULES } from "./catalog";
import { HOUSE_MSG } from "./messages";
import type { HouseStyle } from "./types";

export interface SwitchedOff {
  /** Categories off (整类) and rules off inside categories that are on, as the writer knows them. */
  readonly off: readonly string[];
  /** Placeholder checks off or lowered to a hint: said apart, as a warning. */
  readonly placeholders: readonly string[];
}

export function switchedOff(style: HouseStyle): SwitchedOff {
  const off: string[] = [];
  const placeholders: string[] = [];
  for (const category of HOUSE_CATEGORIES) {
    if (style.categories[category] === false) off.push(HOUSE_MSG.categoryOff(CATEGORY_NAMES[category]));
  }
  for (const meta of HOUSE_RULES) {
    const categoryOff = style.categories[meta.category] === false;
    const setting = style.rules[meta.id];
    if (setting === false && !categoryOff) off.push(meta.title);
    if (meta.category !== "placeholder") continue;
    if (categoryOff || setting === false) placeholders.push(meta.title);
    else if (setting === "info") placeholders.push(HOUSE_MSG.severityChanged(meta.title, setting));
  }
  if (style.forms.structureHints === false && style.categories.structure !== false) off.push(HOUSE_MSG.hintsOff);
  if (style.forms.chineseNumeralDate === false && style.categories.punctuation !== false) off.push(HOUSE_MSG.chineseDateOff);
  return { off, placeholders };
}

/** The verdict's lines (none when the style switches nothing off). */
export function switchedOffLines(style: HouseStyle): string[] {
  const { off, placeholders } = switchedOff(style);
  return [...(off.length > 0 ? [HOUSE_MSG.off(off)] : []), ...(placeholders.length > 0 ? [HOUSE_MSG.placeholdersOff(placeholders)] : [])];
}
