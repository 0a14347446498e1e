/**
 * Validates built-in content and user-imported packs. Every problem is reported at once, in Chinese, with where it
 * is, so a writer can fix a pack in one pass; on any error the caller changes nothing.
 */
import { ID_PATTERN, LIMITS } from "./limits";
import {
  BLOCK_ROLES,
  PHRASE_CATEGORIES,
  SKELETON_KINDS,
  type ContentBlock,
  type ContentBlockRole,
  type ContentError,
  type ContentPack,
  type ContentSet,
  type Phrase,
  type PhraseCategory,
  type SectionTemplate,
  type Skeleton,
  type SkeletonKind,
  type ValidationResult,
} from "./types";

export const PACK_FORMAT = "gongwen-pack";
export const PACK_VERSION = 1;

type Json = Record<string, unknown>;

/** Collects errors up to LIMITS.errors; the overflow is counted and summarised in one last message. */
class Collector {
  readonly errors: ContentError[] = [];
  private overflow = 0;

  add(path: string, message: string): void {
    if (this.errors.length < LIMITS.errors) this.errors.push({ path, message });
    else this.overflow += 1;
  }

  result(): ContentError[] {
    if (this.overflow === 0) return this.errors;
    return [...this.errors, { path: "", message: `另有${this.overflow}处问题未列出，请先修改以上问题后再导入` }];
  }
}

/** Where an entry is, for messages: "第3条常用语（phrases[2]）". */
interface Place {
  readonly label: string;
  readonly path: string;
}

const ENTRY_NOUN: Record<"phrases" | "sections" | "skeletons", string> = {
  phrases: "条常用语",
  sections: "个段落模板",
  skeletons: "个文档框架",
};

function entryPlace(list: "phrases" | "sections" | "skeletons", index: number): Place {
  return { label: `第${index + 1}${ENTRY_NOUN[list]}`, path: `${list}[${index}]` };
}

function at(place: Place): string {
  return place.path === "" ? place.label : `${place.label}（${place.path}）`;
}

function describe(value: unknown): string {
  if (value === null) return "空值（null）";
  if (Array.isArray(value)) return "列表";
  switch (typeof value) {
    case "string":
      return "文字";
    case "number":
      return "数字";
    case "boolean":
      return "布尔值（true/false）";
    case "object":
      return "对象";
    default:
      return typeof value;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkUnknownFields(c: Collector, place: Place, obj: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      c.add(place.path, `${at(place)}含有未知字段“${key}”，允许的字段为 ${allowed.join("、")}`);
    }
  }
}

interface TextRule {
  readonly required: boolean;
  readonly max: number;
  /** A paragraph or a phrase is one line; a line break would split it into two paragraphs in Word. */
  readonly singleLine: boolean;
}

/** Reads a string field; returns undefined (after reporting) when it is missing or wrong. */
function readText(c: Collector, place: Place, obj: Json, field: string, rule: TextRule): string | undefined {
  const value = obj[field];
  if (value === undefined) {
    if (rule.required) c.add(place.path, `${at(place)}缺少“${field}”字段`);
    return undefined;
  }
  if (typeof value !== "string") {
    c.add(place.path, `${at(place)}的“${field}”应为文字，实际为${describe(value)}`);
    return undefined;
  }
  if (value.trim() === "") {
    c.add(place.path, `${at(place)}的“${field}”不能为空`);
    return undefined;
  }
  let ok = true;
  if (value.length > rule.max) {
    c.add(place.path, `${at(place)}的“${field}”过长（${value.length}字），最多${rule.max}字`);
    ok = false;
  }
  if (rule.singleLine && /[\r\n\u2028\u2029]/.test(value)) {
    c.add(place.path, `${at(place)}的“${field}”不能包含换行，每段文字应单独作为一项`);
    ok = false;
  }
  return ok ? value : undefined;
}

