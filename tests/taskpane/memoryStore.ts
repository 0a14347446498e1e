/**
 * An in-memory KeyValueStore for the pane's pure parts. `failWrites` simulates a disabled localStorage; `capacity`
 * (in UTF-16 code units of keys and values, as Chromium counts) a full one, throwing what Chromium throws.
 */
import type { KeyValueStore } from "../../src/taskpane/services";

export interface MemoryStore extends KeyValueStore {
  readonly data: Map<string, string>;
  failWrites: boolean;
  capacity: number;
}

function used(data: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of data) total += key.length + value.length;
  return total;
}

export function memoryStore(initial: Record<string, string> = {}, capacity = Number.POSITIVE_INFINITY): MemoryStore {
  const data = new Map(Object.entries(initial));
  const store: MemoryStore = {
    data,
    failWrites: false,
    capacity,
    get: (key: string) => data.get(key),
    set(key: string, value: string) {
      if (store.failWrites) throw new DOMException("The operation is insecure.", "SecurityError");
      const old = data.get(key);
      const after = used(data) - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
      if (after > store.capacity) {
        throw new DOMException(`Failed to execute 'setItem' on 'Storage': Setting the value of '${key}' exceeded the quota.`, "QuotaExceededError");
      }
      data.set(key, value);
    },
  };
  return store;
}
