/** Export and import: a round trip, and id collisions (identical → unchanged, different → renamed or replaced). */
import { builtInContent, builtInIds } from "../../src/content";
import { contentKey, exportPack, importPack } from "../../src/core/content/pack";
import { emptyLibrary } from "../../src/core/content/library";
import { parsePack } from "../../src/core/content/validate";
import type { ContentSet, UserLibrary } from "../../src/core/content/types";

const own: ContentSet = {
  phrases: [{ id: "p1", category: "opening", text: "今年以来，" }],
  sections: [{ id: "s1", title: "信息", blocks: [{ role: "heading1", text: "拓宽信息渠道，提升报送质效" }] }],
  skeletons: [],
};
const library: UserLibrary = { ...emptyLibrary(), own };

describe("exportPack", () => {
  it("writes a readable pack that parses back to the same entries", () => {
    const text = exportPack(own, " 综合科 ");
    expect(text).toContain('"format": "gongwen-pack"');
    expect(text.endsWith("}\n")).toBe(true);
    expect(parsePack(text)).toEqual({ ok: true, value: { format: "gongwen-pack", version: 1, name: "综合科", ...own } });
  });
});

describe("importPack", () => {
  it("adds new entries", () => {
    const pack: ContentSet = { phrases: [{ id: "p2", category: "closing", text: "特此报告。" }], sections: [], skeletons: [] };
    const { library: next, report } = importPack(library, pack);
    expect(next.own.phrases.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(report).toEqual({ added: 1, byKind: { phrase: 1, section: 0, skeleton: 0 }, replaced: 0, unchanged: 0, renamed: [], favourites: 0 });
    expect(library.own.phrases).toHaveLength(1);
  });

  it("is idempotent: identical entries (in any key order) are left unchanged", () => {
    const reordered: ContentSet = { ...own, phrases: [{ text: "今年以来，", category: "opening", id: "p1" }] };
    const { library: next, report } = importPack(library, reordered);
    expect(next.own).toEqual(own);
    expect(report).toEqual({ added: 0, byKind: { phrase: 0, section: 0, skeleton: 0 }, replaced: 0, unchanged: 2, renamed: [], favourites: 0 });
  });

  it("renames a different entry with a taken id by default, never overwriting own work", () => {
    const pack: ContentSet = { phrases: [{ id: "p1", category: "opening", text: "一年来，" }, { id: "p1-2", category: "opening", text: "半年来，" }], sections: [], skeletons: [] };
    const first = importPack(library, { ...pack, phrases: [pack.phrases[0]] });
    expect(first.library.own.phrases.map((p) => `${p.id}:${p.text}`)).toEqual(["p1:今年以来，", "p1-2:一年来，"]);
    expect(first.report.renamed).toEqual([{ kind: "phrase", from: "p1", to: "p1-2" }]);
    const second = importPack(first.library, { ...pack, phrases: [pack.phrases[1]] });
    expect(second.report.renamed).toEqual([{ kind: "phrase", from: "p1-2", to: "p1-2-2" }]);
  });

  it("replaces own entries in place when asked", () => {
    const pack: ContentSet = { phrases: [{ id: "p1", category: "opening", text: "一年来，" }], sections: [], skeletons: [] };
    const { library: next, report } = importPack(library, pack, { onCollision: "replace" });
    expect(next.own.phrases).toEqual(pack.phrases);
    expect(report.replaced).toBe(1);
  });

  it("never takes a built-in id, even with replace", () => {
    const pack: ContentSet = { phrases: [{ id: "opening-001", category: "opening", text: "自己的开头，" }], sections: [], skeletons: [] };
    const { library: next, report } = importPack(emptyLibrary(), pack, { onCollision: "replace", builtInIds: builtInIds() });
    expect(next.own.phrases[0].id).toBe("opening-001-2");
    expect(report.renamed).toEqual([{ kind: "phrase", from: "opening-001", to: "opening-001-2" }]);
  });
});

describe("importPack: the same content is never added twice, whatever its id", () => {
  const mine: ContentSet = { phrases: [{ id: "own-phrase-1", category: "opening", text: "我的开头语，" }], sections: [], skeletons: [] };

  it("the tester's case: an id renamed on the first import does not duplicate on the second", () => {
    const start: UserLibrary = { ...emptyLibrary(), own: { ...mine, phrases: [{ id: "own-phrase-1", category: "closing", text: "别的结尾。" }] } };
    const first = importPack(start, mine);
    expect(first.library.own.phrases.map((p) => p.id)).toEqual(["own-phrase-1", "own-phrase-1-2"]);
    const second = importPack(first.library, mine);
    expect(second.library.own).toEqual(first.library.own);
    expect(second.report).toMatchObject({ added: 0, unchanged: 1 });
  });

  it("ignores ids, tags and surrounding spaces; an entry equal to a built-in one or to an earlier one in the pack is skipped", () => {
    const builtIn = builtInContent();
    const pack: ContentSet = {
      phrases: [
        { id: "x1", category: "opening", text: " 我的开头语， ", tags: ["年度"] },
        { id: "x2", category: builtIn.phrases[0].category, text: builtIn.phrases[0].text },
        { id: "x3", category: "closing", text: "新的结尾。" },
        { id: "x4", category: "closing", text: "新的结尾。" },
        { id: "x5", category: "opening", text: "新的结尾。" },
      ],
      sections: [
        { id: "s9", title: "信息", description: "另写的说明", blocks: [{ role: "heading1", text: "拓宽信息渠道，提升报送质效" }] },
        { id: "s10", title: builtIn.sections[0].title, blocks: builtIn.sections[0].blocks },
      ],
      skeletons: [],
    };
    const own: UserLibrary = { ...emptyLibrary(), own: { ...mine, sections: library.own.sections } };
    const { library: next, report } = importPack(own, pack, { builtInIds: builtInIds(), builtIn });
    expect(next.own.phrases.map((p) => p.id)).toEqual(["own-phrase-1", "x3", "x5"]);
    expect(next.own.sections.map((s) => s.id)).toEqual(["s1"]);
    expect(report).toMatchObject({ added: 2, byKind: { phrase: 2, section: 0, skeleton: 0 }, unchanged: 5 });
  });

  it("contentKey: a phrase is its category and text; a template its title and blocks", () => {
    expect(contentKey("phrase", { id: "a", category: "opening", text: "今年以来，" })).toBe(
      contentKey("phrase", { id: "b", category: "opening", text: "今年以来， ", tags: ["x"] }),
    );
    expect(contentKey("phrase", { id: "a", category: "opening", text: "今年以来，" })).not.toBe(
      contentKey("phrase", { id: "a", category: "closing", text: "今年以来，" }),
    );
    const blocks = [{ role: "heading1" as const, text: "标题" }];
    expect(contentKey("section", { title: "甲", blocks })).not.toBe(contentKey("section", { title: "甲", blocks: [{ role: "body", text: "标题" }] }));
  });
});

describe("favourites travel with a pack (issue 14)", () => {
  const ids = builtInIds();
  const builtInPhrase = builtInContent().phrases[0];

  it("are exported with the entries, own and built-in, and parse back", () => {
    const favourites = [{ kind: "phrase" as const, id: "p1" }, { kind: "phrase" as const, id: builtInPhrase.id }];
    const text = exportPack(own, undefined, undefined, favourites);
    const parsed = parsePack(text);
    expect(parsed.ok && parsed.value.favourites).toEqual(favourites);
    expect(exportPack(own)).not.toContain("favourites");
  });

  it("are added on import, following an entry that was renamed or already there under another id, without duplicates", () => {
    const mine: UserLibrary = {
      ...emptyLibrary(),
      own: { phrases: [{ id: "p1", category: "opening", text: "别的开头。" }, { id: "x9", category: "closing", text: "特此报告。" }], sections: [], skeletons: [] },
      favourites: [{ kind: "phrase", id: builtInPhrase.id }],
    };
    const text = exportPack(
      { phrases: [{ id: "p1", category: "opening", text: "今年以来，" }, { id: "p2", category: "closing", text: "特此报告。" }], sections: [], skeletons: [] },
      undefined,
      undefined,
      [
        { kind: "phrase", id: "p1" },
        { kind: "phrase", id: "p2" },
        { kind: "phrase", id: builtInPhrase.id },
        { kind: "section", id: "gone" },
      ],
    );
    const parsed = parsePack(text);
    if (!parsed.ok) throw new Error("pack should parse");
    const { library: next, report } = importPack(mine, parsed.value, { builtInIds: ids });
    // p1 was taken by a different phrase: renamed p1-2, and the favourite follows it; p2 is the writer's x9.
    expect(next.favourites).toEqual([
      { kind: "phrase", id: builtInPhrase.id },
      { kind: "phrase", id: "p1-2" },
      { kind: "phrase", id: "x9" },
    ]);
    expect(report.favourites).toBe(2);
  });

  it("a malformed favourite is refused with where it is", () => {
    const result = parsePack(JSON.stringify({ format: "gongwen-pack", version: 1, phrases: [], sections: [], favourites: [{ kind: "phrase" }] }));
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'favourites[0]: 素材包的第1条收藏格式不对：应为 { "kind": "phrase"、"section" 或 "skeleton", "id": 编号 }。',
    ]);
  });
});
