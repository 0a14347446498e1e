/** Own library: pure add/edit/delete, copy from built-in, favourites, recent, storage keys and round trips. */
import { builtInContent } from "../../src/content";
import {
  addEntry,
  copyToOwn,
  deleteEntry,
  emptyLibrary,
  isFavourite,
  pruneRefs,
  recordUse,
  storageKey,
  STORAGE_KEY,
  toggleFavourite,
  updateEntry,
} from "../../src/core/content/library";
import { parseLibrary, serializeLibrary } from "../../src/core/content/storage";
import type { UserLibrary } from "../../src/core/content/types";

function added(result: ReturnType<typeof addEntry>): { library: UserLibrary; id: string } {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}

describe("own entries", () => {
  it("adds phrases with fresh own ids, leaving the input untouched", () => {
    const empty = emptyLibrary();
    const one = added(addEntry(empty, "phrase", { category: "opening", text: "今年以来，" }));
    const two = added(addEntry(one.library, "phrase", { category: "closing", text: "本单位自拟的结尾语。" }));
    expect(one.id).toBe("own-phrase-1");
    expect(two.id).toBe("own-phrase-2");
    expect(empty.own.phrases).toEqual([]);
    expect(two.library.own.phrases.map((p) => p.text)).toEqual(["今年以来，", "本单位自拟的结尾语。"]);
  });

  it("rejects an invalid draft with plain sentences for the editor, not the pack's paths", () => {
    const result = addEntry(emptyLibrary(), "phrase", { category: "opening", text: "" });
    expect(result).toEqual({ ok: false, errors: [{ path: "", message: "请填写常用语内容。" }] });
    const long = addEntry(emptyLibrary(), "phrase", { category: "opening", text: "字".repeat(501) });
    expect(long.ok ? [] : long.errors.map((e) => e.message)).toEqual(["常用语不能超过 500 个字。"]);
    const section = addEntry(emptyLibrary(), "section", { title: " ", blocks: [] });
    expect(section.ok ? [] : section.errors.map((e) => e.message)).toEqual(["请填写模板名称。", "请至少填写一级标题或一段正文。"]);
  });

  it("refuses an own phrase that is already in the library, own or built-in", () => {
    const builtIn = builtInContent();
    const original = builtIn.phrases[0];
    const same = addEntry(emptyLibrary(), "phrase", { category: original.category, text: ` ${original.text}` }, { builtIn });
    expect(same).toEqual({ ok: false, errors: [{ path: "", message: "这条常用语已经在库中了。" }] });
    const one = added(addEntry(emptyLibrary(), "phrase", { category: "closing", text: "本单位自拟的结尾语。" }, { builtIn }));
    expect(addEntry(one.library, "phrase", { category: "closing", text: "本单位自拟的结尾语。" })).toEqual(same);
    // The same text in another category is another phrase.
    expect(addEntry(one.library, "phrase", { category: "opening", text: "本单位自拟的结尾语。" }).ok).toBe(true);
  });

  it("refuses an edit that makes an entry the same as another, but not saving a copy unchanged", () => {
    const builtIn = builtInContent();
    const original = builtIn.phrases[0];
    const copy = added(copyToOwn(emptyLibrary(), "phrase", original));
    const { id: _id, copiedFrom: _from, ...unchanged } = copy.library.own.phrases[0];
    expect(updateEntry(copy.library, "phrase", copy.id, { ...unchanged, copiedFrom: original.id }, { builtIn }).ok).toBe(true);
    const other = added(addEntry(copy.library, "phrase", { category: "closing", text: "本单位自拟的结尾语。" }));
    expect(updateEntry(other.library, "phrase", copy.id, { category: "closing", text: "本单位自拟的结尾语。" }, { builtIn })).toEqual({
      ok: false,
      errors: [{ path: "", message: "这条常用语已经在库中了。" }],
    });
    const draft = { title: "信息报送", blocks: [{ role: "heading1" as const, text: "拓宽信息渠道" }] };
    const section = added(addEntry(emptyLibrary(), "section", draft));
    expect(addEntry(section.library, "section", { ...draft, title: "信息报送 " })).toEqual({
      ok: false,
      errors: [{ path: "", message: "同样的段落模板已经在库中了。" }],
    });
  });

  it("adds and edits a section template", () => {
    const draft = { title: "信息报送", blocks: [{ role: "heading1" as const, text: "拓宽信息渠道，提升报送质效" }] };
    const one = added(addEntry(emptyLibrary(), "section", draft));
    const edited = updateEntry(one.library, "section", one.id, { ...draft, title: "信息工作" });
    expect(edited.ok && edited.library.own.sections).toEqual([{ id: "own-section-1", ...draft, title: "信息工作" }]);
    expect(updateEntry(one.library, "section", "nope", draft)).toEqual({
      ok: false,
      errors: [{ path: "", message: "没有找到要修改的内容，可能已被删除。" }],
    });
  });

  it("deletes an entry together with its favourite and recent references", () => {
    const one = added(addEntry(emptyLibrary(), "phrase", { category: "opening", text: "一年来，" }));
    const ref = { kind: "phrase" as const, id: one.id };
    const used = recordUse(toggleFavourite(one.library, ref), ref);
    const gone = deleteEntry(used, "phrase", one.id);
    expect(gone).toEqual(emptyLibrary());
    expect(deleteEntry(gone, "phrase", "missing")).toBe(gone);
  });

  it("copies a built-in entry into the own library, remembering where it came from", () => {
    const builtIn = builtInContent().sections[0];
    const copy = added(copyToOwn(emptyLibrary(), "section", builtIn));
    const own = copy.library.own.sections[0];
    expect(own.id).toBe("own-section-1");
    expect(own.copiedFrom).toBe(builtIn.id);
    expect(own.blocks).toEqual(builtIn.blocks);
  });
});

