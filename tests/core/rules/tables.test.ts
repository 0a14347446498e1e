/**
 * Paragraphs inside tables are cells, not document headings (robustness suite): 一、二季度 or 信息简报编发 in a cell
 * must not join, break or close the heading runs around the table. Placeholders in cells are still found.
 */
import { checkDocument } from "../../../src/core/engine";
import type { DocParagraph, DocSnapshot } from "../../../src/core/model";
import { msg } from "../../../src/core/messages";

const p = (text: string, tableNestingLevel = 0): DocParagraph => ({ text, tableNestingLevel });
const numbering = (doc: DocSnapshot) => checkDocument(doc).filter((f) => f.category === "numbering");

describe("table cells", () => {
  it("一、二季度 in a cell does not break the （一）（二） run around the table", () => {
    const doc = { paragraphs: [p("（一）甲方面"), p("正文内容。"), p("一、二季度", 1), p("（二）乙方面"), p("正文。")] };
    expect(numbering(doc)).toEqual([]);
  });

  it("a heading-like cell is not a heading that lost its marker", () => {
    const doc = { paragraphs: [p("一、甲"), p("正文。"), p("信息简报编发", 1), p("调研报告撰写", 2), p("三、丙")] };
    const findings = numbering(doc);
    expect(findings.map((f) => [f.paragraphIndex, f.excerpt, f.message])).toEqual([[4, "三、", msg.numberingGap("二、", "三、")]]);
  });

  it("a numbered cell gets no numbering finding of its own", () => {
    const doc = { paragraphs: [p("一、甲"), p("（三）", 1), p("1", 1), p("二、乙")] };
    expect(numbering(doc)).toEqual([]);
  });

  it("placeholders in cells are still reported", () => {
    const doc = { paragraphs: [p("一、甲"), p("完成XX篇", 1), p("二、乙")] };
    expect(checkDocument(doc).filter((f) => f.ruleId === "placeholder").map((f) => [f.paragraphIndex, f.excerpt])).toEqual([[1, "XX"]]);
  });
});
