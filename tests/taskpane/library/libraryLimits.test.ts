/**
 * Issue 9, item 1: the own library must survive normal use. Two imports of 2,000 phrases each used to succeed, save,
 * and then fail the per-pack limit on the next start, opening an empty pane; the backup could not be re-imported.
 */
import { builtInContent, builtInIds } from "../../../src/content";
import { addEntry, emptyLibrary, exportPack, LIMITS, serializeLibrary, updateEntry } from "../../../src/core/content";
import type { ContentSet, Phrase, SectionTemplate, UserLibrary } from "../../../src/core/content";
import { createLibraryModel } from "../../../src/taskpane/library/libraryModel";
import type { BuiltIn, LibraryLoaders } from "../../../src/taskpane/library/libraryModel";
import { describeErrors, runImport } from "../../../src/taskpane/library/importFlow";
import { LIBRARY_KEY, backupKeyOf } from "../../../src/taskpane/library/persistence";
import { LIB_UI } from "../../../src/taskpane/library/strings";
import { memoryStore } from "../memoryStore";

const builtIn: BuiltIn = { content: builtInContent(), ids: builtInIds() };
const loaders: LibraryLoaders = { content: async () => builtIn, pinyin: async () => (text: string) => text };

function phrases(prefix: string, count: number): Phrase[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i + 1}`, category: "achievement", text: `${prefix}第${i + 1}条：各项工作取得新进展。` }));
}

/** `count` distinct phrases, ids prefixed so two packs never share one. */
function phrasePack(prefix: string, count: number): string {
  return exportPack({ phrases: phrases(prefix, count), sections: [], skeletons: [] });
}

function withOwn(own: Partial<ContentSet>): UserLibrary {
  return { ...emptyLibrary(), own: { ...emptyLibrary().own, ...own } };
}

function importInto(model: ReturnType<typeof createLibraryModel>, pack: string) {
  const outcome = runImport(model.getState().library, pack, builtIn);
  if (outcome.ok) model.update(() => outcome.library);
  return outcome;
}

describe("library limits (issue 9)", () => {
  it("two imports of 2,000 phrases each: saved, and the next start opens the whole library", () => {
    const store = memoryStore();
    const model = createLibraryModel(store, loaders);
    expect(importInto(model, phrasePack("a", 2000)).ok).toBe(true);
    expect(importInto(model, phrasePack("b", 2000)).ok).toBe(true);
    expect(model.getState().saveError).toBeUndefined();
    const reloaded = createLibraryModel(store, loaders).getState();
    expect(reloaded.damaged).toBeUndefined();
    expect(reloaded.library.own.phrases).toHaveLength(4000);
    // The export of what was loaded imports again, into an empty library too.
    const again = runImport(emptyLibrary(), exportPack(reloaded.library.own), builtIn);
    expect(again.ok && again.library.own.phrases).toHaveLength(4000);
  });

  it("an import past the limit imports nothing and says how much room is left", () => {
    const model = createLibraryModel(memoryStore(), loaders);
    importInto(model, phrasePack("a", 2000));
    importInto(model, phrasePack("b", 2000));
    const before = model.getState().library;
    const outcome = importInto(model, phrasePack("c", 2000));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.title).toBe("我的素材库放不下这个素材包，没有导入任何内容：");
    expect(describeErrors(outcome.errors)).toEqual([
      "素材包中有 2000 条新的常用语，我的常用语最多 5000 条，还可添加 1000 条。",
      LIB_UI.pack.noRoomHint,
    ]);
    expect(model.getState().library).toBe(before);
  });

  it("an import to exactly the limit succeeds and says the room left; then the editor and 复制 are refused with it", () => {
    const model = createLibraryModel(memoryStore(), loaders);
    importInto(model, phrasePack("a", 4000));
    const outcome = importInto(model, phrasePack("b", 1000));
    expect(outcome.ok && outcome.lines).toEqual(["已导入 1000 条常用语。", "我的常用语还可添加 0 条。"]);
    const full = model.getState().library;
    const added = addEntry(full, "phrase", { category: "closing", text: "特此报告。" });
    expect(added).toEqual({ ok: false, errors: [{ path: "", message: "我的常用语最多 5000 条，还可添加 0 条。请先删除不用的常用语（可先导出备份）。" }] });
    const copied = addEntry(full, "phrase", { category: "opening", text: "复制来的。", copiedFrom: "opening-001" });
    expect(copied.ok).toBe(false);
    // An edit does not add: it goes on at the limit.
    expect(updateEntry(full, "phrase", "a-1", { category: "achievement", text: "改过的一条。" }).ok).toBe(true);
  });

  it("a library at the limit reloads whole, and its export imports into an empty library", () => {
    const store = memoryStore();
    const model = createLibraryModel(store, loaders);
    importInto(model, phrasePack("a", LIMITS.phrases));
    const reloaded = createLibraryModel(store, loaders).getState();
    expect(reloaded.damaged).toBeUndefined();
    expect(reloaded.library.own.phrases).toHaveLength(LIMITS.phrases);
    const again = runImport(emptyLibrary(), exportPack(reloaded.library.own), builtIn);
    expect(again.ok).toBe(true);
  });

  it("a library over a limit (saved by an earlier version) loads whole, re-imports into itself, and refuses growth only", () => {
    const legacy = withOwn({ phrases: phrases("old", 6000) });
    const store = memoryStore({ [LIBRARY_KEY]: serializeLibrary(legacy) });
    const state = createLibraryModel(store, loaders).getState();
    expect(state.damaged).toBeUndefined();
    expect(state.library.own.phrases).toHaveLength(6000);
    const again = runImport(state.library, exportPack(state.library.own), builtIn);
    expect(again.ok && again.lines).toEqual([LIB_UI.pack.nothingNew]);
    expect(addEntry(state.library, "phrase", { category: "closing", text: "新的一条。" }).ok).toBe(false);
    expect(updateEntry(state.library, "phrase", "old-1", { category: "achievement", text: "改过的一条。" }).ok).toBe(true);
    expect(LIB_UI.overLimit("常用语", "条", 6000, LIMITS.phrases)).toBe("我的常用语有 6000 条，超过上限 5000 条。可以照常使用和导出，但要删除 1000 条后才能再添加。");
  });

  it("the stored size: a pack that would pass it imports nothing; one within it re-imports from its pretty export", () => {
    // Templates of many short paragraphs: the pretty-printed export is the largest multiple of the stored size.
    const section = (n: number, blocks: number, text: string): SectionTemplate => ({
      id: `s-${n}`,
      title: `模板${n}`,
      blocks: Array.from({ length: blocks }, (_, i) => ({ role: "body" as const, text: `${text}${n}-${i}` })),
    });
    const small = Array.from({ length: 280 }, (_, n) => section(n, LIMITS.blocks, "短"));
    const within = runImport(emptyLibrary(), exportPack({ phrases: [], sections: small, skeletons: [] }), builtIn);
    expect(within.ok).toBe(true);
    if (!within.ok) return;
    const stored = serializeLibrary(within.library).length;
    expect(stored).toBeLessThanOrEqual(LIMITS.storedChars);
    const exported = exportPack(within.library.own);
    expect(exported.length).toBeGreaterThan(stored * 2);
    expect(runImport(emptyLibrary(), exported, builtIn).ok).toBe(true);

    const big = Array.from({ length: 3 }, (_, n) => section(n, 150, "字".repeat(4990)));
    const outcome = runImport(emptyLibrary(), exportPack({ phrases: [], sections: big, skeletons: [] }), builtIn);
    expect(outcome.ok ? [] : describeErrors(outcome.errors)[0]).toMatch(/^素材包中的新内容约 225\.9 万字，我的素材库在本机最多保存约 200 万字，还可添加约 199\.9 万字。$/);
  });
});

describe("a full store (issue 9)", () => {
  it("the change stays in the pane as unsaved, with a Chinese reason and the browser's text after it; a later save clears it", () => {
    const store = memoryStore({}, 1000);
    const model = createLibraryModel(store, loaders);
    const added = addEntry(model.getState().library, "phrase", { category: "closing", text: "以上报告，请审阅。" });
    if (!added.ok) throw new Error("fixture");
    const big = importInto(model, phrasePack("a", 50));
    expect(big.ok).toBe(true);
    const state = model.getState();
    expect(state.library.own.phrases).toHaveLength(50);
    expect(state.saveError?.reason).toBe("quota");
    expect(store.data.get(LIBRARY_KEY)).toBeUndefined();
    const text = LIB_UI.saveFailed(state.saveError?.reason ?? "quota", state.saveError?.detail ?? "");
    expect(text).toMatch(/^未能保存到本机：本机为加载项保留的存储空间已满。刚才的修改仍显示在窗格中，但尚未保存，关闭窗格后会丢失。请先导出素材包备份，再删除不用的内容后重试。（QuotaExceededError: Failed to execute 'setItem' on 'Storage': .*exceeded the quota\.）$/);
    // The export offered is what the pane shows, unsaved change included, and it imports again.
    expect(runImport(emptyLibrary(), exportPack(state.library.own), builtIn).ok).toBe(true);
    store.capacity = Number.POSITIVE_INFINITY;
    model.update((library) => ({ ...library, recent: [{ kind: "phrase", id: "a-1" }] }));
    expect(model.getState().saveError).toBeUndefined();
    expect(createLibraryModel(store, loaders).getState().library.own.phrases).toHaveLength(50);
  });

  it("a stored library with one bad entry: the rest loads, a notice lists it, the original stays until the next save", () => {
    const good = phrases("g", 3);
    const text = JSON.stringify({ own: { format: "gongwen-pack", version: 1, phrases: [good[0], { id: "bad", category: "closing", text: "垂直\u000b制表" }, good[1], good[2]], sections: [] }, favourites: [], recent: [] });
    const store = memoryStore({ [LIBRARY_KEY]: text });
    const model = createLibraryModel(store, loaders);
    const { library, damaged } = model.getState();
    expect(library.own.phrases).toEqual(good);
    expect(damaged?.partial).toBe(true);
    expect(describeErrors(damaged?.errors ?? [])).toEqual(["第2条常用语的内容含有不可见的控制字符（U+000B，第3个字，在 Word 中会成为换行符），请删除。（own.phrases[1].text）"]);
    expect(LIB_UI.damagedPartly(1, damaged?.backupKey)).toContain(`原内容已另存（${backupKeyOf(LIBRARY_KEY)}）`);
    expect(store.data.get(LIBRARY_KEY)).toBe(text);
    expect(store.data.get(backupKeyOf(LIBRARY_KEY))).toBe(text);
    // What loaded exports and re-imports.
    expect(runImport(emptyLibrary(), exportPack(library.own), builtIn).ok).toBe(true);
    model.update((l) => ({ ...l, recent: [{ kind: "phrase", id: "g-1" }] }));
    expect(store.data.get(backupKeyOf(LIBRARY_KEY))).toBe(text);
  });
});
