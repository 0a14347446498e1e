/** Search by Chinese substring and pinyin initials, with ranking; pinyin-pro injected as in the task pane. */
import { pinyin } from "pinyin-pro";
import { builtInContent } from "../../src/content";
import { loadPinyinInitials, makeInitialsOf } from "../../src/core/content/pinyin";
import { buildSearchIndex, search, withInitials, type SearchHit } from "../../src/core/content/search";
import type { ContentSet, Phrase } from "../../src/core/content/types";

const initialsOf = makeInitialsOf(pinyin);

const p = (id: string, text: string, category: Phrase["category"] = "opening"): Phrase => ({ id, category, text });

const small: ContentSet = {
  phrases: [
    p("t1", "现将有关情况总结如下：", "transition"),
    p("t2", "对此，现将有关情况报告如下：", "transition"),
    p("o1", "今年以来，在XX的坚强领导下，"),
    p("n1", "突出重点，推动工作落实。", "nextStep"),
    p("b1", "加强与银行的对接。", "nextStep"),
    p("b2", "开展专项行动。", "nextStep"),
  ],
  sections: [
    {
      id: "s1",
      title: "以文辅政",
      tags: ["文稿起草"],
      blocks: [
        { role: "heading1", text: "突出以文辅政，着力提升文稿质量" },
        { role: "body", text: "全年起草各类文稿XX篇。" },
      ],
    },
  ],
  skeletons: [],
};

const ids = (hits: readonly SearchHit[]): string[] => hits.map((h) => h.entry.id);

describe("initialsOf (pinyin-pro in context)", () => {
  it("gives one initial per Han character and skips the rest", () => {
    expect(initialsOf("现将有关情况总结如下：")).toBe("xjygqkzjrx");
    expect(initialsOf("召开会议XX次")).toBe("zkhyc");
  });

  it("reads polyphones from their words", () => {
    expect(initialsOf("重点")).toBe("zd");
    expect(initialsOf("银行")).toBe("yh");
    expect(initialsOf("行动")).toBe("xd");
    expect(initialsOf("协调")).toBe("xt");
    expect(initialsOf("调研")).toBe("dy");
    expect(initialsOf("着力")).toBe("zl");
  });

  it("loads lazily through a dynamic import, once", async () => {
    const first = loadPinyinInitials();
    expect(loadPinyinInitials()).toBe(first);
    expect((await first)("特此报告")).toBe("tcbg");
  });
});

