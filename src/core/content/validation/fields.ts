/** Field readers of the content validators: text fields with their limits, ids and tags. */
import { ID_PATTERN, LIMITS } from "../limits";
import type { ContentProblem } from "../types";
import { Collector, describe, fieldLabel, fieldPath, type Json, type Place } from "./collector";
import { findInvisible } from "./invisible";

export interface TextRule {
  readonly required: boolean;
  readonly max: number;
  /** A paragraph or a phrase is one line; a line break would split it into two paragraphs in Word. */
  readonly singleLine: boolean;
}

function problemAt(place: Place, problem: Omit<ContentProblem, "block">): ContentProblem {
  return place.block === undefined ? problem : { ...problem, block: place.block };
}

/** Reads a string field; returns undefined (after reporting) when it is missing or wrong. */
export function readText(c: Collector, place: Place, obj: Json, field: string, rule: TextRule): string | undefined {
  const value = obj[field];
  const path = fieldPath(place, field);
  const label = fieldLabel(field);
  if (value === undefined) {
    if (rule.required) c.add(path, `${place.label}缺少${label}。`, problemAt(place, { kind: "missing", field }));
    return undefined;
  }
  if (typeof value !== "string") {
    c.add(path, `${place.label}的${label}应为文字，实际为${describe(value)}。`, problemAt(place, { kind: "notText", field }));
    return undefined;
  }
  if (value.trim() === "") {
    c.add(path, `${place.label}的${label}是空的。`, problemAt(place, { kind: "empty", field }));
    return undefined;
  }
  let ok = true;
  if (value.length > rule.max) {
    c.add(
      path,
      `${place.label}的${label}过长（${value.length}字），最多${rule.max}字。`,
      problemAt(place, { kind: "tooLong", field, max: rule.max }),
    );
    ok = false;
  }
  if (rule.singleLine && /[\r\n\u2028\u2029]/.test(value)) {
    c.add(
      path,
      `${place.label}的${label}不能换行，每段文字应单独作为一项。`,
      problemAt(place, { kind: "multiline", field }),
    );
    ok = false;
  }
  const invisible = findInvisible(value);
  if (invisible) {
    // Which entry, which field, which character and where: the writer cannot see it to find it.
    c.add(
      path,
      `${place.label}的${label}含有不可见的控制字符（${invisible.code}，第${invisible.index + 1}个字，${invisible.note}），请删除。`,
      problemAt(place, { kind: "control", field, char: invisible.code, at: invisible.index }),
    );
    ok = false;
  }
  return ok ? value : undefined;
}

export function readId(c: Collector, place: Place, obj: Json): string | undefined {
  const id = readText(c, place, obj, "id", { required: true, max: Number.MAX_SAFE_INTEGER, singleLine: false });
  if (id === undefined) return undefined;
  if (id.length > LIMITS.idChars || !ID_PATTERN.test(id)) {
    c.add(
      fieldPath(place, "id"),
      `${place.label}的编号“${id}”无效：只能由英文字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过${LIMITS.idChars}个字符。`,
      { kind: "invalid", field: "id" },
    );
    return undefined;
  }
  return id;
}

export function readTags(c: Collector, place: Place, obj: Json): readonly string[] | undefined {
  const value = obj.tags;
  if (value === undefined) return undefined;
  const path = fieldPath(place, "tags");
  if (!Array.isArray(value)) {
    c.add(path, `${place.label}的标签应为列表，实际为${describe(value)}。`, { kind: "notText", field: "tags" });
    return undefined;
  }
  if (value.length > LIMITS.tags) {
    c.add(path, `${place.label}的标签过多（${value.length}个），最多${LIMITS.tags}个。`, {
      kind: "tooMany",
      field: "tags",
      max: LIMITS.tags,
    });
  }
  const tags: string[] = [];
  value.forEach((tag: unknown, i) => {
    const label = `${place.label}的第${i + 1}个标签`;
    const tagPath = `${path}[${i}]`;
    if (typeof tag !== "string") {
      c.add(tagPath, `${label}应为文字，实际为${describe(tag)}。`, { kind: "notText", field: "tags" });
    } else if (tag.trim() === "") {
      c.add(tagPath, `${label}是空的。`, { kind: "empty", field: "tags" });
    } else if (tag.length > LIMITS.tagChars) {
      c.add(tagPath, `${label}过长（${tag.length}字），最多${LIMITS.tagChars}字。`, {
        kind: "tooLong",
        field: "tags",
        max: LIMITS.tagChars,
      });
    } else {
      const invisible = findInvisible(tag);
      if (invisible) c.add(tagPath, `${label}含有不可见的控制字符（${invisible.code}），请删除。`, { kind: "control", field: "tags", char: invisible.code });
      else tags.push(tag);
    }
  });
  return tags;
}
