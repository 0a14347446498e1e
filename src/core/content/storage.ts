/**
 * The stored form of a UserLibrary (the value the task pane keeps in localStorage under `storageKey()`).
 *
 * Reading is lenient, unlike an import: a library the pane once saved is never refused as a whole. Each entry is
 * checked on its own with the pack validator; valid entries load, the others are reported (the caller keeps the
 * original text), so what loaded is always a valid pack again. Count limits are not applied here: a library may
 * hold what an earlier version allowed (see capacity.ts). Parsing never throws.
 */
import type { ContentError, ContentSet, EntryKind, EntryRef, UserLibrary } from "./types";
import { PACK_FORMAT, PACK_VERSION } from "./validate";
import { Collector, entryPlace, isObject } from "./validation/collector";
import { validatePhrase, validateSection, validateSkeleton } from "./validation/entries";

export function serializeLibrary(library: UserLibrary): string {
  return JSON.stringify({
    own: { format: PACK_FORMAT, version: PACK_VERSION, ...library.own },
    favourites: library.favourites,
    recent: library.recent,
  });
}

/** What was read: `problems` lists what could not be loaded (empty when everything was). */
export type StoredLibraryResult =
  | { readonly ok: true; readonly value: UserLibrary; readonly problems: readonly ContentError[] }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

const KINDS: readonly EntryKind[] = ["phrase", "section", "skeleton"];

function readRefs(value: unknown, field: string, c: Collector): EntryRef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    c.add(field, `已保存的素材库中“${field}”应为列表`);
    return [];
  }
  const refs: EntryRef[] = [];
  value.forEach((item: unknown, i) => {
    const obj = isObject(item) ? item : undefined;
    const kind = KINDS.find((k) => k === obj?.kind);
    if (kind === undefined || typeof obj?.id !== "string") {
      c.add(`${field}[${i}]`, `已保存的素材库中“${field}”第${i + 1}项无效`);
    } else {
      refs.push({ kind, id: obj.id });
    }
  });
  return refs;
}

type Validator<T> = (c: Collector, raw: unknown, index: number) => T | undefined;

/** The valid entries of one stored list; each invalid one (or a repeated id) is reported under `own.`. */
function readList<T extends { readonly id: string }>(
  own: Record<string, unknown>,
  name: "phrases" | "sections" | "skeletons",
  validate: Validator<T>, c: Collector): T[] {
  const value = own[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    c.add(`own.${name}`, `已保存的素材库中“${name}”应为列表`);
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, i) => {
    const one = new Collector();
    const item = validate(one, raw, i);
    const errors = one.result();
    if (item !== undefined && errors.length === 0 && !seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
      return;
    }
    if (errors.length === 0) c.add(`own.${name}[${i}].id`, `${entryPlace(name, i).label}的编号“${item?.id ?? ""}”与前面的重复，未载入。`);
    for (const e of errors) c.add(e.path === "" ? "own" : `own.${e.path}`, e.message, e.problem);
  });
  return items;
}

function readOwn(value: unknown, c: Collector): ContentSet {
  if (!isObject(value)) {
    c.add("own", "已保存的素材库中没有“我的”内容");
    return { phrases: [], sections: [], skeletons: [] };
  }
  return {
    phrases: readList(value, "phrases", validatePhrase, c),
    sections: readList(value, "sections", validateSection, c),
    skeletons: readList(value, "skeletons", validateSkeleton, c),
  };
}

export function parseLibrary(text: string): StoredLibraryResult {
  let stored: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value)) throw new Error("not an object");
    stored = value;
  } catch {
    return { ok: false, errors: [{ path: "", message: "已保存的素材库已损坏，无法读取" }] };
  }
  // Problems are listed up to LIMITS.errors (in the Collector), like an import's; the rest are counted.
  const c = new Collector();
  const own = readOwn(stored.own, c);
  const favourites = readRefs(stored.favourites, "favourites", c);
  const recent = readRefs(stored.recent, "recent", c);
  return { ok: true, value: { own, favourites, recent }, problems: c.result() };
}