describe("search", () => {
  const index = buildSearchIndex([{ set: small, source: "builtIn" }], initialsOf);

  it("finds by pinyin initials, prefix matches first, with a highlight", () => {
    const hits = search(index, "xjyg");
    expect(ids(hits)).toEqual(["t1", "t2"]);
    expect(hits[0].highlight).toEqual([0, 4]);
    expect(hits[1].highlight).toEqual([3, 7]);
  });

  it("finds by Chinese substring, prefix first", () => {
    expect(ids(search(index, "现将有关情况"))).toEqual(["t1", "t2"]);
    expect(search(index, "坚强领导")[0].highlight).toEqual([9, 13]);
  });

  it("uses polyphone readings in context", () => {
    expect(ids(search(index, "yh"))).toEqual(["b1"]);
    expect(ids(search(index, "zxxd"))).toEqual(["b2"]);
    expect(ids(search(index, "tczd"))).toEqual(["n1"]);
  });

  it("accepts upper-case and full-width letters typed by an IME", () => {
    expect(ids(search(index, "XJYG"))).toEqual(["t1", "t2"]);
    expect(ids(search(index, "ｘｊｙｇ"))).toEqual(["t1", "t2"]);
  });

  it("requires every space-separated term", () => {
    expect(ids(search(index, "现将 报告"))).toEqual(["t2"]);
    expect(ids(search(index, "xjyg bg"))).toEqual(["t2"]);
  });

  it("finds sections by title, heading initials and body text, ranked below phrases' own text", () => {
    expect(ids(search(index, "以文辅政"))).toEqual(["s1"]);
    expect(ids(search(index, "zltswg"))).toEqual(["s1"]);
    expect(ids(search(index, "文稿", { kinds: ["section"] }))).toEqual(["s1"]);
    expect(ids(search(index, "起草"))).toEqual(["s1"]);
  });

  it("filters by kind and category and limits the hits", () => {
    expect(ids(search(index, "tc", { kinds: ["phrase"] }))).toEqual(["n1"]);
    expect(ids(search(index, "如下", { category: "transition", limit: 1 }))).toEqual(["t1"]);
  });

  it("returns nothing for an empty query", () => {
    expect(search(index, "  ")).toEqual([]);
  });

  it("works on Chinese before pinyin has loaded, and with it afterwards", () => {
    const bare = buildSearchIndex([{ set: small, source: "builtIn" }]);
    expect(bare.hasInitials).toBe(false);
    expect(ids(search(bare, "总结"))).toEqual(["t1"]);
    expect(search(bare, "xjyg")).toEqual([]);
    expect(ids(search(withInitials(bare, initialsOf), "xjyg"))).toEqual(["t1", "t2"]);
  });

  it("ranks own entries before built-in ones on equal score", () => {
    const own: ContentSet = { phrases: [p("own-phrase-1", "现将有关情况总结如下：", "transition")], sections: [], skeletons: [] };
    const both = buildSearchIndex([{ set: small, source: "builtIn" }, { set: own, source: "own" }], initialsOf);
    const hits = search(both, "xjygqkzj");
    expect(hits.map((h) => `${h.source}:${h.entry.id}`)).toEqual(["own:own-phrase-1", "builtIn:t1"]);
  });
});

describe("search over the whole built-in library", () => {
  const content = builtInContent();

  it("finds the genre's formulas", () => {
    const index = buildSearchIndex([{ set: content, source: "builtIn" }], initialsOf);
    const hit = search(index, "xjyg")[0];
    expect((hit.entry as Phrase).text.startsWith("现将有关情况")).toBe(true);
    expect(search(index, "特此报告")[0].entry.id).toBe("closing-001");
    expect(search(index, "信息报送", { kinds: ["section"] })[0].entry.id).toBe("sec-information");
  });
});

describe("full pinyin (issue 11)", () => {
  const index = buildSearchIndex([{ set: builtInContent(), source: "builtIn" }], initialsOf);

  it("gives each Han character's syllable without tone", () => {
    expect(initialsOf.syllables?.("久久为功，")).toEqual(["jiu", "jiu", "wei", "gong"]);
    expect(initialsOf.syllables?.("重点工作")).toEqual(["zhong", "dian", "gong", "zuo"]);
  });

  it("jiujiu finds 久久为功 and marks it", () => {
    const hits = search(index, "jiujiu", { kinds: ["phrase"] });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 3)) {
      const text = (hit.entry as Phrase).text;
      expect(text).toContain("久久");
      expect(hit.highlight && text.slice(hit.highlight[0], hit.highlight[1])).toBe("久久");
    }
  });

  it("whole and begun syllables mix, as initials do: xianjiang, xjyg, xianjygq", () => {
    const first = (query: string) => (search(index, query, { kinds: ["phrase"] })[0]?.entry as Phrase | undefined)?.text;
    for (const query of ["xianjiang", "xjyg", "xianjygq", "xianjiangyouguan"]) expect([query, first(query)?.startsWith("现将有关")]).toEqual([query, true]);
  });

  it("a syllable that no character has finds nothing", () => {
    expect(search(index, "jiujiuq", { kinds: ["phrase"] }).map((h) => (h.entry as Phrase).text).filter((t) => !/久久/.test(t))).toEqual([]);
    expect(search(index, "zzzzqq", { kinds: ["phrase"] })).toEqual([]);
  });
});
