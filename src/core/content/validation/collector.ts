/** Shared by the content validators: the error collector and where an entry is, for messages in Chinese. */
import { LIMITS } from "../limits";
import type { ContentError, ContentProblem } from "../types";

export type Json = Record<string, unknown>;

/** Collects errors up to LIMITS.errors; the overflow is counted and summarised in one last message. */
export class Collector {
  readonly errors: ContentError[] = [];
  private overflow = 0;

  add(path: string, message: string, problem?: ContentProblem): void {
    if (this.errors.length < LIMITS.errors) this.errors.push({ path, message, ...(problem ? { problem } : {}) });
    else this.overflow += 1;
  }

  result(): ContentError[] {
    if (this.overflow === 0) return this.errors;
    return [...this.errors, { path: "", message: `另有${this.overflow}处问题未列出，请先修改以上问题后再导入。` }];
  }
}

/**
 * Where an entry is: `label` for the writer ("第3条常用语"), `path` for IT staff ("phrases[2]"); the path is not put
 * into the message: the import result shows it in parentheses at the end of the line.
 */
export interface Place {
  readonly label: string;
  readonly path: string;
  /** The 0-based paragraph of a template, for the own-library editors. */
  readonly block?: number;
}

const ENTRY_NOUN: Record<"phrases" | "sections" | "skeletons", string> = {
  phrases: "条常用语",
  sections: "个段落模板",
  skeletons: "个文档框架",
};

export function entryPlace(list: "phrases" | "sections" | "skeletons", index: number): Place {
  return { label: `第${index + 1}${ENTRY_NOUN[list]}`, path: `${list}[${index}]` };
}

/** The path of a field of a place: "phrases[2].text", or "name" at the top of a pack. */
export function fieldPath(place: Place, field: string): string {
  return place.path === "" ? field : `${place.path}.${field}`;
}

/** Field names as writers know them; the JSON key itself is in the path at the end of the line. */
const FIELD_LABEL: Record<string, string> = {
  id: "编号",
  category: "类别",
  text: "内容",
  tags: "标签",
  copiedFrom: "来源编号",
  title: "名称",
  description: "说明",
  blocks: "段落",
  role: "段落类型",
  kind: "文档类型",
  name: "名称",
};

export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? `“${field}”`;
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
      c.add(fieldPath(place, key), `${place.label}有无法识别的项目“${key}”，可用的项目为 ${allowed.join("、")}。`);
    }
  }
}
