/**
 * One shared state for the 模板 and 常用语 tabs: the built-in content (loaded on first use), the writer's own
 * library (persisted on every change) and pinyin initials (loaded lazily). An external store rather than React
 * context, so App.tsx only gains its two tabs; plain TypeScript, tested in Node with injected loaders.
 */
import type { ContentSet, EntryKind, InitialsOf, UserLibrary } from "../../core/content";
import type { KeyValueStore } from "../services";
import { LIBRARY_KEY, loadLibrary, saveLibrary } from "./persistence";
import type { DamagedLibrary, SaveFailure } from "./persistence";

export interface BuiltIn {
  readonly content: ContentSet;
  readonly ids: Readonly<Record<EntryKind, ReadonlySet<string>>>;
}

export interface LibraryLoaders {
  content(): Promise<BuiltIn>;
  pinyin(): Promise<InitialsOf>;
}

export interface LibraryState {
  readonly builtIn?: BuiltIn;
  /** Why the built-in content did not load (a chunk failed offline). */
  readonly loadError?: string;
  readonly library: UserLibrary;
  readonly damaged?: DamagedLibrary;
  /**
   * Why the last change was not saved: the library in memory is then ahead of the stored one (unsaved) until a later
   * save succeeds; every change tries again.
   */
  readonly saveError?: SaveFailure;
  readonly initialsOf?: InitialsOf;
  readonly pinyinFailed?: boolean;
}

export interface LibraryModel {
  getState(): LibraryState;
  subscribe(listener: () => void): () => void;
  /** Starts loading the built-in content and pinyin (once; a failed load is retried on the next call). */
  ensureLoaded(): void;
  /** Applies a change to the own library and saves it at once. */
  update(change: (library: UserLibrary) => UserLibrary): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLibraryModel(store: KeyValueStore, loaders: LibraryLoaders, key: string = LIBRARY_KEY): LibraryModel {
  const loaded = loadLibrary(store, key);
  let state: LibraryState = { library: loaded.library, ...(loaded.damaged ? { damaged: loaded.damaged } : {}) };
  const listeners = new Set<() => void>();
  let contentLoading = false;
  let pinyinLoading = false;

  const set = (patch: Partial<LibraryState>) => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensureLoaded() {
      if (!state.builtIn && !contentLoading) {
        contentLoading = true;
        loaders.content().then(
          (builtIn) => set({ builtIn, loadError: undefined }),
          (error: unknown) => {
            contentLoading = false;
            set({ loadError: message(error) });
          },
        );
      }
      if (!state.initialsOf && !pinyinLoading) {
        pinyinLoading = true;
        loaders.pinyin().then(
          (initialsOf) => set({ initialsOf, pinyinFailed: false }),
          () => {
            pinyinLoading = false;
            set({ pinyinFailed: true });
          },
        );
      }
    },
    update(change) {
      const library = change(state.library);
      if (library === state.library) return;
      const saveError = saveLibrary(store, library, key);
      set({ library, saveError });
    },
  };
}
