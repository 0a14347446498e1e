/** Validators of single entries: phrases, section templates, skeletons and their blocks. */
import { LIMITS } from "../limits";
import {
  BLOCK_ROLES,
  PHRASE_CATEGORIES,
  SKELETON_KINDS,
  type ContentBlock,
  type ContentBlockRole,
  type Phrase,
  type PhraseCategory,
  type SectionTemplate,
  type Skeleton,
  type SkeletonKind,
} from "../types";
import { at, checkUnknownFields, Collector, describe, entryPlace, isObject, type Json, type Place } from "./collector";
import { readId, readTags, readText, type TextRule } from "./fields";

const ROLE_LIST = BLOCK_ROLES.join("、");
const SECTION_ROLES: readonly ContentBlockRole[] = ["heading1", "heading2", "heading3", "heading4", "body"];
const CATEGORY_LIST = PHRASE_CATEGORIES.map((c) => `${c.id}（${c.label}）`).join("、");

/** Accepts the category id or its Chinese label, so a hand-written pack may say "开头语". */
function normalizeCategory(value: string): PhraseCategory | undefined {
  const found = PHRASE_CATEGORIES.find((c) => c.id === value || c.label === value);
  return found?.id;
}

export function validatePhrase(c: Collector, raw: unknown, index: number): Phrase | undefined {
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

export function validateSection(c: Collector, raw: unknown, index: number): SectionTemplate | undefined {
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

export function validateSkeleton(c: Collector, raw: unknown, index: number): Skeleton | undefined {
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
