import { builtInContent, builtInIds } from "../../src/content";
import { emptyLibrary, exportPack } from "../../src/core/content";
import { describeErrors, runImport } from "../../src/taskpane/library/importFlow";

const ids = builtInIds();

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

  it("a valid pack: added, and a built-in id renamed and said so", () => {
    const builtIn = builtInContent().phrases[0];
    const pack = exportPack({ phrases: [{ ...builtIn, text: "改写后的开头语。" }, { id: "mine-1", category: "closing", text: "特此报告。" }], sections: [], skeletons: [] });
    const outcome = runImport(emptyLibrary(), pack, ids);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.library.own.phrases.map((p) => p.id)).toEqual([`${builtIn.id}-2`, "mine-1"]);
    expect(outcome.lines).toEqual(["已导入 2 条。", `编号“${builtIn.id}”已被占用，导入为“${builtIn.id}-2”`]);
  });

  it("importing the same pack twice changes nothing the second time", () => {
    const pack = exportPack({ phrases: [{ id: "mine-1", category: "closing", text: "特此报告。" }], sections: [], skeletons: [] });
    const first = runImport(emptyLibrary(), pack, ids);
    if (!first.ok) throw new Error("fixture");
    const second = runImport(first.library, pack, ids);
    expect(second.ok && second.lines).toEqual(["素材包中的内容都已在素材库中，没有变化。"]);
    expect(second.ok && second.library).toEqual(first.library);
  });
});
