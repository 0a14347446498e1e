/** A house style as the engine's options: the one way the check, the pane and the CLI obey it. */
import type { Severity } from "../finding";
import type { CheckOptionsInput } from "../options";
import { houseRule } from "./catalog";
import type { HouseStyle } from "./types";

export function houseStyleToOptions(style: HouseStyle): CheckOptionsInput {
  const rules: Record<string, boolean> = {};
  const severities: Record<string, Severity> = {};
  for (const [id, setting] of Object.entries(style.rules)) {
    if (!houseRule(id)) continue; // a rule of another version: told on import, ignored here
    if (typeof setting === "boolean") rules[id] = setting;
    else severities[id] = setting;
  }
  const { level3, enumerationEnding, structureHints, chineseNumeralDate, level3Bold, lineSpacingPt, latinTimesNewRoman } = style.forms;
  const layout = {
    ...(level3Bold !== undefined ? { level3Bold } : {}),
    ...(lineSpacingPt !== undefined ? { lineSpacingPt } : {}),
    ...(latinTimesNewRoman !== undefined ? { latinTimesNewRoman } : {}),
  };
  return {
    categories: { ...style.categories },
    rules,
    severities,
    ...(level3 !== undefined ? { numbering: { canonicalShapes: { 3: level3 } } } : {}),
    ...(enumerationEnding !== undefined ? { enumeration: { itemEnding: enumerationEnding } } : {}),
    ...(structureHints !== undefined ? { structure: { hints: structureHints } } : {}),
    ...(chineseNumeralDate !== undefined ? { punctuation: { chineseNumeralDate } } : {}),
    ...(Object.keys(layout).length > 0 ? { layout } : {}),
  };
}
