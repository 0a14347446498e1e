import { pinyin } from "pinyin-pro";
import { builtInContent } from "../../src/content";
import { addEntry, buildSearchIndex, emptyLibrary, makeInitialsOf, recordUse, toggleFavourite } from "../../src/core/content";
import type { UserLibrary } from "../../src/core/content";
import { listPhrases } from "../../src/taskpane/phrases/phraseFilter";
import type { PhraseSource } from "../../src/taskpane/phrases/phraseFilter";

const builtIn = builtInContent();

function source(library: UserLibrary, initials = true): PhraseSource {
  const sets = [{ set: library.own, source: "own" as const }, { set: builtIn, source: "builtIn" as const }];
  return { builtIn, library, index: buildSearchIndex(sets, initials ? makeInitialsOf(pinyin) : undefined) };
}

function withOwn(): UserLibrary {
  const added = addEntry(emptyLibrary(), "phrase", { category: "closing", text: "以上报告，如有不妥，请批评指正。" });
  if (!added.ok) throw new Error("fixture");
  return added.library;
}

describe("phrase list", () => {
  it("全部 lists own phrases first, then all built-in ones", () => {
    const items = listPhrases(source(withOwn()), "all", "");
    expect(items).toHaveLength(builtIn.phrases.length + 1);
    expect(items[0]).toMatchObject({ own: true });
  });

  it("a category lists only its phrases", () => {
    const items = listPhrases(source(emptyLibrary()), "transition", "");
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((i) => i.phrase.category === "transition")).toBe(true);
  });

  it("xjyg finds 现将有关情况…… with the matched characters highlighted", () => {
    const items = listPhrases(source(emptyLibrary()), "all", "xjyg");
    const first = items[0];
    expect(first.phrase.text.startsWith("现将有关情况")).toBe(true);
    expect(first.highlight && first.phrase.text.slice(...first.highlight)).toBe("现将有关");
  });

  it("Chinese search works before pinyin has loaded", () => {
    const items = listPhrases(source(emptyLibrary(), false), "all", "总结如下");
    expect(items.length).toBeGreaterThan(0);
    expect(items[0].highlight && items[0].phrase.text.slice(...items[0].highlight)).toBe("总结如下");
    expect(listPhrases(source(emptyLibrary(), false), "all", "xjyg")).toEqual([]);
  });

  it("收藏, 最近使用 and 我的 follow the library; search stays inside the filter", () => {
    const own = withOwn();
    const ownId = own.own.phrases[0].id;
    let library = toggleFavourite(own, { kind: "phrase", id: "opening-001" });
    library = recordUse(library, { kind: "phrase", id: "closing-001" });
    library = recordUse(library, { kind: "phrase", id: ownId });
    const s = source(library);
    expect(listPhrases(s, "favourites", "").map((i) => i.phrase.id)).toEqual(["opening-001"]);
    expect(listPhrases(s, "recent", "").map((i) => i.phrase.id)).toEqual([ownId, "closing-001"]);
    expect(listPhrases(s, "mine", "").map((i) => i.phrase.id)).toEqual([ownId]);
    expect(listPhrases(s, "mine", "批评指正")).toHaveLength(1);
    expect(listPhrases(s, "favourites", "批评指正")).toHaveLength(0);
  });

  it("an own phrase copied from a built-in one keeps both apart", () => {
    const original = builtIn.phrases[0];
    const added = addEntry(emptyLibrary(), "phrase", { category: original.category, text: original.text, copiedFrom: original.id });
    if (!added.ok) throw new Error("fixture");
    const items = listPhrases(source(added.library), "all", original.text.slice(0, 6));
    expect(items.filter((i) => i.phrase.text === original.text).map((i) => i.own)).toEqual([true, false]);
  });
});
