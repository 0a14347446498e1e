import { builtInContent, builtInIds } from "../../src/content";
import { addEntry, emptyLibrary, serializeLibrary } from "../../src/core/content";
import { createLibraryModel } from "../../src/taskpane/library/libraryModel";
import type { LibraryLoaders } from "../../src/taskpane/library/libraryModel";
import { LIBRARY_KEY } from "../../src/taskpane/library/persistence";
import { memoryStore } from "./memoryStore";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function loaders(overrides: Partial<LibraryLoaders> = {}) {
  const calls = { content: 0, pinyin: 0 };
  const result: LibraryLoaders = {
    content: async () => {
      calls.content += 1;
      return { content: builtInContent(), ids: builtInIds() };
    },
    pinyin: async () => {
      calls.pinyin += 1;
      return (text: string) => text.replace(/[^\p{Script=Han}]/gu, "").replace(/./gu, "x");
    },
    ...overrides,
  };
  return { calls, loaders: result };
}

describe("library model", () => {
  it("loads the built-in content and pinyin once, on demand, and tells subscribers", async () => {
    const { calls, loaders: l } = loaders();
    const model = createLibraryModel(memoryStore(), l);
    expect(model.getState().builtIn).toBeUndefined();
    let notified = 0;
    model.subscribe(() => (notified += 1));
    model.ensureLoaded();
    model.ensureLoaded();
    await flush();
    expect(calls).toEqual({ content: 1, pinyin: 1 });
    expect(model.getState().builtIn?.content.skeletons).toHaveLength(6);
    expect(model.getState().initialsOf).toBeDefined();
    expect(notified).toBe(2);
  });

  it("a failed content chunk is reported and retried on the next call; a failed pinyin load only flags it", async () => {
    let fail = true;
    const { loaders: l } = loaders({
      content: async () => {
        if (fail) throw new Error("ChunkLoadError");
        return { content: builtInContent(), ids: builtInIds() };
      },
      pinyin: async () => {
        throw new Error("offline");
      },
    });
    const model = createLibraryModel(memoryStore(), l);
    model.ensureLoaded();
    await flush();
    expect(model.getState()).toMatchObject({ loadError: "ChunkLoadError", pinyinFailed: true });
    fail = false;
    model.ensureLoaded();
    await flush();
    expect(model.getState().loadError).toBeUndefined();
    expect(model.getState().builtIn).toBeDefined();
  });

  it("every change is saved at once; a damaged value is only overwritten by the writer's first change", () => {
    const store = memoryStore({ [LIBRARY_KEY]: "{damaged" });
    const model = createLibraryModel(store, loaders().loaders);
    expect(model.getState().damaged?.text).toBe("{damaged");
    expect(store.data.get(LIBRARY_KEY)).toBe("{damaged");
    model.update((library) => {
      const added = addEntry(library, "phrase", { category: "closing", text: "特此报告。" });
      return added.ok ? added.library : library;
    });
    expect(store.data.get(LIBRARY_KEY)).toBe(serializeLibrary(model.getState().library));
    expect(store.data.get(`${LIBRARY_KEY}.damaged`)).toBe("{damaged");
  });

  it("a refused write keeps the change in memory and says why", () => {
    const store = memoryStore();
    store.failWrites = true;
    const model = createLibraryModel(store, loaders().loaders);
    model.update((library) => ({ ...library, recent: [{ kind: "phrase", id: "opening-001" }] }));
    expect(model.getState().library.recent).toHaveLength(1);
    expect(model.getState().saveError).toEqual({ reason: "refused", detail: "SecurityError: The operation is insecure." });
  });

  it("a change that returns the same library writes nothing", () => {
    const store = memoryStore();
    const model = createLibraryModel(store, loaders().loaders);
    model.update((library) => library);
    expect(store.data.size).toBe(0);
    expect(model.getState().library).toEqual(emptyLibrary());
  });
});
