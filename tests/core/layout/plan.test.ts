/** 一键排版: what it changes (by role, with the preview's words), what it leaves alone, and how it is taken back. */
import { checkDocument } from "../../../src/core/engine";
import { planTypesetting, restoreChanges } from "../../../src/core/layout/plan";
import { resolveOptions } from "../../../src/core/options";
import { applyChanges, body, FANGSONG, heading, HEITI, KAITI, NO_INDENT, snapshot, SONGTI_XIAOSI, TWO_CHARS, XIAOBIAOSONG } from "./build";

const options = resolveOptions();
const A4 = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, linesPerPage: 22, charsPerLine: 28 };

const WRONG = snapshot(
  [
    { text: "关于2024年工作情况的报告", look: { font: "宋体", size: 18 }, align: "center", indent: NO_INDENT },
    body("第一段正文。", SONGTI_XIAOSI),
    heading("一、主要工作", { font: "宋体", size: 12, bold: true }),
    body("第二段正文。", SONGTI_XIAOSI),
    body("第三段正文。", { font: "宋体", size: 16 }),
    body("第四段正文，已经合乎标准。"),
    { text: "表格里的字", look: SONGTI_XIAOSI, table: true },
  ],
  { ...A4, topMm: 25.4 },
);

describe("planTypesetting", () => {
  const plan = planTypesetting(WRONG, options);

  it("changes every placed paragraph that is not yet right, and leaves right ones and tables alone", () => {
    expect(plan.changes.map((c) => c.paragraphIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives each its role's whole layout, keeping bold as it was", () => {
    expect(plan.changes[2]).toEqual({
      paragraphIndex: 2,
      paragraphText: "一、主要工作",
      layout: { alignment: "justify", firstLineIndent: { chars: 2, pt: 32 }, runs: [{ range: [0, 6], eastAsiaFont: "黑体", sizePt: 16 }] },
    });
    expect(plan.changes[0].layout).toEqual({
      alignment: "center",
      firstLineIndent: { chars: 0, pt: 0 },
      runs: [{ range: [0, 14], eastAsiaFont: "方正小标宋简体", sizePt: 22 }],
    });
  });

  it("previews per role how many paragraphs change, from what to what", () => {
    expect(plan.byRole).toEqual([
      { role: "title", paragraphs: 1, from: "宋体 小二，居中，无首行缩进", to: "方正小标宋简体 二号，居中，顶格（无首行缩进）" },
      { role: "heading1", paragraphs: 1, from: "宋体 小四，首行缩进2字符", to: "黑体 三号，首行缩进2字符" },
      { role: "body", paragraphs: 3, from: "宋体 小四，首行缩进2字符（2段）、宋体 三号，首行缩进2字符（1段）", to: "仿宋_GB2312 三号，首行缩进2字符" },
    ]);
  });

  it("sets the page when it differs from the standard or was not read, and not when it is right", () => {
    expect(plan.page).toEqual(A4);
    expect(planTypesetting(snapshot([body("正文。")], A4), options).page).toBeUndefined();
    expect(planTypesetting(snapshot([body("正文。")]), options).page).toEqual(A4);
  });

  it("leaves a document with nothing to check after typesetting", () => {
    const after = applyChanges(WRONG, plan.changes);
    const left = checkDocument({ ...after, layout: { page: A4 } }).filter((f) => f.category === "layout");
    expect(left).toEqual([]);
    expect(planTypesetting({ ...after, layout: { page: A4 } }, options)).toEqual({ changes: [], byRole: [] });
  });

  it("keeps to the selection", () => {
    expect(planTypesetting(WRONG, options, { from: 2, to: 3 }).changes.map((c) => c.paragraphIndex)).toEqual([2, 3]);
  });

  it("writes a run-in heading's words in the level's font and the rest in the body's", () => {
    const text = "（一）加强组织领导。成立工作专班。";
    const doc = snapshot([body("开头。"), { text, look: KAITI, indent: TWO_CHARS }]);
    expect(planTypesetting(doc, options).changes[0].layout.runs).toEqual([
      { range: [0, 10], eastAsiaFont: "楷体_GB2312", sizePt: 16 },
      { range: [10, text.length], eastAsiaFont: "仿宋_GB2312", sizePt: 16 },
    ]);
  });

  it("sets what it could not read (the host said nothing about it), saying so in the preview", () => {
    const doc = { paragraphs: [{ text: "正文。", tableNestingLevel: 0 }] };
    const unread = planTypesetting(doc, options);
    expect(unread.changes).toHaveLength(1);
    expect(unread.byRole).toEqual([{ role: "body", paragraphs: 1, from: "未能读取格式", to: "仿宋_GB2312 三号，首行缩进2字符" }]);
  });

  it("adds house practice when the house style asks: bold level 3, fixed line spacing, Times New Roman", () => {
    const house = resolveOptions({ layout: { level3Bold: true, lineSpacingPt: 28, latinTimesNewRoman: true } });
    const doc = snapshot([body("开头。"), heading("1.完善制度", FANGSONG)]);
    const change = planTypesetting(doc, house).changes.find((c) => c.paragraphIndex === 1);
    expect(change?.layout).toEqual({
      alignment: "justify",
      firstLineIndent: { chars: 2, pt: 32 },
      lineSpacing: { rule: "exact", pt: 28 },
      runs: [{ range: [0, 6], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: true }],
    });
  });
});

describe("restoreChanges", () => {
  it("gives back the layouts the paragraphs had, for 撤消排版", () => {
    const plan = planTypesetting(WRONG, options);
    const restore = restoreChanges(WRONG, plan.changes);
    expect(restore.map((c) => c.paragraphIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(restore[2]).toEqual({
      paragraphIndex: 2,
      paragraphText: "一、主要工作",
      layout: { alignment: "justify", firstLineIndent: { chars: 2 }, runs: [{ range: [0, 6], eastAsiaFont: "宋体", sizePt: 12, bold: true }] },
    });
    const undone = applyChanges(applyChanges(WRONG, plan.changes), restore);
    expect(undone.paragraphs.map((p) => p.layout)).toEqual(WRONG.paragraphs.map((p) => p.layout));
  });

  it("leaves untouched what was not read before (it cannot be given back) and paragraphs with no layout", () => {
    const doc = snapshot([{ text: "正文。", look: { font: "宋体" } }]);
    const [change] = restoreChanges(doc, planTypesetting(doc, options).changes);
    expect(change.layout).toEqual({ runs: [{ range: [0, 3], eastAsiaFont: "宋体" }] });
    expect(restoreChanges({ paragraphs: [{ text: "正文。", tableNestingLevel: 0 }] }, [{ paragraphIndex: 0, paragraphText: "正文。", layout: {} }])).toEqual([]);
  });
});

// Keep the imports honest: the looks used above are the standard's.
test("the standard looks used here are right as they are", () => {
  expect(planTypesetting(snapshot([{ text: "标题", look: XIAOBIAOSONG, align: "center", indent: NO_INDENT }, body("正文。", FANGSONG), heading("一、标题", HEITI)], A4), options).changes).toEqual([]);
});
