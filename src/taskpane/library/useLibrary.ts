import { useEffect, useMemo, useSyncExternalStore } from "react";
import { buildSearchIndex, withInitials } from "../../core/content";
import type { SearchIndex } from "../../core/content";
import type { KeyValueStore } from "../services";
import { libraryModelFor } from "./loadContent";

/** The shared library state; loading starts the first time a tab using it becomes active. */
export function useLibrary(store: KeyValueStore, active: boolean) {
  const model = libraryModelFor(store);
  const state = useSyncExternalStore(model.subscribe, model.getState);
  useEffect(() => {
    if (active) model.ensureLoaded();
  }, [active, model]);
  return { state, update: model.update, retry: model.ensureLoaded };
}

/** Search index over own (first) and built-in entries; initials are added once pinyin-pro has arrived. */
export function useSearchIndex(state: ReturnType<typeof useLibrary>["state"]): SearchIndex | undefined {
  const { builtIn, library, initialsOf } = state;
  const base = useMemo(
    () => (builtIn ? buildSearchIndex([{ set: library.own, source: "own" }, { set: builtIn.content, source: "builtIn" }]) : undefined),
    [builtIn, library.own],
  );
  return useMemo(() => (base && initialsOf ? withInitials(base, initialsOf) : base), [base, initialsOf]);
}
