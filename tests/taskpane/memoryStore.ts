/** An in-memory KeyValueStore for the pane's pure parts; `failWrites` simulates a full or disabled localStorage. */
import type { KeyValueStore } from "../../src/taskpane/services";

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string>; failWrites: boolean } {
  const data = new Map(Object.entries(initial));
  const store = {
    data,
    failWrites: false,
    get: (key: string) => data.get(key),
    set(key: string, value: string) {
      if (store.failWrites) throw new Error("QuotaExceededError");
      data.set(key, value);
    },
  };
  return store;
}
