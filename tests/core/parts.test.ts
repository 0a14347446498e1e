/**
 * Paragraphs of other parts (headers, footers, notes, text boxes) follow the body's in a snapshot: placeholders are
 * looked for there, headings, enumerations and the genre's structure only in the main text (issue 8).
 */
import { checkDocument } from "../../src/core/engine";
import type { DocParagraph, DocPart } from "../../src/core/model";

const body = (text: string): DocParagraph => ({ text, tableNestingLevel: 0 });
const inPart = (text: string, part: DocPart): DocParagraph => ({ text, tableNestingLevel: 0, part });

describe("parts other than the main text", () => {
  const doc = {
    paragraphs: [
      body("关于2025年工作情况的报告"),
      body("现将有关情况报告如下："),
      body("一、主要工作"),
      body("一是抓学习；二是抓落实。"),
      body("二、存在问题"),
      inPart("XXXX人民政府文件", "textBox"),
      inPart("三、第XX稿", "header"),
      inPart("一是页脚；三是页脚。", "footer"),
      inPart("妥否，请批示。", "footnote"),
    ],
  };
  const findings = checkDocument(doc);

  it("finds placeholders in a text box and a header", () => {
    expect(findings.filter((f) => f.category === "placeholder").map((f) => [f.paragraphIndex, f.excerpt])).toEqual([
      [5, "XXXX"],
      [6, "XX"],
    ]);
  });

  it("reads no heading, enumeration or request in them", () => {
    expect(findings.filter((f) => f.paragraphIndex >= 5 && f.category !== "placeholder")).toEqual([]);
  });
});