function readId(c: Collector, place: Place, obj: Json): string | undefined {
  const id = readText(c, place, obj, "id", { required: true, max: Number.MAX_SAFE_INTEGER, singleLine: false });
  if (id === undefined) return undefined;
  if (id.length > LIMITS.idChars || !ID_PATTERN.test(id)) {
    c.add(
      place.path,
      `${at(place)}的“id”取值“${id}”无效，只能由字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过${LIMITS.idChars}个字符`,
    );
    return undefined;
  }
  return id;
}

function readTags(c: Collector, place: Place, obj: Json): readonly string[] | undefined {
  const value = obj.tags;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    c.add(place.path, `${at(place)}的“tags”应为列表，实际为${describe(value)}`);
    return undefined;
  }
  if (value.length > LIMITS.tags) {
    c.add(place.path, `${at(place)}的标签过多（${value.length}个），最多${LIMITS.tags}个`);
  }
  const tags: string[] = [];
  value.forEach((tag: unknown, i) => {
    const tagPlace = { label: `${place.label}的第${i + 1}个标签`, path: `${place.path}.tags[${i}]` };
    if (typeof tag !== "string") {
      c.add(tagPlace.path, `${at(tagPlace)}应为文字，实际为${describe(tag)}`);
    } else if (tag.trim() === "") {
      c.add(tagPlace.path, `${at(tagPlace)}不能为空`);
    } else if (tag.length > LIMITS.tagChars) {
      c.add(tagPlace.path, `${at(tagPlace)}过长（${tag.length}字），最多${LIMITS.tagChars}字`);
    } else {
      tags.push(tag);
    }
  });
  return tags;
}

const ROLE_LIST = BLOCK_ROLES.join("、");
const SECTION_ROLES: readonly ContentBlockRole[] = ["heading1", "heading2", "heading3", "heading4", "body"];
const CATEGORY_LIST = PHRASE_CATEGORIES.map((c) => `${c.id}（${c.label}）`).join("、");

/** Accepts the category id or its Chinese label, so a hand-written pack may say "开头语". */
function normalizeCategory(value: string): PhraseCategory | undefined {
  const found = PHRASE_CATEGORIES.find((c) => c.id === value || c.label === value);
  return found?.id;
}

