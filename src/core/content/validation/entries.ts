/** Validators of single entries: phrases, section templates, skeletons and their blocks. */
import { LIMITS } from "../limits";
import {
  BLOCK_ROLES,
  PHRASE_CATEGORIES,
  PHRASE_ROLES,
  SKELETON_KINDS,
  type ContentBlock,
  type ContentBlockRole,
  type Phrase,
  type PhraseCategory,
  type PhraseRole,
  type SectionTemplate,
  type Skeleton,
  type SkeletonKind,
} from "../types";
import { checkUnknownFields, Collector, describe, entryPlace, fieldPath, isObject, type Json, type Place } from "./collector";
import { readId, readTags, readText, type TextRule } from "./fields";

const ROLE_LABEL: Record<ContentBlockRole, string> = {
  title: "标题",
  recipient: "主送机关",
  heading1: "一级标题",
  heading2: "二级标题",
  heading3: "三级标题",
  heading4: "四级标题",
  body: "正文",
  signature: "落款",
  date: "成文日期",
};
/** A role must be written as its id in a pack, so the list names both. */
const roleList = (roles: readonly ContentBlockRole[]): string => roles.map((r) => `${r}（${ROLE_LABEL[r]}）`).join("、");
const SECTION_ROLES: readonly ContentBlockRole[] = ["heading1", "heading2", "heading3", "heading4", "body"];
/** A pack may name a category by its Chinese label, so writers only ever see the labels. */
const CATEGORY_LIST = PHRASE_CATEGORIES.map((c) => c.label).join("、");

/** Accepts the category id or its Chinese label, so a hand-written pack may say "开头语". */
function normalizeCategory(value: string): PhraseCategory | undefined {
  const found = PHRASE_CATEGORIES.find((c) => c.id === value || c.label === value);
  return found?.id;
}

export function validatePhrase(c: Collector, raw: unknown, index: number): Phrase | undefined {
  const place = entryPlace("phrases", index);
  if (!isObject(raw)) {
    c.add(place.path, `${place.label}的格式不对：应为一组用 { } 括起的内容，实际为${describe(raw)}。`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["id", "category", "text", "role", "tags", "copiedFrom"]);
  const id = readId(c, place, raw);
  const categoryText = readText(c, place, raw, "category", { required: true, max: 40, singleLine: true });
  let category: PhraseCategory | undefined;
  if (categoryText !== undefined) {
    category = normalizeCategory(categoryText);
    if (category === undefined) {
      c.add(fieldPath(place, "category"), `${place.label}的类别“${categoryText}”无法识别，应为：${CATEGORY_LIST}之一。`, {
        kind: "invalid",
        field: "category",
      });
    }
  }
  const text = readText(c, place, raw, "text", { required: true, max: LIMITS.phraseChars, singleLine: true });
  const role = readPhraseRole(c, place, raw);
  const tags = readTags(c, place, raw);
  const copiedFrom = readText(c, place, raw, "copiedFrom", { required: false, max: LIMITS.idChars, singleLine: true });
  if (id === undefined || category === undefined || text === undefined || role === null) return undefined;
  return {
    id,
    category,
    text,
    ...(role !== undefined ? { role } : {}),
    ...(tags !== undefined ? { tags } : {}),
    ...(copiedFrom !== undefined ? { copiedFrom } : {}),
  };
}

/** A phrase's optional role, as its id or its Chinese label; null when it is given but not one of them. */
function readPhraseRole(c: Collector, place: Place, raw: Json): PhraseRole | undefined | null {
  const value = readText(c, place, raw, "role", { required: false, max: 40, singleLine: true });
  if (value === undefined) return undefined;
  const found = PHRASE_ROLES.find((r) => r.id === value || r.label === value);
  if (found) return found.id;
  const list = PHRASE_ROLES.map((r) => `${r.id}（${r.label}）`).join("、");
  c.add(fieldPath(place, "role"), `${place.label}的插入方式“${value}”无法识别，应为：${list}之一，或不写（插入到光标所在段落中）。`, {
    kind: "invalid",
    field: "role",
  });
  return null;
}

function validateBlocks(
  c: Collector,
  place: Place,
  raw: Json,
  allowed: readonly ContentBlockRole[],
): ContentBlock[] | undefined {
  const value = raw.blocks;
  if (value === undefined) {
    c.add(fieldPath(place, "blocks"), `${place.label}缺少段落。`, { kind: "missing", field: "blocks" });
    return undefined;
  }
  if (!Array.isArray(value)) {
    c.add(fieldPath(place, "blocks"), `${place.label}的段落应为列表，实际为${describe(value)}。`, {
      kind: "notText",
      field: "blocks",
    });
    return undefined;
  }
  if (value.length === 0) {
    c.add(fieldPath(place, "blocks"), `${place.label}没有段落，至少应有一段。`, { kind: "empty", field: "blocks" });
    return undefined;
  }
  if (value.length > LIMITS.blocks) {
    c.add(fieldPath(place, "blocks"), `${place.label}的段落过多（${value.length}段），最多${LIMITS.blocks}段。`, {
      kind: "tooMany",
      field: "blocks",
      max: LIMITS.blocks,
    });
  }
  const blocks: ContentBlock[] = [];
  let ok = true;
  value.forEach((item: unknown, j) => {
    const blockPlace: Place = { label: `${place.label}第${j + 1}段`, path: `${place.path}.blocks[${j}]`, block: j };
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
    c.add(place.path, `${place.label}的格式不对：应为一组用 { } 括起的内容，实际为${describe(raw)}。`);
    return undefined;
  }
  checkUnknownFields(c, place, raw, ["role", "text"]);
  const roleText = readText(c, place, raw, "role", { required: true, max: 40, singleLine: true });
  let role: ContentBlockRole | undefined;
  if (roleText !== undefined) {
    const known = BLOCK_ROLES.find((r) => r === roleText);
    if (known === undefined) {
      c.add(fieldPath(place, "role"), `${place.label}的段落类型“${roleText}”无法识别，应为：${roleList(BLOCK_ROLES)}之一。`, {
        kind: "invalid",
        field: "role",
      });
    } else if (!allowed.includes(known)) {
      c.add(
        fieldPath(place, "role"),
        `${place.label}不能是${ROLE_LABEL[known]}（${known}），段落模板中只能用：${roleList(allowed)}。`,
        { kind: "invalid", field: "role" },
      );
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
    c.add(place.path, `${place.label}的格式不对：应为一组用 { } 括起的内容，实际为${describe(raw)}。`);
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
    c.add(place.path, `${place.label}的格式不对：应为一组用 { } 括起的内容，实际为${describe(raw)}。`);
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
      c.add(fieldPath(place, "kind"), `${place.label}的文档类型“${kindText}”无法识别，应为：${SKELETON_KINDS.join("、")}之一。`, {
        kind: "invalid",
        field: "kind",
      });
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
