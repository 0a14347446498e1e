/**
 * What the task pane is given from outside: the document host (the port in src/host; in Word the Office.js one, in
 * the playground the same code over the simulated host) and a per-user key-value store (localStorage). Components
 * never reach for `Word` or `window` storage.
 */
import type { SelfTestBench } from "../host/contract";
import type { DocumentHost } from "../host/port";

export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface PaneServices {
  readonly word: DocumentHost;
  readonly store: KeyValueStore;
  /** Set-up for the 自检 in the 帮助与自检 view; absent where a host offers none (the view says so). */
  readonly selfTest?: SelfTestBench;
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
