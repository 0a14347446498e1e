/**
 * The writer's own library: own phrases, section templates and skeletons, favourites and recently used entries.
 * All functions are pure and return a new library; the task pane persists it to localStorage under `storageKey()`.
 */
import { editorOverflowErrors, overflows } from "./capacity";
import { LIMITS } from "./limits";
import { contentKey, freshId } from "./pack";
import type {
  ContentError,
  ContentSet,
  EntryKind,
  EntryRef,
  Phrase,
  SectionTemplate,
  Skeleton,
  UserLibrary,
  ValidationResult,
} from "./types";
import { validatePack, PACK_FORMAT, PACK_VERSION } from "./validate";
import { editorErrors } from "./validation/editorMessages";

/** localStorage key. Bump the version when the stored shape changes incompatibly. */
export const STORAGE_KEY = "gongwen.library.v1";

/**
 * The key for one partition (e.g. a user or a profile name when several writers share a machine):
 * "gongwen.library.v1" or "gongwen.library.v1:<partition>".
 */
export function storageKey(partition?: string): string {
  return partition === undefined || partition === "" ? STORAGE_KEY : `${STORAGE_KEY}:${partition}`;
}

export function emptyLibrary(): UserLibrary {
  return { own: { phrases: [], sections: [], skeletons: [] }, favourites: [], recent: [] };
}

type EntryOf<K extends EntryKind> = K extends "phrase" ? Phrase : K extends "section" ? SectionTemplate : Skeleton;
/** What the editor form supplies: an entry without its id (the library assigns one). */
export type Draft<K extends EntryKind> = Omit<EntryOf<K>, "id">;

const LIST: { readonly [K in EntryKind]: "phrases" | "sections" | "skeletons" } = {
  phrase: "phrases",
  section: "sections",
  skeleton: "skeletons",
};

function listOf<K extends EntryKind>(set: ContentSet, kind: K): readonly EntryOf<K>[] {
  return set[LIST[kind]] as readonly EntryOf<K>[];
}

function withList<K extends EntryKind>(set: ContentSet, kind: K, list: readonly EntryOf<K>[]): ContentSet {
  return { ...set, [LIST[kind]]: list };
}

export type LibraryResult =
  | { readonly ok: true; readonly library: UserLibrary; readonly id: string }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

/**
 * Validates one entry with the pack validator (the same rules as an import), its problems worded for the editor
 * form: "请填写常用语内容。", not "第1条常用语的内容是空的。（phrases[0].text）".
 */
function checkEntry<K extends EntryKind>(kind: K, entry: EntryOf<K>): ValidationResult<EntryOf<K>> {
  const list = LIST[kind];
  const result = validatePack({ format: PACK_FORMAT, version: PACK_VERSION, phrases: [], sections: [], [list]: [entry] });
  if (!result.ok) return { ok: false, errors: editorErrors(kind, result.errors) };
  return { ok: true, value: listOf(result.value, kind)[0] };
}

const ALREADY_THERE: Record<EntryKind, string> = {
  phrase: "这条常用语已经在库中了。",
  section: "同样的段落模板已经在库中了。",
  skeleton: "同样的文档框架已经在库中了。",
};

/** Where else an entry's content may already be: the built-in entries the caller passes (optional). */
export interface EntryOptions {
  readonly builtIn?: ContentSet;
}

/** "这条常用语已经在库中了。" when another own entry (not `except`) or a built-in entry has the same content. */
function duplicateOf<K extends EntryKind>(
  library: UserLibrary,
  kind: K,
  entry: EntryOf<K>,
  options: EntryOptions,
  except?: string,
): ContentError[] | undefined {
  const key = contentKey(kind, entry);
  const others = [...listOf(library.own, kind).filter((e) => e.id !== except), ...(options.builtIn ? listOf(options.builtIn, kind) : [])];
  return others.some((e) => contentKey(kind, e) === key) ? [{ path: "", message: ALREADY_THERE[kind] }] : undefined;
}

