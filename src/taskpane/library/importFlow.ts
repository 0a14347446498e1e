/**
 * Import of a pack typed, pasted or read from a file: the WHOLE pack is validated first; on any problem the library
 * is returned untouched with every problem listed; on success the merge report is put into sentences.
 */
import { importPack, parsePack } from "../../core/content";
import type { ContentError, ImportReport, UserLibrary } from "../../core/content";
import type { BuiltIn } from "./libraryModel";
import { LIB_UI } from "./strings";

export type ImportOutcome =
  | { readonly ok: false; readonly errors: readonly ContentError[] }
  | { readonly ok: true; readonly library: UserLibrary; readonly report: ImportReport; readonly lines: readonly string[] };

export function runImport(
  library: UserLibrary,
  text: string,
  builtIn: BuiltIn,
): ImportOutcome {
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { library: next, report } = importPack(library, parsed.value, { builtInIds: builtIn.ids, builtIn: builtIn.content });
  return { ok: true, library: next, report, lines: describeImport(report) };
}

/**
 * "已导入 3 条常用语、1 个段落模板；2 条与已有内容相同，未重复添加。" Ids are internal: an id taken by another entry
 * is renamed without a word, since writers never see ids.
 */
export function describeImport(report: ImportReport): string[] {
  if (report.added === 0 && report.replaced === 0) return [LIB_UI.pack.nothingNew];
  return [LIB_UI.pack.imported(report.byKind, report.unchanged)];
}

/**
 * One line per problem of an imported pack: the message says where for the writer (第3条常用语的类别…); the JSON
 * path goes in parentheses at the end, for whoever fixes the file. Editor errors have no path and stay as they are.
 */
export function describeErrors(errors: readonly ContentError[]): string[] {
  return errors.map((e) => (e.path !== "" && !e.message.includes(e.path) ? `${e.message}（${e.path}）` : e.message));
}
