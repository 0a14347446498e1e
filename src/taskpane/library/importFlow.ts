/**
 * Import of a pack typed, pasted or read from a file: the WHOLE pack is validated first; on any problem the library
 * is returned untouched with every problem listed; on success the merge report is put into sentences.
 */
import { importPack, parsePack } from "../../core/content";
import type { ContentError, EntryKind, ImportReport, UserLibrary } from "../../core/content";
import { LIB_UI } from "./strings";

export type ImportOutcome =
  | { readonly ok: false; readonly errors: readonly ContentError[] }
  | { readonly ok: true; readonly library: UserLibrary; readonly report: ImportReport; readonly lines: readonly string[] };

export function runImport(
  library: UserLibrary,
  text: string,
  builtInIds: Readonly<Record<EntryKind, ReadonlySet<string>>>,
): ImportOutcome {
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { library: next, report } = importPack(library, parsed.value, { builtInIds });
  return { ok: true, library: next, report, lines: describeImport(report) };
}

/** "已导入 3 条。" plus one line per renamed id. */
export function describeImport(report: ImportReport): string[] {
  if (report.added === 0 && report.replaced === 0) return [LIB_UI.pack.nothingNew];
  return [
    LIB_UI.pack.imported(report.added + report.replaced, report.unchanged),
    ...report.renamed.map((r) => LIB_UI.pack.renamed(r.from, r.to)),
  ];
}

/** One line per problem, as shown in the MessageBar: the message already says where (第3条常用语（phrases[2]）…). */
export function describeErrors(errors: readonly ContentError[]): string[] {
  return errors.map((e) => (e.path !== "" && !e.message.includes(e.path) ? `${e.message}（${e.path}）` : e.message));
}
