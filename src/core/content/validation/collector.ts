/** Shared by the content validators: the error collector and where an entry is, for messages in Chinese. */
import { LIMITS } from "../limits";
import type { ContentError } from "../types";

export type Json = Record<string, unknown>;

/** Collects errors up to LIMITS.errors; the overflow is counted and summarised in one last message. */
export class Collector {
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
export interface Place {
  readonly label: string;
  readonly path: string;
}

const ENTRY_NOUN: Record<"phrases" | "sections" | "skeletons", string> = {
  phrases: "条常用语",
  sections: "个段落模板",
  skeletons: "个文档框架",
};

export function entryPlace(list: "phrases" | "sections" | "skeletons", index: number): Place {
  return { label: `第${index + 1}${ENTRY_NOUN[list]}`, path: `${list}[${index}]` };
}

export function at(place: Place): string {
  return place.path === "" ? place.label : `${place.label}（${place.path}）`;
}

export function describe(value: unknown): string {
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

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkUnknownFields(c: Collector, place: Place, obj: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      c.add(place.path, `${at(place)}含有未知字段“${key}”，允许的字段为 ${allowed.join("、")}`);
    }
  }
}
