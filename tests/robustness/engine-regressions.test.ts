/**
 * Regression tests for engine bugs the robustness suite once found, as minimal repros. All are fixed: each must stay
 * green. A new bug found by the suite gets its repro here as a plain `it` together with its fix.
 */
import { checkDocument } from "../../src/core/engine";
import { applyFindingFixes } from "../../src/core/fixer";
import { snapshotFromLines, type DocParagraph } from "../../src/core/model";
import { splitsPair } from "./invariants";

const p = (text: string, tableNestingLevel = 0): DocParagraph => ({ text, tableNestingLevel });

describe("engine regressions (bugs found by the robustness suite, now fixed)", () => {
  it("structure-parts: its excerpt (first 10 code units) must not split a surrogate pair", () => {
    const doc = { paragraphs: [p("一、甲"), p("一二三四五六七八九😀乙")] };
    for (const f of checkDocument(doc)) {
      const text = doc.paragraphs[f.paragraphIndex].text;
      expect([f.ruleId, splitsPair(text, f.range[0]) || splitsPair(text, f.range[1])]).toEqual([f.ruleId, false]);
    }
  });

  it("numbering-sequence: the missing-number fix is not offered when its result would not parse (9× → 2.9× → 2.2.9×)", () => {
    const doc = snapshotFromLines("1.要点。正文\n9×。工甲\n3.要点。正文");
    const once = applyFindingFixes(doc, checkDocument(doc));
    expect(once.paragraphs[1].text).toBe("9×。工甲");
    expect(checkDocument(once).filter((f) => f.fix)).toEqual([]);
  });

  it("table cells are not headings: 一、二季度 in a cell must not break the （一）（二） run around the table", () => {
    const doc = { paragraphs: [p("（一）甲方面"), p("正文内容。"), p("一、二季度", 1), p("（二）乙方面"), p("正文。")] };
    expect(checkDocument(doc).filter((f) => f.category === "numbering")).toEqual([]);
  });

  it("enumeration-sequence: an inline 一是…三是；五是 after a paragraph-start run 一是 二是 四是 五是 is still checked", () => {
    const doc = snapshotFromLines(["1.压实责任。正文。", "一是甲。", "二是乙。", "四是丙。", "五是丁。", "具体来说：一是A；二是B；三是C；五是D；六是E。"].join("\n"));
    const last = checkDocument(doc).filter((f) => f.ruleId === "enumeration-sequence" && f.paragraphIndex === 5);
    // One finding at the break (issue 8); its fix renumbers 六是 too.
    expect(last.map((f) => f.excerpt)).toEqual(["五是"]);
    expect(last[0].fix?.edits.map((e) => e.text)).toEqual(["四是", "五是"]);
  });
});
