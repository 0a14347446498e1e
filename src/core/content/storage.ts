/**
 * The stored form of a UserLibrary (the value the task pane keeps in localStorage under `storageKey()`).
 * Parsing never throws: a damaged value yields Chinese errors and the pane can offer to start afresh.
 */
import type { ContentError, EntryKind, EntryRef, UserLibrary, ValidationResult } from "./types";
import { PACK_FORMAT, PACK_VERSION, parsePack } from "./validate";

interface StoredLibrary {
  readonly own: unknown;
  readonly favourites: unknown;
  readonly recent: unknown;
}

export function serializeLibrary(library: UserLibrary): string {
  return JSON.stringify({
    own: { format: PACK_FORMAT, version: PACK_VERSION, ...library.own },
    favourites: library.favourites,
    recent: library.recent,
  });
}

const KINDS: readonly EntryKind[] = ["phrase", "section", "skeleton"];

function readRefs(value: unknown, field: string, errors: ContentError[]): EntryRef[] {
  if (!Array.isArray(value)) {
    errors.push({ path: field, message: `已保存的素材库中“${field}”应为列表` });
    return [];
  }
  const refs: EntryRef[] = [];
  value.forEach((item: unknown, i) => {
    const obj = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : undefined;
    const kind = KINDS.find((k) => k === obj?.kind);
    if (kind === undefined || typeof obj?.id !== "string") {
      errors.push({ path: `${field}[${i}]`, message: `已保存的素材库中“${field}”第${i + 1}项无效` });
    } else {
      refs.push({ kind, id: obj.id });
    }
  });
  return refs;
}

export function parseLibrary(text: string): ValidationResult<UserLibrary> {
  let stored: StoredLibrary;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    stored = value as StoredLibrary;
  } catch {
    return { ok: false, errors: [{ path: "", message: "已保存的素材库已损坏，无法读取" }] };
  }
  const own = parsePack(JSON.stringify(stored.own ?? null));
  const errors: ContentError[] = own.ok ? [] : own.errors.map((e) => ({ path: e.path === "" ? "own" : `own.${e.path}`, message: e.message }));
  const favourites = readRefs(stored.favourites, "favourites", errors);
  const recent = readRefs(stored.recent, "recent", errors);
  if (!own.ok || errors.length > 0) return { ok: false, errors };
  const { phrases, sections, skeletons } = own.value;
  return { ok: true, value: { own: { phrases, sections, skeletons }, favourites, recent } };
}
