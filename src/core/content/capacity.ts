/**
 * How much room the own library has left, checked wherever content enters it (import, the editors, 复制到我的…).
 * Only growth is refused: a library that already holds more than a limit (saved by an earlier version) loads, is
 * used and exported as it is, and a change that does not make it bigger (an edit, a re-import of itself) goes on.
 */
import { LIMITS } from "./limits";
import { serializeLibrary } from "./storage";
import type { ContentError, EntryKind, UserLibrary } from "./types";

export type CountedKind = EntryKind;

const COUNT_LIMIT: Record<EntryKind, number> = { phrase: LIMITS.phrases, section: LIMITS.sections, skeleton: LIMITS.skeletons };
const LIST: Record<EntryKind, "phrases" | "sections" | "skeletons"> = { phrase: "phrases", section: "sections", skeleton: "skeletons" };
const NOUN: Record<EntryKind, { readonly unit: string; readonly name: string }> = {
  phrase: { unit: "条", name: "常用语" },
  section: { unit: "个", name: "段落模板" },
  skeleton: { unit: "个", name: "文档框架" },
};
export const KINDS: readonly EntryKind[] = ["phrase", "section", "skeleton"];

/** The stored size of a library: what localStorage will be asked to hold. */
export function storedSize(library: UserLibrary): number {
  return serializeLibrary(library).length;
}

export function countOf(library: UserLibrary, kind: EntryKind): number {
  return library.own[LIST[kind]].length;
}

export function countLimit(kind: EntryKind): number {
  return COUNT_LIMIT[kind];
}

/** A limit the change would pass: for "我的常用语最多 5000 条，还可添加 1000 条". */
export type Overflow =
  | { readonly limit: "count"; readonly kind: EntryKind; readonly max: number; readonly room: number; readonly adding: number }
  | { readonly limit: "size"; readonly max: number; readonly room: number; readonly adding: number };

/** The limits `after` passes that `before` did not already pass by as much; empty when the change fits. */
export function overflows(before: UserLibrary, after: UserLibrary): Overflow[] {
  const found: Overflow[] = [];
  for (const kind of KINDS) {
    const was = countOf(before, kind);
    const now = countOf(after, kind);
    const max = COUNT_LIMIT[kind];
    if (now > max && now > was) found.push({ limit: "count", kind, max, room: Math.max(0, max - was), adding: now - was });
  }
  const was = storedSize(before);
  const now = storedSize(after);
  if (now > LIMITS.storedChars && now > was) {
    found.push({ limit: "size", max: LIMITS.storedChars, room: Math.max(0, LIMITS.storedChars - was), adding: now - was });
  }
  return found;
}

/** "约 1.2 万字" for large counts, "约 850 字" for small ones: storage is measured in characters of its JSON. */
function chars(n: number): string {
  return n >= 10000 ? `约 ${Math.floor(n / 1000) / 10} 万字` : `约 ${n} 字`;
}

/** The room sentence shared by the editors and the import: "我的常用语最多 5000 条，还可添加 0 条". */
export function roomSentence(o: Overflow): string {
  if (o.limit === "size") return `我的素材库在本机最多保存${chars(o.max)}，还可添加${chars(o.room)}`;
  const { unit, name } = NOUN[o.kind];
  return `我的${name}最多 ${o.max} ${unit}，还可添加 ${o.room} ${unit}`;
}

/** For an entry added in an editor or copied from the built-in library. */
export function editorOverflowErrors(found: readonly Overflow[]): ContentError[] {
  return found.map((o) => ({
    path: "",
    message:
      o.limit === "size"
        ? `${roomSentence(o)}，这一项约需 ${o.adding} 字。请先删除不用的内容（可先导出备份）。`
        : `${roomSentence(o)}。请先删除不用的${NOUN[o.kind].name}（可先导出备份）。`,
  }));
}

/** For a pack: how much it would add beside how much room there is. */
export function importOverflowErrors(found: readonly Overflow[]): ContentError[] {
  return found.map((o) => ({
    path: "",
    message:
      o.limit === "size"
        ? `素材包中的新内容${chars(o.adding)}，${roomSentence(o)}。`
        : `素材包中有 ${o.adding} ${NOUN[o.kind].unit}新的${NOUN[o.kind].name}，${roomSentence(o)}。`,
  }));
}

/** Kinds whose count is over its limit (a library saved by an earlier version), for a notice in the pane. */
export function overLimit(library: UserLibrary): { readonly kind: EntryKind; readonly count: number; readonly max: number }[] {
  return KINDS.filter((k) => countOf(library, k) > COUNT_LIMIT[k]).map((kind) => ({ kind, count: countOf(library, kind), max: COUNT_LIMIT[kind] }));
}

export function kindNoun(kind: EntryKind): { readonly unit: string; readonly name: string } {
  return NOUN[kind];
}