function validatePhrase(c: Collector, raw: unknown, index: number): Phrase | undefined {
  const place = entryPlace("phrases", index);
  if (!isObject(raw)) {
    c.add(place.path, `${at(place)}应为对象（以 { 开头），实际为${describe(raw)}`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["id", "category", "text", "tags", "copiedFrom"]);
  const id = readId(c, place, raw);
  const categoryText = readText(c, place, raw, "category", { required: true, max: 40, singleLine: true });
  let category: PhraseCategory | undefined;
  if (categoryText !== undefined) {
    category = normalizeCategory(categoryText);
    if (category === undefined) {
      c.add(place.path, `${at(place)}的“category”取值“${categoryText}”无效，应为 ${CATEGORY_LIST} 之一`);
    }
  }
  const text = readText(c, place, raw, "text", { required: true, max: LIMITS.phraseChars, singleLine: true });
  const tags = readTags(c, place, raw);
  const copiedFrom = readText(c, place, raw, "copiedFrom", { required: false, max: LIMITS.idChars, singleLine: true });
  if (id === undefined || category === undefined || text === undefined) return undefined;
  return {
    id,
    category,
    text,
    ...(tags !== undefined ? { tags } : {}),
    ...(copiedFrom !== undefined ? { copiedFrom } : {}),
  };
}

function validateBlocks(
  c: Collector,
  place: Place,
  raw: Json,
  allowed: readonly ContentBlockRole[],
): ContentBlock[] | undefined {
  const value = raw.blocks;
  if (value === undefined) {
    c.add(place.path, `${at(place)}缺少“blocks”字段`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    c.add(place.path, `${at(place)}的“blocks”应为列表，实际为${describe(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    c.add(place.path, `${at(place)}的“blocks”不能为空，至少应有一段`);
    return undefined;
  }
  if (value.length > LIMITS.blocks) {
    c.add(place.path, `${at(place)}的段落过多（${value.length}段），最多${LIMITS.blocks}段`);
  }
  const blocks: ContentBlock[] = [];
  let ok = true;
  value.forEach((item: unknown, j) => {
    const blockPlace = { label: `${place.label}第${j + 1}段`, path: `${place.path}.blocks[${j}]` };
    const block = validateBlock(c, blockPlace, item, allowed);
    if (block === undefined) ok = false;
    else blocks.push(block);
  });
  return ok ? blocks : undefined;
}

function validateBlock(
  c: Collector,
  place: Place,
  raw: unknown,
  allowed: readonly ContentBlockRole[],
): ContentBlock | undefined {
  if (!isObject(raw)) {
    c.add(place.path, `${at(place)}应为对象（以 { 开头），实际为${describe(raw)}`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["role", "text"]);
  const roleText = readText(c, place, raw, "role", { required: true, max: 40, singleLine: true });
  let role: ContentBlockRole | undefined;
  if (roleText !== undefined) {
    const known = BLOCK_ROLES.find((r) => r === roleText);
    if (known === undefined) {
      c.add(place.path, `${at(place)}的“role”取值“${roleText}”无效，应为 ${ROLE_LIST} 之一`);
    } else if (!allowed.includes(known)) {
      c.add(place.path, `${at(place)}的“role”不能为“${known}”，此处只能用 ${allowed.join("、")}`);
    } else {
      role = known;
    }
  }
  const text = readText(c, place, raw, "text", { required: true, max: LIMITS.blockChars, singleLine: true });
  if (role === undefined || text === undefined) return undefined;
  return { role, text };
}

const TITLE_RULE: TextRule = { required: true, max: LIMITS.titleChars, singleLine: true };
const DESCRIPTION_RULE: TextRule = { required: false, max: LIMITS.descriptionChars, singleLine: true };
const COPIED_RULE: TextRule = { required: false, max: LIMITS.idChars, singleLine: true };

function validateSection(c: Collector, raw: unknown, index: number): SectionTemplate | undefined {
  const place = entryPlace("sections", index);
  if (!isObject(raw)) {
    c.add(place.path, `${at(place)}应为对象（以 { 开头），实际为${describe(raw)}`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["id", "title", "description", "tags", "blocks", "copiedFrom"]);
  const id = readId(c, place, raw);
  const title = readText(c, place, raw, "title", TITLE_RULE);
  const description = readText(c, place, raw, "description", DESCRIPTION_RULE);
  const tags = readTags(c, place, raw);
  const blocks = validateBlocks(c, place, raw, SECTION_ROLES);
  const copiedFrom = readText(c, place, raw, "copiedFrom", COPIED_RULE);
  if (id === undefined || title === undefined || blocks === undefined) return undefined;
  return {
    id,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(tags !== undefined ? { tags } : {}),
    blocks,
    ...(copiedFrom !== undefined ? { copiedFrom } : {}),
  };
}

function validateSkeleton(c: Collector, raw: unknown, index: number): Skeleton | undefined {
  const place = entryPlace("skeletons", index);
  if (!isObject(raw)) {
    c.add(place.path, `${at(place)}应为对象（以 { 开头），实际为${describe(raw)}`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["id", "title", "kind", "description", "tags", "blocks", "copiedFrom"]);
  const id = readId(c, place, raw);
  const title = readText(c, place, raw, "title", TITLE_RULE);
  const kindText = readText(c, place, raw, "kind", { required: false, max: 40, singleLine: true });
  // An own skeleton need not say what kind it is.
  let kind: SkeletonKind | undefined = "other";
  if (kindText !== undefined) {
    kind = SKELETON_KINDS.find((k) => k === kindText);
    if (kind === undefined) {
      c.add(place.path, `${at(place)}的“kind”取值“${kindText}”无效，应为 ${SKELETON_KINDS.join("、")} 之一`);
    }
  }
  const description = readText(c, place, raw, "description", DESCRIPTION_RULE);
  const tags = readTags(c, place, raw);
  const blocks = validateBlocks(c, place, raw, BLOCK_ROLES);
  const copiedFrom = readText(c, place, raw, "copiedFrom", COPIED_RULE);
  if (id === undefined || title === undefined || kind === undefined || blocks === undefined) return undefined;
  return {
    id,
    title,
    kind,
    ...(description !== undefined ? { description } : {}),
    ...(tags !== undefined ? { tags } : {}),
    blocks,
    ...(copiedFrom !== undefined ? { copiedFrom } : {}),
  };
}

type ListName = "phrases" | "sections" | "skeletons";

const LIST_LIMIT: Record<ListName, number> = {
  phrases: LIMITS.phrases,
  sections: LIMITS.sections,
  skeletons: LIMITS.skeletons,
};

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
    if (required) c.add("", `素材包缺少“${name}”字段（${LIST_NOUN[name]}列表），没有时可写 "${name}": []`);
    return [];
  }
  if (!Array.isArray(value)) {
    c.add(name, `素材包的“${name}”应为列表（以 [ 开头），实际为${describe(value)}`);
    return [];
  }
  if (value.length > LIST_LIMIT[name]) {
    c.add(name, `素材包的${LIST_NOUN[name]}过多（${value.length}个），最多${LIST_LIMIT[name]}个`);
  }
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
      c.add(place.path, `${at(place)}的“id”取值“${raw.id}”与${at(entryPlace(name, first))}重复`);
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
    c.add("", `内容应为对象，实际为${describe(value)}`);
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
    c.add("", `素材包应为一个对象（以 { 开头），实际为${describe(value)}`);
    return { ok: false, errors: c.result() };
  }
  const top: Place = { label: "素材包", path: "" };
  checkUnknownFields(c, top, value, ["format", "version", "name", "phrases", "sections", "skeletons"]);
  if (value.format === undefined) {
    c.add("format", `素材包缺少“format”字段，应为 "${PACK_FORMAT}"`);
  } else if (value.format !== PACK_FORMAT) {
    c.add("format", `“format”取值${JSON.stringify(value.format)}无效，应为 "${PACK_FORMAT}"，此文件可能不是公文写作助手的素材包`);
  }
  if (value.version === undefined) {
    c.add("version", `素材包缺少“version”字段，应为 ${PACK_VERSION}`);
  } else if (value.version !== PACK_VERSION) {
    c.add("version", `不支持的素材包版本${JSON.stringify(value.version)}，本程序只能导入版本 ${PACK_VERSION}`);
  }
  const name = readText(c, top, value, "name", { required: false, max: LIMITS.titleChars, singleLine: true });
  const set = validateSetFields(c, value, true);
  const errors = c.result();
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { format: PACK_FORMAT, version: PACK_VERSION, ...(name !== undefined ? { name } : {}), ...set },
  };
}

/** Line and column (1-based) of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where JSON.parse stopped, from its message (V8 says "at position N"; an early end has no position). */
function parseErrorOffset(message: string, text: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  if (/end of (JSON )?input|Unterminated/i.test(message)) return text.length;
  return undefined;
}

/** Parses and validates the text of a pack file. Never throws. */
export function parsePack(text: string): ValidationResult<ContentPack> {
  // Windows editors (Notepad) save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return { ok: false, errors: [{ path: "", message: "文件内容为空，请选择公文写作助手导出的素材包文件（.json）" }] };
  }
  if (body.length > LIMITS.packChars) {
    const size = Math.ceil(body.length / 10000);
    return { ok: false, errors: [{ path: "", message: `文件过大（约${size}万字），素材包最多${LIMITS.packChars / 10000}万字` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = parseErrorOffset(message, body);
    const where =
      offset === undefined
        ? ""
        : (() => {
            const { line, column } = lineColumn(body, offset);
            return `第${line}行第${column}列附近`;
          })();
    return {
      ok: false,
      errors: [
        {
          path: "",
          message: `文件不是有效的 JSON 格式：${where}有语法错误。请检查是否缺少或多出逗号、括号，引号是否成对且为英文半角引号（"）`,
        },
      ],
    };
  }
  return validatePack(value);
}
