/** The text of a 规范.json: parsed with located messages (line and column of a JSON slip), and written back. */
import { lineColumn, parseErrorOffset, parsePack } from "../content/validation/parse";
import { HOUSE_MSG } from "./messages";
import { HOUSE_STYLE_FORMAT, HOUSE_STYLE_LIMITS, HOUSE_STYLE_VERSION, type HouseStyle, type HouseStyleFile } from "./types";
import { FILE_PLACE, PACK_PLACE, validateHouseStyle, type HouseStyleResult } from "./validate";

/** Parses and validates the text of a house-style file. Never throws. */
export function parseHouseStyle(text: string): HouseStyleResult {
  // Notepad saves UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, errors: [{ path: "", message: HOUSE_MSG.empty }] };
  if (body.length > HOUSE_STYLE_LIMITS.fileChars) {
    return { ok: false, errors: [{ path: "", message: HOUSE_MSG.tooLarge(body.length, HOUSE_STYLE_LIMITS.fileChars) }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const offset = parseErrorOffset(error instanceof Error ? error.message : String(error), body);
    const where = offset === undefined ? "" : (({ line, column }) => `第${line}行第${column}列附近`)(lineColumn(body, offset));
    return { ok: false, errors: [{ path: "", message: HOUSE_MSG.badJson(where) }] };
  }
  return validateHouseStyle(value, FILE_PLACE);
}

/** The file's text: header first, pretty-printed so that IT staff can read and edit it. */
export function serializeHouseStyle(style: HouseStyle): string {
  const file: HouseStyleFile = { format: HOUSE_STYLE_FORMAT, version: HOUSE_STYLE_VERSION, ...style };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file that holds a house style: a 规范.json, or a team pack carrying one (what the pane exports), so that IT staff
 * can give the CLI the very file the writers import.
 */
export function parseHouseStyleSource(text: string): HouseStyleResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/"format"\s*:\s*"gongwen-pack"/.test(body.slice(0, 2000))) return parseHouseStyle(text);
  const pack = parsePack(text);
  if (!pack.ok) return pack;
  if (pack.value.houseStyle === undefined) return { ok: false, errors: [{ path: "houseStyle", message: HOUSE_MSG.packWithout }] };
  return validateHouseStyle(pack.value.houseStyle, PACK_PLACE);
}
