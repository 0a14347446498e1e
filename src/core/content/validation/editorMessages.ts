/**
 * The validator's problems worded for the own-library editors: the writer filled in a form, so "请填写常用语内容。"
 * rather than "第1条常用语的内容是空的。（phrases[0].text）". Imported packs keep the messages with where they are.
 */
import type { ContentError, EntryKind } from "../types";

const NOUN: Record<EntryKind, string> = { phrase: "常用语", section: "模板", skeleton: "框架" };

/** One plain sentence for one problem of an entry saved from an editor. */
export function editorMessage(kind: EntryKind, error: ContentError): string {
  const problem = error.problem;
  if (problem === undefined) return error.message;
  const noun = NOUN[kind];
  const max = problem.max ?? 0;
  if (problem.block !== undefined) {
    const where = `第${problem.block + 1}段`;
    if (problem.kind === "tooLong") return `${where}不能超过 ${max} 个字。`;
    if (problem.kind === "multiline") return `${where}不能换行。`;
    if (problem.kind === "control") return `${where}含有不可见的控制字符（${problem.char}，第${(problem.at ?? 0) + 1}个字），请删除。`;
    if (problem.kind === "missing" || problem.kind === "empty") return `请填写${where}的内容。`;
    return error.message;
  }
  if (problem.kind === "control") {
    const what = problem.field === "text" ? noun : `${noun}${problem.field === "title" ? "名称" : problem.field === "description" ? "说明" : "标签"}`;
    return `${what}含有不可见的控制字符（${problem.char}，第${(problem.at ?? 0) + 1}个字），请删除。`;
  }
  switch (`${problem.field}:${problem.kind}`) {
    case "text:missing":
    case "text:empty":
      return `请填写${noun}内容。`;
    case "text:tooLong":
      return `${noun}不能超过 ${max} 个字。`;
    case "text:multiline":
      return `${noun}只能是一段文字，不能换行。`;
    case "category:missing":
    case "category:empty":
    case "category:invalid":
      return "请选择分类。";
    case "title:missing":
    case "title:empty":
      return `请填写${noun}名称。`;
    case "title:tooLong":
      return `${noun}名称不能超过 ${max} 个字。`;
    case "title:multiline":
      return `${noun}名称不能换行。`;
    case "description:tooLong":
      return `说明不能超过 ${max} 个字。`;
    case "blocks:missing":
    case "blocks:empty":
      return kind === "section" ? "请至少填写一级标题或一段正文。" : "请至少填写一段内容。";
    case "blocks:tooMany":
      return `段落不能超过 ${max} 段。`;
    case "tags:tooMany":
      return `标签不能超过 ${max} 个。`;
    case "tags:tooLong":
      return `每个标签不能超过 ${max} 个字。`;
    default:
      return error.message;
  }
}

/** The editor's errors: plain sentences, no JSON path (the form has no "where"), each said once. */
export function editorErrors(kind: EntryKind, errors: readonly ContentError[]): ContentError[] {
  const messages = [...new Set(errors.map((e) => editorMessage(kind, e)))];
  return messages.map((message) => ({ path: "", message }));
}
