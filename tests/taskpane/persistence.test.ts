import { addEntry, emptyLibrary, serializeLibrary, storageKey, toggleFavourite } from "../../src/core/content";
import type { UserLibrary } from "../../src/core/content";
import { LIBRARY_KEY, backupKeyOf, loadLibrary, saveLibrary } from "../../src/taskpane/library/persistence";
import { memoryStore } from "./memoryStore";

function sampleLibrary(): UserLibrary {
  const added = addEntry(emptyLibrary(), "phrase", { category: "opening", text: "今年以来，我们扎实推进各项工作。" });
  if (!added.ok) throw new Error("fixture");
  return toggleFavourite(added.library, { kind: "phrase", id: added.id });
}

describe("library persistence", () => {
  it("uses the content API's storage key", () => {
    expect(LIBRARY_KEY).toBe(storageKey());
  });

  it("starts empty when nothing is stored", () => {
    expect(loadLibrary(memoryStore())).toEqual({ library: emptyLibrary() });
  });

  it("saves and loads the same library", () => {
    const store = memoryStore();
    const library = sampleLibrary();
    expect(saveLibrary(store, library)).toBeUndefined();
    expect(loadLibrary(store)).toEqual({ library });
  });

  it("a damaged value opens an empty library, keeps the text and backs it up under another key", () => {
    const damagedText = '{"own": {"format": "gongwen-pack", "version": 1, "phrases": [{"id": 3}]';
    const store = memoryStore({ [LIBRARY_KEY]: damagedText });
    const loaded = loadLibrary(store);
    expect(loaded.library).toEqual(emptyLibrary());
    expect(loaded.damaged?.text).toBe(damagedText);
    expect(loaded.damaged?.errors[0].message).toBe("已保存的素材库已损坏，无法读取");
    expect(loaded.damaged?.backupKey).toBe(backupKeyOf(LIBRARY_KEY));
    expect(store.data.get(backupKeyOf(LIBRARY_KEY))).toBe(damagedText);
    // Loading changed nothing under the main key.
    expect(store.data.get(LIBRARY_KEY)).toBe(damagedText);
  });

  it("valid JSON with one invalid entry: the rest loads, the reasons are listed, the original is kept", () => {
    const good = { id: "y", category: "closing", text: "特此报告。" };
    const text = JSON.stringify({ own: { format: "gongwen-pack", version: 1, phrases: [{ id: "x", category: "开场白", text: "文字" }, good], sections: [] }, favourites: [], recent: "x" });
    const store = memoryStore({ [LIBRARY_KEY]: text });
    const loaded = loadLibrary(store);
    expect(loaded.library.own.phrases).toEqual([good]);
    expect(loaded.damaged).toMatchObject({ partial: true, text, backupKey: backupKeyOf(LIBRARY_KEY) });
    expect(loaded.damaged?.errors.map((e) => e.path)).toEqual(["own.phrases[0].category", "recent"]);
    expect(store.data.get(backupKeyOf(LIBRARY_KEY))).toBe(text);
    expect(store.data.get(LIBRARY_KEY)).toBe(text);
  });

  it("a full store: the save says so in its reason, with the browser's text kept for IT staff", () => {
    const store = memoryStore({}, 100);
    expect(saveLibrary(store, sampleLibrary())).toEqual({
      reason: "quota",
      detail: `QuotaExceededError: Failed to execute 'setItem' on 'Storage': Setting the value of '${LIBRARY_KEY}' exceeded the quota.`,
    });
  });

  it("a second, different damaged value does not overwrite the first backup", () => {
    const store = memoryStore({ [LIBRARY_KEY]: "{", [backupKeyOf(LIBRARY_KEY)]: "[older]" });
    const loaded = loadLibrary(store);
    expect(store.data.get(backupKeyOf(LIBRARY_KEY))).toBe("[older]");
    expect(loaded.damaged?.backupKey).toBe(`${backupKeyOf(LIBRARY_KEY)}.2`);
    expect(store.data.get(`${backupKeyOf(LIBRARY_KEY)}.2`)).toBe("{");
  });

  it("a store that refuses writes: no backup key, the text still in memory, no throw", () => {
    const store = memoryStore({ [LIBRARY_KEY]: "not json" });
    store.failWrites = true;
    const loaded = loadLibrary(store);
    expect(loaded.damaged).toMatchObject({ text: "not json" });
    expect(loaded.damaged?.backupKey).toBeUndefined();
    expect(saveLibrary(store, sampleLibrary())).toEqual({ reason: "refused", detail: "SecurityError: The operation is insecure." });
    expect(store.data.get(LIBRARY_KEY)).toBe("not json");
  });

  it("writes the serialised form", () => {
    const store = memoryStore();
    saveLibrary(store, sampleLibrary(), "k");
    expect(store.data.get("k")).toBe(serializeLibrary(sampleLibrary()));
  });
});
