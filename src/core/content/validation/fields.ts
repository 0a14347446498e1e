/** Field readers of the content validators: text fields with their limits, ids and tags. */
import { ID_PATTERN, LIMITS } from "../limits";
import { at, Collector, describe, type Json, type Place } from "./collector";

export interface TextRule {
  readonly required: boolean;
  readonly max: number;
  /** A paragraph or a phrase is one line; a line break would split it into two paragraphs in Word. */
  readonly singleLine: boolean;
}

/** Reads a string field; returns undefined (after reporting) when it is missing or wrong. */
export function readText(c: Collector, place: Place, obj: Json, field: string, rule: TextRule): string | undefined {
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

export function readId(c: Collector, place: Place, obj: Json): string | undefined {
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

export function readTags(c: Collector, place: Place, obj: Json): readonly string[] | undefined {
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
