/**
 * The own library in the pane's key-value store (localStorage). Pure over the injected store, tested in Node.
 * A damaged value never crashes the pane: it opens with an empty library, and the damaged text stays recoverable —
 * copied under a backup key at once, and the main key is not written until the writer changes something.
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
}

export interface LoadedLibrary {
  readonly library: UserLibrary;
  readonly damaged?: DamagedLibrary;
}

export const LIBRARY_KEY = storageKey();

export function backupKeyOf(key: string): string {
  return `${key}.damaged`;
}

export function loadLibrary(store: KeyValueStore, key: string = LIBRARY_KEY): LoadedLibrary {
  const text = store.get(key);
  if (text === undefined || text === "") return { library: emptyLibrary() };
  const parsed = parseLibrary(text);
  if (parsed.ok) return { library: parsed.value };
  const backupKey = backupKeyOf(key);
  let kept: string | undefined;
  try {
    // An older backup that differs is not overwritten: the first damaged value is the one most worth keeping.
    const existing = store.get(backupKey);
    if (existing === undefined || existing === text) {
      if (existing === undefined) store.set(backupKey, text);
      kept = backupKey;
    } else {
      const second = `${backupKey}.2`;
      store.set(second, text);
      kept = second;
    }
  } catch {
    kept = undefined;
  }
  return { library: emptyLibrary(), damaged: { text, errors: parsed.errors, ...(kept ? { backupKey: kept } : {}) } };
}

/** Writes the library; returns the Chinese reason when the store refused (quota, policy), undefined on success. */
export function saveLibrary(store: KeyValueStore, library: UserLibrary, key: string = LIBRARY_KEY): string | undefined {
  try {
    store.set(key, serializeLibrary(library));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
