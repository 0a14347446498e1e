import { builtInContent, builtInIds } from "../../src/content";
import type { BuiltIn } from "../../src/taskpane/library/libraryModel";
import { emptyLibrary, exportPack } from "../../src/core/content";
import { describeErrors, runImport } from "../../src/taskpane/library/importFlow";

const ids: BuiltIn = { content: builtInContent(), ids: builtInIds() };

describe("import flow", () => {
  it("a malformed pack: every problem in Chinese with where it is, and the library untouched", () => {
    const library = emptyLibrary();
    const pack = JSON.stringify({
      format: "gongwen-pack",
      version: 1,
      phrases: [{ id: "p1", category: "开头语", text: "今年以来，" }, { id: "p2", category: "开场白", text: "x" }, { id: "p3", category: "opening" }],
      sections: [{ id: "s1", title: "调研", blocks: [{ role: "heading9", text: "调研" }] }],
    });
    const outcome = runImport(library, pack, ids);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const lines = describeErrors(outcome.errors);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.some((l) => l.includes("phrases[1]"))).toBe(true);
    expect(lines.some((l) => l.includes("phrases[2]") && l.includes("text"))).toBe(true);
    expect(lines.some((l) => l.includes("sections[0].blocks[0]"))).toBe(true);
    expect(library).toEqual(emptyLibrary());
  });

  it("not JSON at all: one Chinese line with the position", () => {
    const outcome = runImport(emptyLibrary(), '{"format": "gongwen-pack",, }', ids);
    expect(outcome.ok ? [] : describeErrors(outcome.errors)).toEqual([expect.stringMatching(/^文件不是有效的 JSON 格式：第1行第\d+列附近/)]);
  });

  it("a valid pack: added, and a built-in id renamed without showing ids", () => {
    const builtIn = builtInContent().phrases[0];
    const pack = exportPack({ phrases: [{ ...builtIn, text: "改写后的开头语。" }, { id: "mine-1", category: "closing", text: "本单位自拟的结尾语。" }], sections: [], skeletons: [] });
    const outcome = runImport(emptyLibrary(), pack, ids);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.library.own.phrases.map((p) => p.id)).toEqual([`${builtIn.id}-2`, "mine-1"]);
    expect(outcome.lines).toEqual(["已导入 2 条常用语。"]);
  });

  it("importing the same pack twice changes nothing the second time", () => {
    const pack = exportPack({ phrases: [{ id: "mine-1", category: "closing", text: "本单位自拟的结尾语。" }], sections: [], skeletons: [] });
    const first = runImport(emptyLibrary(), pack, ids);
    if (!first.ok) throw new Error("fixture");
    const second = runImport(first.library, pack, ids);
    expect(second.ok && second.lines).toEqual(["素材包中的内容都已在素材库中，没有变化。"]);
    expect(second.ok && second.library).toEqual(first.library);
  });

  it("says what was added per kind and how many were already there, never an id", () => {
    const builtIn = builtInContent();
    const pack = exportPack({
      phrases: [
        { id: "own-phrase-1", category: "opening", text: "甲。" },
        { id: "own-phrase-2", category: "opening", text: "乙。" },
        { id: "own-phrase-3", category: "opening", text: "丙。" },
        { id: "x", category: builtIn.phrases[0].category, text: builtIn.phrases[0].text },
      ],
      sections: [
        { id: "own-section-1", title: "自拟", blocks: [{ role: "body", text: "正文" }] },
        { ...builtIn.sections[0], id: "copy" },
      ],
      skeletons: [],
    }, undefined);
    const start = { ...emptyLibrary(), own: { phrases: [{ id: "own-phrase-1", category: "closing" as const, text: "别的。" }], sections: [], skeletons: [] } };
    const first = runImport(start, pack, ids);
    expect(first.ok && first.lines).toEqual(["已导入 3 条常用语、1 个段落模板；2 条与已有内容相同，未重复添加。"]);
    if (!first.ok) return;
    const second = runImport(first.library, pack, ids);
    expect(second.ok && second.lines).toEqual(["素材包中的内容都已在素材库中，没有变化。"]);
    expect(second.ok && second.library).toEqual(first.library);
  });

  it("an imported pack's problems read as sentences, the JSON path at the end", () => {
    const pack = JSON.stringify({ format: "gongwen-pack", version: 1, phrases: [{ id: "p1", category: "开头语", text: "甲" }, { id: "p2", category: "开头语", text: "乙" }, { id: "p3", category: "foo", text: "丙" }] });
    const outcome = runImport(emptyLibrary(), pack, ids);
    expect(outcome.ok ? [] : describeErrors(outcome.errors)).toEqual([
      "第3条常用语的类别“foo”无法识别，应为：开头语、指导思想、工作思路、过渡语、对仗式小标题、成效与评价、工作亮点、四字排比、数据句式、经验体会与启示、问题与不足、原因分析、下一步打算、结尾与表态之一。（phrases[2].category）",
      "素材包中没有段落模板列表，文件可能不完整，或不是公文写作助手导出的素材包。请重新导出后再导入。（sections）",
    ]);
  });
});