/** Own ids look like "own-phrase-7": never a built-in id, readable in an exported pack. */
function newOwnId(library: UserLibrary, kind: EntryKind): string {
  const prefix = `own-${kind}-`;
  let max = 0;
  for (const entry of listOf(library.own, kind)) {
    if (entry.id.startsWith(prefix)) {
      const n = Number(entry.id.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  const taken = new Set(listOf(library.own, kind).map((e) => e.id));
  const candidate = `${prefix}${max + 1}`;
  return taken.has(candidate) ? freshId(candidate, (id) => taken.has(id)) : candidate;
}

/** The change if it fits the library's limits (see capacity.ts), else the room sentence for the editor. */
function withinLimits(before: UserLibrary, after: UserLibrary, id: string): LibraryResult {
  const found = overflows(before, after);
  return found.length === 0 ? { ok: true, library: after, id } : { ok: false, errors: editorOverflowErrors(found) };
}

/**
 * Adds an own entry. Refused when its content is already in the library (the same as another own entry, or as a
 * built-in entry when `options.builtIn` is given), or when the library has no room for it.
 */
export function addEntry<K extends EntryKind>(
  library: UserLibrary,
  kind: K,
  draft: Draft<K>,
  options: EntryOptions = {},
): LibraryResult {
  const id = newOwnId(library, kind);
  const checked = checkEntry(kind, { ...draft, id } as EntryOf<K>);
  if (!checked.ok) return checked;
  const duplicate = duplicateOf(library, kind, checked.value, options);
  if (duplicate) return { ok: false, errors: duplicate };
  const own = withList(library.own, kind, [...listOf(library.own, kind), checked.value]);
  return withinLimits(library, { ...library, own }, id);
}

/**
 * Replaces an own entry's content; its id (and so favourites and recent) stays. A change that makes it the same as
 * another entry is refused; saving it unchanged is not (a fresh copy of a built-in entry equals its original).
 */
export function updateEntry<K extends EntryKind>(
  library: UserLibrary,
  kind: K,
  id: string,
  draft: Draft<K>,
  options: EntryOptions = {},
): LibraryResult {
  const list = listOf(library.own, kind);
  const index = list.findIndex((e) => e.id === id);
  if (index < 0) return { ok: false, errors: [{ path: "", message: "没有找到要修改的内容，可能已被删除。" }] };
  const checked = checkEntry(kind, { ...draft, id } as EntryOf<K>);
  if (!checked.ok) return checked;
  if (contentKey(kind, checked.value) !== contentKey(kind, list[index])) {
    const duplicate = duplicateOf(library, kind, checked.value, options, id);
    if (duplicate) return { ok: false, errors: duplicate };
  }
  const next = list.map((e, i) => (i === index ? checked.value : e));
  // A longer text may pass the stored size; the count does not change.
  return withinLimits(library, { ...library, own: withList(library.own, kind, next) }, id);
}

/** Deletes an own entry and every favourite or recent reference to it. Unknown ids leave the library as is. */
export function deleteEntry(library: UserLibrary, kind: EntryKind, id: string): UserLibrary {
  const list = listOf(library.own, kind);
  if (!list.some((e) => e.id === id)) return library;
  const keep = (ref: EntryRef): boolean => !(ref.kind === kind && ref.id === id);
  return {
    own: withList(library.own, kind, list.filter((e) => e.id !== id)),
    favourites: library.favourites.filter(keep),
    recent: library.recent.filter(keep),
  };
}

/**
 * Copies a built-in entry into the own library (to adapt it), remembering where it came from. Its content equals
 * the built-in original by design; a second copy (the same as an own entry) is refused.
 */
export function copyToOwn<K extends EntryKind>(library: UserLibrary, kind: K, entry: EntryOf<K>): LibraryResult {
  const { id: from, ...rest } = entry;
  const draft = { ...rest, copiedFrom: from } as unknown as Draft<K>;
  return addEntry(library, kind, draft);
}

function sameRef(a: EntryRef, b: EntryRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

export function isFavourite(library: UserLibrary, ref: EntryRef): boolean {
  return library.favourites.some((f) => sameRef(f, ref));
}

/** Adds (newest first) or removes a favourite. At the limit the oldest favourite is dropped. */
export function toggleFavourite(library: UserLibrary, ref: EntryRef): UserLibrary {
  if (isFavourite(library, ref)) {
    return { ...library, favourites: library.favourites.filter((f) => !sameRef(f, ref)) };
  }
  const favourites = [{ kind: ref.kind, id: ref.id }, ...library.favourites].slice(0, LIMITS.favourites);
  return { ...library, favourites };
}

/** Moves an entry to the front of the recently used list, keeping at most `limit` entries. */
export function recordUse(library: UserLibrary, ref: EntryRef, limit: number = LIMITS.recent): UserLibrary {
  const recent = [{ kind: ref.kind, id: ref.id }, ...library.recent.filter((r) => !sameRef(r, ref))].slice(0, limit);
  return { ...library, recent };
}

/** Drops favourites and recent entries whose target no longer exists (e.g. after a built-in entry was retired). */
export function pruneRefs(library: UserLibrary, exists: (ref: EntryRef) => boolean): UserLibrary {
  const favourites = library.favourites.filter(exists);
  const recent = library.recent.filter(exists);
  if (favourites.length === library.favourites.length && recent.length === library.recent.length) return library;
  return { ...library, favourites, recent };
}
