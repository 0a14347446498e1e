/**
 * The pane's house style: the writer's own (services.store, per user) and the one pinned to the document (a document
 * setting, travelling with the file to a colleague). A pinned style wins. Kept apart from React so that the check, the
 * 设置 view and the pack panel share one state, and jest can drive it.
 */
import {
  EMPTY_HOUSE_STYLE,
  parseHouseStyle,
  serializeHouseStyle,
  type HouseStyle,
} from "../../core/houseStyle";
import type { DocumentHost } from "../../host/port";
import type { KeyValueStore } from "../services";

/** The writer's own style in the per-user store, and the pinned one in the document: the same file format. */
export const HOUSE_STYLE_KEY = "gongwen.houseStyle";

export interface HouseStyleState {
  /** The writer's own style (the check as built when never changed). */
  readonly user: HouseStyle;
  /** The style pinned to the document, when there is one: it wins over the writer's own. */
  readonly pinned?: HouseStyle;
  /** The writer's change is in the pane but the browser refused to store it (storage full or disabled). */
  readonly unsaved: boolean;
  /** A stored or pinned style that could not be read: what it said, for the 设置 view (the built-in check is used). */
  readonly damaged?: "user" | "pinned";
}

/** The style a check uses, and where it came from. */
export interface EffectiveStyle {
  readonly style: HouseStyle;
  readonly pinned: boolean;
}

function readStyle(text: string | undefined): { style?: HouseStyle; damaged: boolean } {
  if (text === undefined) return { damaged: false };
  const parsed = parseHouseStyle(text);
  return parsed.ok ? { style: parsed.value, damaged: false } : { damaged: true };
}

export class HouseStyleStore {
  private state: HouseStyleState;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly word: DocumentHost,
  ) {
    const own = readStyle(store.get(HOUSE_STYLE_KEY));
    this.state = { user: own.style ?? EMPTY_HOUSE_STYLE, unsaved: false, ...(own.damaged ? { damaged: "user" } : {}) };
  }

  readonly getState = (): HouseStyleState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: HouseStyleState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Stores the writer's own style; a refused save keeps it in the pane, marked unsaved. */
  setUser(style: HouseStyle): void {
    let unsaved = false;
    try {
      this.store.set(HOUSE_STYLE_KEY, serializeHouseStyle(style));
    } catch {
      unsaved = true;
    }
    const { damaged, ...rest } = this.state;
    this.set({ ...rest, user: style, unsaved, ...(damaged === "pinned" ? { damaged } : {}) });
  }

  /** Reads the document's pinned style again (the writer may have opened another document or a colleague pinned one). */
  async refreshPinned(): Promise<HouseStyleState> {
    const read = readStyle(await this.word.readDocumentSetting(HOUSE_STYLE_KEY));
    const { pinned: _old, damaged, ...rest } = this.state;
    const keepDamaged = damaged === "user" ? { damaged } : {};
    this.set({ ...rest, ...(read.style ? { pinned: read.style } : {}), ...(read.damaged ? { damaged: "pinned" as const } : keepDamaged) });
    return this.state;
  }

  /** Pins the writer's own style to the document: whoever opens it checks with this style. */
  async pin(): Promise<void> {
    await this.word.writeDocumentSetting(HOUSE_STYLE_KEY, serializeHouseStyle(this.state.user));
    await this.refreshPinned();
  }

  async unpin(): Promise<void> {
    await this.word.removeDocumentSetting(HOUSE_STYLE_KEY);
    await this.refreshPinned();
  }

  /** The style for a check: the document's pinned one, read afresh, else the writer's own. */
  async effective(): Promise<EffectiveStyle> {
    const state = await this.refreshPinned();
    return state.pinned ? { style: state.pinned, pinned: true } : { style: state.user, pinned: false };
  }
}
