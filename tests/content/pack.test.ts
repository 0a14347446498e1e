/** Export and import: a round trip, and id collisions (identical → unchanged, different → renamed or replaced). */
import { builtInIds } from "../../src/content";
import { exportPack, importPack } from "../../src/core/content/pack";
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
    expect(report).toEqual({ added: 1, replaced: 0, unchanged: 0, renamed: [] });
    expect(library.own.phrases).toHaveLength(1);
  });

  it("is idempotent: identical entries (in any key order) are left unchanged", () => {
    const reordered: ContentSet = { ...own, phrases: [{ text: "今年以来，", category: "opening", id: "p1" }] };
    const { library: next, report } = importPack(library, reordered);
    expect(next.own).toEqual(own);
    expect(report).toEqual({ added: 0, replaced: 0, unchanged: 2, renamed: [] });
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
