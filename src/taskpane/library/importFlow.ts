/**
 * Import of a pack typed, pasted or read from a file: the WHOLE pack is validated first, then merged, then checked
 * against the library's limits; on any problem the library is returned untouched with every problem listed (all or
 * nothing, see LIB_UI.pack.noRoomTitle); on success the merge report is put into sentences.
 */
import { countLimit, countOf, decodePackBytes, importOverflowErrors, importPack, kindNoun, overflows, parsePack } from "../../core/content";
import type { ContentError, EntryKind, ImportReport, UserLibrary } from "../../core/content";
import type { HouseStyle } from "../../core/houseStyle";
import type { BuiltIn } from "./libraryModel";
import { LIB_UI } from "./strings";

export type ImportOutcome =
  | { readonly ok: false; readonly title: string; readonly errors: readonly ContentError[] }
  | {
      readonly ok: true;
      readonly library: UserLibrary;
      readonly report: ImportReport;
      readonly lines: readonly string[];
      /** The team's house style the pack carries (本单位规范): the pane takes it over as the writer's own. */
      readonly houseStyle?: HouseStyle;
    };

export function runImport(library: UserLibrary, text: string, builtIn: BuiltIn): ImportOutcome {
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, title: LIB_UI.pack.importFailedTitle(parsed.errors.length), errors: parsed.errors };
  const { library: next, report } = importPack(library, parsed.value, { builtInIds: builtIn.ids, builtIn: builtIn.content });
  const found = overflows(library, next);
  if (found.length > 0) {
    return { ok: false, title: LIB_UI.pack.noRoomTitle, errors: [...importOverflowErrors(found), { path: "", message: LIB_UI.pack.noRoomHint }] };
  }
  const houseStyle = parsed.value.houseStyle;
  return { ok: true, library: next, report, lines: [...describeImport(report), ...describeRoom(next, report)], ...(houseStyle ? { houseStyle } : {}) };
}

/** The bytes of a pack file: decoded (UTF-8, UTF-16 with BOM, GB18030) or refused, never read as mojibake. */
export function runImportBytes(library: UserLibrary, bytes: Uint8Array, builtIn: BuiltIn): ImportOutcome {
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok) return { ok: false, title: LIB_UI.pack.importFailedTitle(1), errors: [{ path: "", message: decoded.message }] };
  const outcome = runImport(library, decoded.text, builtIn);
  if (!outcome.ok || decoded.encoding === "UTF-8") return outcome;
  return { ...outcome, lines: [...outcome.lines, LIB_UI.pack.decodedAs(decoded.encoding)] };
}

/**
 * "已导入 3 条常用语、1 个段落模板；2 条与已有内容相同，未重复添加。" Ids are internal: an id taken by another entry
 * is renamed without a word, since writers never see ids.
 */
export function describeImport(report: ImportReport): string[] {
  const favourites = report.favourites > 0 ? [LIB_UI.pack.importedFavourites(report.favourites)] : [];
  if (report.added === 0 && report.replaced === 0) return favourites.length > 0 ? favourites : [LIB_UI.pack.nothingNew];
  return [LIB_UI.pack.imported(report.byKind, report.unchanged), ...favourites];
}

/**
 * "我的常用语还可添加 800 条。" for each kind the import added to, once less than a fifth of its room is left: early
 * enough to plan, and no noise on the usual small import.
 */
function describeRoom(library: UserLibrary, report: ImportReport): string[] {
  const kinds: readonly EntryKind[] = ["phrase", "section", "skeleton"];
  return kinds
    .map((kind) => ({ kind, room: Math.max(0, countLimit(kind) - countOf(library, kind)) }))
    .filter(({ kind, room }) => report.byKind[kind] > 0 && room < countLimit(kind) / 5)
    .map(({ kind, room }) => LIB_UI.pack.roomLeft(kindNoun(kind).name, kindNoun(kind).unit, room));
}

/**
 * One line per problem of an imported pack: the message says where for the writer (第3条常用语的类别…); the JSON
 * path goes in parentheses at the end, for whoever fixes the file. Editor errors have no path and stay as they are.
 */
export function describeErrors(errors: readonly ContentError[]): string[] {
  return errors.map((e) => (e.path !== "" && !e.message.includes(e.path) ? `${e.message}（${e.path}）` : e.message));
}
