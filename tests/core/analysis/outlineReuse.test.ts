import { analyzeOutline } from "../../../src/core/analysis/outline";
import type { DocParagraph, DocSnapshot } from "../../../src/core/model";

const TEXTS = ["关于加强管理的通知", "一、总体要求", "正文。", "二、主要任务", "（一）加强领导", "（二）落实责任", "三、保障措施"];
const paragraphs = (): DocParagraph[] => TEXTS.map((text) => ({ text, tableNestingLevel: 0 }));
/** The pane's 格式 pass: the same paragraphs again, each a new object with its layout. */
const laidOut = (doc: DocSnapshot): DocSnapshot => ({
  paragraphs: doc.paragraphs.map((p) => ({ ...p, layout: { alignment: "left" } as DocParagraph["layout"] })),
  layout: {},
});
const withParagraph = (doc: DocSnapshot, index: number, change: Partial<DocParagraph>): DocSnapshot => ({
  paragraphs: doc.paragraphs.map((p, i) => (i === index ? { ...p, ...change } : p)),
});
const markerValues = (doc: DocSnapshot) => analyzeOutline(doc).markers.map((m) => (m ? `${m.level}:${m.value}` : "-"));

describe("the outline of a laid-out copy of a snapshot", () => {
  it("is the text pass's own outline, not built again", () => {
    const text: DocSnapshot = { paragraphs: paragraphs() };
    const outline = analyzeOutline(text);
    expect(analyzeOutline(laidOut(text))).toBe(outline);
  });

  it("is built again when a text, list string, table level or part it reads differs", () => {
    const text: DocSnapshot = { paragraphs: paragraphs() };
    expect(markerValues(text)).toEqual(["-", "1:1", "-", "1:2", "2:1", "2:2", "1:3"]);
    const outline = analyzeOutline(text);
    const changed = [
      withParagraph(text, 3, { text: "四、主要任务" }),
      withParagraph(text, 2, { text: "总体目标", listString: "二、" }),
      withParagraph(text, 4, { tableNestingLevel: 1 }),
      withParagraph(text, 5, { part: "header" }),
    ];
    for (const doc of changed) expect(analyzeOutline(laidOut(doc))).not.toBe(outline);
    expect(markerValues(laidOut(changed[0]))).toEqual(["-", "1:1", "-", "1:4", "2:1", "2:2", "1:3"]);
    expect(markerValues(laidOut(changed[1]))).toEqual(["-", "1:1", "1:2", "1:2", "2:1", "2:2", "1:3"]);
    expect(markerValues(laidOut(changed[2]))).toEqual(["-", "1:1", "-", "1:2", "-", "2:2", "1:3"]);
    expect(markerValues(laidOut(changed[3]))).toEqual(["-", "1:1", "-", "1:2", "2:1", "-", "1:3"]);
    // A paragraph fewer is another document too.
    const shorter: DocSnapshot = { paragraphs: text.paragraphs.slice(0, 4) };
    expect(markerValues(laidOut(shorter))).toEqual(["-", "1:1", "-", "1:2"]);
    // After all that, the first text's outline is still its own (its snapshot's cache).
    expect(analyzeOutline(text)).toBe(outline);
  });
});
