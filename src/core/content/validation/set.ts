/** Validates a whole set of entries: the built-in content, or a pack with its header. */
import { LIMITS } from "../limits";
import type { ContentPack, ContentSet, EntryKind, EntryRef, ValidationResult } from "../types";
import { checkUnknownFields, Collector, describe, entryPlace, isObject, type Json, type Place } from "./collector";
import { validatePhrase, validateSection, validateSkeleton } from "./entries";
import { readText } from "./fields";
import { PACK_PLACE, validateHouseStyle } from "../../houseStyle/validate";
import type { HouseStyle } from "../../houseStyle/types";

export const PACK_FORMAT = "gongwen-pack";
export const PACK_VERSION = 1;

type ListName = "phrases" | "sections" | "skeletons";

const LIST_NOUN: Record<ListName, string> = { phrases: "常用语", sections: "段落模板", skeletons: "文档框架" };

function readList<T>(
  c: Collector,
  obj: Json,
  name: ListName,
  required: boolean,
  validateItem: (c: Collector, raw: unknown, index: number) => T | undefined,
): T[] {
  const value = obj[name];
  if (value === undefined) {
    if (required) {
      c.add(name, `素材包中没有${LIST_NOUN[name]}列表，文件可能不完整，或不是公文写作助手导出的素材包。请重新导出后再导入。`);
    }
    return [];
  }
  if (!Array.isArray(value)) {
    c.add(name, `素材包中的${LIST_NOUN[name]}应为一个列表，实际为${describe(value)}。`);
    return [];
  }
  // No count limit here: the limits are the whole library's, checked after the merge (capacity.ts), so the message
  // can say how much room is left; the file's size (LIMITS.packChars) bounds the work done before that.
  const items: T[] = [];
  value.forEach((raw: unknown, i) => {
    const item = validateItem(c, raw, i);
    if (item !== undefined) items.push(item);
  });
  return items;
}

/** Ids must be unique within each kind; the message names the earlier entry with the same id. */
function checkDuplicateIds(c: Collector, obj: Json): void {
  for (const name of ["phrases", "sections", "skeletons"] as const) {
    const list = obj[name];
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((raw: unknown, i) => {
      if (!isObject(raw) || typeof raw.id !== "string") return;
      const first = seen.get(raw.id);
      if (first === undefined) {
        seen.set(raw.id, i);
        return;
      }
      const place = entryPlace(name, i);
      c.add(`${place.path}.id`, `${place.label}的编号“${raw.id}”与${entryPlace(name, first).label}重复。`, {
        kind: "duplicate",
        field: "id",
      });
    });
  }
}

function validateSetFields(c: Collector, obj: Json, required: boolean): ContentSet {
  const phrases = readList(c, obj, "phrases", required, validatePhrase);
  const sections = readList(c, obj, "sections", required, validateSection);
  const skeletons = readList(c, obj, "skeletons", false, validateSkeleton);
  checkDuplicateIds(c, obj);
  return { phrases, sections, skeletons };
}

/** Validates a set of entries with no pack header (the built-in content). */
export function validateContentSet(value: unknown): ValidationResult<ContentSet> {
  const c = new Collector();
  if (!isObject(value)) {
    c.add("", `内容应为一组用 { } 括起的内容，实际为${describe(value)}。`);
    return { ok: false, errors: c.result() };
  }
  checkUnknownFields(c, { label: "内容", path: "" }, value, ["phrases", "sections", "skeletons"]);
  const set = validateSetFields(c, value, false);
  const errors = c.result();
  return errors.length === 0 ? { ok: true, value: set } : { ok: false, errors };
}

/** Validates an already parsed pack (`{ "format": "gongwen-pack", "version": 1, ... }`). */
export function validatePack(value: unknown): ValidationResult<ContentPack> {
  const c = new Collector();
  if (!isObject(value)) {
    c.add("", `这不是公文写作助手的素材包：内容应为一组用 { } 括起的内容，实际为${describe(value)}。`);
    return { ok: false, errors: c.result() };
  }
  const top: Place = { label: "素材包", path: "" };
  checkUnknownFields(c, top, value, ["format", "version", "name", "phrases", "sections", "skeletons", "houseStyle", "favourites"]);
  if (value.format === undefined) {
    c.add("format", `素材包缺少格式标识（"format": "${PACK_FORMAT}"），此文件可能不是公文写作助手的素材包。`);
  } else if (value.format !== PACK_FORMAT) {
    c.add("format", `格式标识${JSON.stringify(value.format)}不对，应为 "${PACK_FORMAT}"，此文件可能不是公文写作助手的素材包。`);
  }
  if (value.version === undefined) {
    c.add("version", `素材包缺少版本号（"version": ${PACK_VERSION}）。`);
  } else if (value.version !== PACK_VERSION) {
    c.add("version", `不支持的素材包版本${JSON.stringify(value.version)}，本程序只能导入版本 ${PACK_VERSION}。`);
  }
  const name = readText(c, top, value, "name", { required: false, max: LIMITS.titleChars, singleLine: true });
  const set = validateSetFields(c, value, true);
  const houseStyle = readHouseStyle(c, value.houseStyle);
  const favourites = readFavourites(c, value.favourites);
  const errors = c.result();
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      ...(name !== undefined ? { name } : {}),
      ...set,
      ...(houseStyle !== undefined ? { houseStyle } : {}),
      ...(favourites !== undefined ? { favourites } : {}),
    },
  };
}

const ENTRY_KINDS: readonly EntryKind[] = ["phrase", "section", "skeleton"];

/** A pack's favourites: `[{ "kind": "phrase", "id": "opening-001" }, …]`, each pointing at an entry by kind and id. */
function readFavourites(c: Collector, value: unknown): EntryRef[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    c.add("favourites", `素材包的收藏（favourites）应为列表，实际为${describe(value)}。`);
    return undefined;
  }
  const refs: EntryRef[] = [];
  value.forEach((item: unknown, i) => {
    const path = `favourites[${i}]`;
    const ok =
      isObject(item) && typeof item.kind === "string" && ENTRY_KINDS.includes(item.kind as EntryKind) && typeof item.id === "string" && item.id.trim() !== "" && item.id.length <= LIMITS.idChars;
    if (!ok || !isObject(item)) {
      c.add(path, `素材包的第${i + 1}条收藏格式不对：应为 { "kind": "phrase"、"section" 或 "skeleton", "id": 编号 }。`);
      return;
    }
    refs.push({ kind: item.kind as EntryKind, id: item.id as string });
  });
  return refs;
}

/** A pack's house style, validated as a 规范.json is (its notes on unknown rules are the importer's to show). */
function readHouseStyle(c: Collector, value: unknown): HouseStyle | undefined {
  if (value === undefined) return undefined;
  const result = validateHouseStyle(value, PACK_PLACE);
  if (result.ok) return result.value;
  for (const error of result.errors) c.add(error.path, error.message);
  return undefined;
}
