/**
 * The own library in the pane's key-value store (localStorage). Pure over the injected store, tested in Node.
 * A stored value is never refused as a whole: what is valid loads, what is not is reported, and the stored text
 * stays recoverable — copied under a backup key at once, and the main key is not written until the writer changes
 * something. A write the store refuses (quota full, storage disabled) is reported, never thrown.
 */
import { emptyLibrary, parseLibrary, serializeLibrary, storageKey } from "../../core/content";
import type { ContentError, UserLibrary } from "../../core/content";
import type { KeyValueStore } from "../services";

export interface DamagedLibrary {
  /** The stored text exactly as found. */
  readonly text: string;
  readonly errors: readonly ContentError[];
  /** Where a copy was kept, or undefined when the store refused the copy. */
  readonly backupKey?: string;
  /** True when the rest of the library loaded; false when nothing could be read. */
  readonly partial: boolean;
}

export interface LoadedLibrary {
  readonly library: UserLibrary;
  readonly damaged?: DamagedLibrary;
}

/** Why a save failed: the Chinese sentence depends on `reason`; `detail` is the browser's own text, for IT staff. */
export interface SaveFailure {
  readonly reason: "quota" | "refused";
  readonly detail: string;
}

export const LIBRARY_KEY = storageKey();

export function backupKeyOf(key: string): string {
  return `${key}.damaged`;
}

/** Keeps the stored text under the backup key; returns the key used, or undefined when the store refused. */
function keepOriginal(store: KeyValueStore, key: string, text: string): string | undefined {
  const backupKey = backupKeyOf(key);
  try {
    // An older backup that differs is not overwritten: the first damaged value is the one most worth keeping.
    const existing = store.get(backupKey);
    if (existing === text) return backupKey;
    if (existing === undefined) {
      store.set(backupKey, text);
      return backupKey;
    }
    const second = `${backupKey}.2`;
    store.set(second, text);
    return second;
  } catch {
    return undefined;
  }
}

export function loadLibrary(store: KeyValueStore, key: string = LIBRARY_KEY): LoadedLibrary {
  const text = store.get(key);
  if (text === undefined || text === "") return { library: emptyLibrary() };
  const parsed = parseLibrary(text);
  if (parsed.ok && parsed.problems.length === 0) return { library: parsed.value };
  const backupKey = keepOriginal(store, key, text);
  const errors = parsed.ok ? parsed.problems : parsed.errors;
  return {
    library: parsed.ok ? parsed.value : emptyLibrary(),
    damaged: { text, errors, partial: parsed.ok, ...(backupKey ? { backupKey } : {}) },
  };
}

/** Chromium and WebView2 throw a DOMException named QuotaExceededError (legacy code 22); Firefox its own name. */
function isQuota(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22;
}

function detailOf(error: unknown): string {
  if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = String(message ?? "");
    return typeof name === "string" && name !== "" && name !== "Error" && !text.startsWith(name) ? `${name}: ${text}` : text;
  }
  return String(error);
}

/** Writes the library; returns why the store refused (quota, policy), undefined on success. */
export function saveLibrary(store: KeyValueStore, library: UserLibrary, key: string = LIBRARY_KEY): SaveFailure | undefined {
  try {
    store.set(key, serializeLibrary(library));
    return undefined;
  } catch (error) {
    return { reason: isQuota(error) ? "quota" : "refused", detail: detailOf(error) };
  }
}