describe("favourites and recent", () => {
  const a = { kind: "phrase" as const, id: "opening-001" };
  const b = { kind: "section" as const, id: "sec-research" };

  it("toggles favourites, newest first", () => {
    const lib = toggleFavourite(toggleFavourite(emptyLibrary(), a), b);
    expect(lib.favourites).toEqual([b, a]);
    expect(isFavourite(lib, a)).toBe(true);
    expect(isFavourite(toggleFavourite(lib, a), a)).toBe(false);
  });

  it("keeps a bounded recent list, moving a reused entry to the front", () => {
    let lib = emptyLibrary();
    for (let i = 1; i <= 5; i += 1) lib = recordUse(lib, { kind: "phrase", id: `p${i}` }, 3);
    expect(lib.recent.map((r) => r.id)).toEqual(["p5", "p4", "p3"]);
    lib = recordUse(lib, { kind: "phrase", id: "p3" }, 3);
    expect(lib.recent.map((r) => r.id)).toEqual(["p3", "p5", "p4"]);
  });

  it("prunes references to entries that no longer exist", () => {
    const lib = recordUse(toggleFavourite(emptyLibrary(), a), b);
    const pruned = pruneRefs(lib, (ref) => ref.id !== "sec-research");
    expect(pruned.favourites).toEqual([a]);
    expect(pruned.recent).toEqual([]);
    expect(pruneRefs(pruned, () => true)).toBe(pruned);
  });
});

describe("storage", () => {
  it("uses a versioned key with an optional partition", () => {
    expect(STORAGE_KEY).toBe("gongwen.library.v1");
    expect(storageKey()).toBe("gongwen.library.v1");
    expect(storageKey("user-2")).toBe("gongwen.library.v1:user-2");
  });

  it("round-trips a library", () => {
    const one = added(addEntry(emptyLibrary(), "phrase", { category: "opening", text: "一年来，", tags: ["年度"] }));
    const lib = recordUse(toggleFavourite(one.library, { kind: "phrase", id: one.id }), { kind: "phrase", id: one.id });
    expect(parseLibrary(serializeLibrary(lib))).toEqual({ ok: true, value: lib, problems: [] });
  });

  it("reports a damaged stored value instead of throwing", () => {
    expect(parseLibrary("{oops")).toEqual({ ok: false, errors: [{ path: "", message: "已保存的素材库已损坏，无法读取" }] });
  });

  it("loads what is valid and reports the rest, entry by entry", () => {
    const good = { id: "b", category: "closing", text: "特此报告。" };
    const bad = JSON.stringify({
      own: { format: "gongwen-pack", version: 1, phrases: [{ id: "a" }, good, { ...good, text: "重复的编号。" }], sections: [] },
      favourites: [{ kind: "x", id: 1 }, { kind: "phrase", id: "b" }],
      recent: {},
    });
    const result = parseLibrary(bad);
    expect(result.ok && result.value).toEqual({ own: { phrases: [good], sections: [], skeletons: [] }, favourites: [{ kind: "phrase", id: "b" }], recent: [] });
    expect(result.ok && result.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: "own.phrases[0].category", message: "第1条常用语缺少类别。" },
      { path: "own.phrases[0].text", message: "第1条常用语缺少内容。" },
      { path: "own.phrases[2].id", message: "第3条常用语的编号“b”与前面的重复，未载入。" },
      { path: "favourites[0]", message: "已保存的素材库中“favourites”第1项无效" },
      { path: "recent", message: "已保存的素材库中“recent”应为列表" },
    ]);
  });
});
