/**
 * What the task pane is given from outside: the Word gateway (real Office.js in Word, the simulated host in the
 * playground) and a per-user key-value store (localStorage). Components never reach for `Word` or `window` storage.
 */
import type { WordGateway } from "../word/gateway";

export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface PaneServices {
  readonly word: WordGateway;
  readonly store: KeyValueStore;
}

/** localStorage with keys prefixed by Office's partition key when there is one (add-ins sharing an origin). */
export function browserStore(partitionKey?: string): KeyValueStore {
  const prefix = partitionKey ? `${partitionKey}/` : "";
  return {
    get(key) {
      try {
        return window.localStorage.getItem(prefix + key) ?? undefined;
      } catch {
        return undefined; // storage disabled by policy: the pane still works, it just forgets.
      }
    },
    set(key, value) {
      window.localStorage.setItem(prefix + key, value);
    },
  };
}
