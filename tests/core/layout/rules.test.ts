/** The 格式 rules on snapshots with layout: each role, run-in headings, mixed runs, unread properties, runs of paragraphs. */
import { checkDocument } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/finding";
import type { CheckOptionsInput } from "../../../src/core/options";
import { snapshotFromLines, type DocSnapshot } from "../../../src/core/model";
import { applyChanges, body, FANGSONG, heading, HEITI, KAITI, NO_INDENT, snapshot, SONGTI_XIAOSI, TWO_CHARS, XIAOBIAOSONG, type ParagraphSpec } from "./build";

const layoutFindings = (doc: DocSnapshot, options?: CheckOptionsInput): Finding[] => checkDocument(doc, options).filter((f) => f.category === "layout");
const messages = (doc: DocSnapshot, options?: CheckOptionsInput): string[] => layoutFindings(doc, options).map((f) => f.message);

/** Applying every finding's layout fix leaves no 格式 finding. */
function fixedAll(doc: DocSnapshot, options?: CheckOptionsInput): DocSnapshot {
  const changes = layoutFindings(doc, options).flatMap((f) => f.layoutFix?.paragraphs ?? []);
  return applyChanges(doc, changes);
}

const TITLE: ParagraphSpec = { text: "关于2024年工作情况的报告", look: XIAOBIAOSONG, align: "center", indent: NO_INDENT };
const RECIPIENT: ParagraphSpec = { text: "市人民政府：", look: FANGSONG, align: "justify", indent: NO_INDENT };

/** A 报告 as GB/T 9704—2012 wants it. */
const RIGHT: readonly ParagraphSpec[] = [
  TITLE,
  RECIPIENT,
  body("2024年，我局认真贯彻落实市委、市政府部署，各项工作取得新进展。现将有关情况报告如下："),
  heading("一、主要工作", HEITI),
  { text: "（一）加强组织领导。成立工作专班，每月调度一次。", pieces: [[10, KAITI], [25, FANGSONG]], indent: TWO_CHARS, align: "justify" },
  heading("1.完善制度", FANGSONG),
  body("制定管理办法3项，修订2项。"),
  body("特此报告。"),
  { text: "XX市XX局", look: FANGSONG, align: "right" },
  { text: "2024年12月20日", look: FANGSONG, align: "right" },
];

describe("layout rules: a document as the standard wants it", () => {
  it("gives no 格式 finding", () => {
    expect(messages(snapshot(RIGHT))).toEqual([]);
  });
  it("takes equivalent names of one family as the same font", () => {
    const doc = snapshot([
      TITLE,
      body("正文用仿宋。", { font: "FangSong", size: 16 }),
      body("正文用方正仿宋。", { font: "方正仿宋_GBK", size: 16 }),
      heading("一、黑体标题", { font: "SimHei", size: 16 }),
      heading("（一）楷体标题", { font: "KaiTi", size: 16 }),
      body("正文。"),
    ]);
    expect(messages(doc)).toEqual([]);
  });
  it("says nothing about a plain-text document (no layout was read)", () => {
    expect(messages(snapshotFromLines("关于工作的报告\n一、主要工作\n正文。"))).toEqual([]);
  });
});

describe("layout-font", () => {
  it("reports a run of body paragraphs in 宋体小四 once, across the headings between them, with a fix for each", () => {
    const doc = snapshot([
      TITLE,
      body("第一段正文。", SONGTI_XIAOSI),
      heading("一、主要工作", HEITI),
      body("第二段正文。", SONGTI_XIAOSI),
      body("第三段正文。", SONGTI_XIAOSI),
    ]);
    const [finding, ...rest] = layoutFindings(doc);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "layout-font",
      severity: "warning",
      paragraphIndex: 1,
      range: [0, 0],
      message: "正文 3 段为宋体小四，应为仿宋_GB2312三号。（自本段起至第 5 段）",
      basis: "GB/T 9704—2012 7.3.3",
    });
    expect(finding.layoutFix?.paragraphs.map((p) => p.paragraphIndex)).toEqual([1, 3, 4]);
    expect(finding.layoutFix?.paragraphs[0]).toEqual({
      paragraphIndex: 1,
      paragraphText: "第一段正文。",
      layout: { runs: [{ range: [0, 6], eastAsiaFont: "仿宋_GB2312", sizePt: 16 }] },
    });
    expect(messages(fixedAll(doc))).toEqual([]);
  });

  it("starts a new finding where the deviation changes or a right paragraph of the role comes between", () => {
    const doc = snapshot([
      body("一段。", SONGTI_XIAOSI),
      body("二段。", SONGTI_XIAOSI),
      body("三段。", { font: "宋体", size: 16 }),
      body("四段。"),
      body("五段。", SONGTI_XIAOSI),
    ]);
    expect(messages(doc)).toEqual([
      "正文 2 段为宋体小四，应为仿宋_GB2312三号。（自本段起至第 2 段）",
      "正文为宋体，应为仿宋_GB2312。",
      "正文为宋体小四，应为仿宋_GB2312三号。",
    ]);
  });

  it("checks each role against its own font: title 小标宋 2号, level 1 黑体, level 2 楷体, levels 3–4 仿宋, 署名 and 日期 仿宋", () => {
    const doc = snapshot([
      { ...TITLE, look: { font: "宋体", size: 16 } },
      { ...RECIPIENT, look: { font: "黑体", size: 16 } },
      body("开头。"),
      heading("一、主要工作", { font: "宋体", size: 16 }),
      heading("（一）组织领导", { font: "黑体", size: 16 }),
      heading("1.完善制度", { font: "楷体", size: 16 }),
      heading("（1）制度一", { font: "黑体", size: 14 }),
      body("附件：1.工作台账"),
      { text: "XX市XX局", look: { font: "宋体", size: 16 }, align: "right" },
      { text: "2024年12月20日", look: { font: "仿宋", size: 12 }, align: "right" },
    ]);
    expect(messages(doc)).toEqual([
      "标题为宋体三号，应为方正小标宋简体二号。",
      "主送机关为黑体，应为仿宋_GB2312。",
      "一级标题为宋体，应为黑体。",
      "二级标题为黑体，应为楷体_GB2312。",
      "三级标题为楷体，应为仿宋_GB2312。",
      "四级标题为黑体四号，应为仿宋_GB2312三号。",
      "发文机关署名为宋体，应为仿宋_GB2312。",
      "成文日期为小四，应为三号。",
    ]);
    const bases = layoutFindings(doc).map((f) => f.basis);
    expect(bases[0]).toBe("GB/T 9704—2012 7.3.1");
    expect(bases[1]).toBe("GB/T 9704—2012 7.3.2");
    expect(bases[7]).toBe("GB/T 9704—2012 7.3.5");
    expect(messages(fixedAll(doc))).toEqual([]);
  });

  it("checks the 附件说明 line as 3号仿宋 (7.3.4)", () => {
    const doc = snapshot([body("正文。"), body("附件：1.工作台账", { font: "宋体", size: 16 }), { text: "2.统计表", look: { font: "宋体", size: 16 } }]);
    const [finding] = layoutFindings(doc);
    expect(finding.message).toBe("附件说明 2 段为宋体，应为仿宋_GB2312。（自本段起至第 3 段）");
    expect(finding.basis).toBe("GB/T 9704—2012 7.3.4");
  });

  describe("run-in headings: the heading's words against the level, the text after them against the body", () => {
    const text = "（一）加强组织领导。成立工作专班，每月调度一次。";
    it("is right with the heading in 楷体 and the rest in 仿宋", () => {
      expect(messages(snapshot([body("开头。"), { text, pieces: [[10, KAITI], [text.length, FANGSONG]], indent: TWO_CHARS }]))).toEqual([]);
    });
    it("reports a whole paragraph in 楷体: the text after the heading should be 仿宋, and the fix splits the runs", () => {
      const doc = snapshot([body("开头。"), { text, look: KAITI, indent: TWO_CHARS }]);
      const [finding] = layoutFindings(doc);
      expect(finding.message).toBe("二级标题其后正文为楷体_GB2312，应为仿宋_GB2312。");
      expect(finding.layoutFix?.paragraphs[0].layout.runs).toEqual([
        { range: [0, 10], eastAsiaFont: "楷体_GB2312", sizePt: 16 },
        { range: [10, text.length], eastAsiaFont: "仿宋_GB2312", sizePt: 16 },
      ]);
      expect(messages(fixedAll(doc))).toEqual([]);
    });
    it("reports a whole paragraph in 仿宋: the heading's words should be 楷体", () => {
      expect(messages(snapshot([body("开头。"), { text, look: FANGSONG, indent: TWO_CHARS }]))).toEqual(["二级标题为仿宋_GB2312，应为楷体_GB2312。"]);
    });
  });

  it("judges a paragraph by the runs covering most of its Chinese characters: a bold phrase, a digit in another size, punctuation in 宋体", () => {
    const text = "全年完成投资120亿元，同比增长8.5%，其中重点项目投资占比超过六成。";
    const doc = snapshot([
      body("开头。"),
      {
        text,
        indent: TWO_CHARS,
        pieces: [
          [6, { ...FANGSONG, bold: true }],
          [9, { font: "Times New Roman", size: 14 }],
          [11, FANGSONG],
          [12, { font: "宋体", size: 12 }],
          [text.length, FANGSONG],
        ],
      },
    ]);
    expect(messages(doc)).toEqual([]);
  });

  it("never reports what was not read: an unknown font, size, alignment or indent", () => {
    const doc = snapshot([
      { text: "关于2024年工作情况的报告", look: {} },
      body("正文字体未知。", { size: 16 }),
      body("正文字号未知。", { font: "仿宋_GB2312" }),
      { text: "正文缩进未知。", look: FANGSONG },
    ]);
    expect(messages(doc)).toEqual([]);
  });

  it("a majority of characters whose font was not read makes the font unknown, not the minority's", () => {
    const text = "这一段的大部分文字字体未能读取，只有结尾是宋体。";
    const doc = snapshot([{ text, indent: TWO_CHARS, pieces: [[text.length - 3, { size: 16 }], [text.length, { font: "宋体", size: 16 }]] }]);
    expect(messages(doc)).toEqual([]);
  });

  describe("house practice (惯例), only when the house style asks", () => {
    const doc = snapshot([body("开头。"), heading("1.完善制度", { ...FANGSONG, bold: false }), body("制定办法3项。", { ...FANGSONG, latin: "仿宋_GB2312" })]);
    it("is silent by default", () => {
      expect(messages(doc)).toEqual([]);
    });
    it("asks for bold level-3 headings and Times New Roman digits as hints on 惯例", () => {
      const options = { layout: { level3Bold: true, latinTimesNewRoman: true } };
      const findings = layoutFindings(doc, options);
      expect(findings.map((f) => [f.message, f.severity, f.basis])).toEqual([
        ["三级标题为未加粗，应为加粗。这是多数单位的惯例，不是国家标准的要求；本单位规范可关闭。", "info", "惯例"],
        ["正文为数字和字母仿宋_GB2312，应为数字和字母Times New Roman。这是多数单位的惯例，不是国家标准的要求；本单位规范可关闭。", "info", "惯例"],
      ]);
      expect(findings[0].layoutFix?.paragraphs[0].layout.runs).toEqual([{ range: [0, 6], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: true }]);
      expect(messages(fixedAll(doc, options), options)).toEqual([]);
    });
  });
});

describe("layout-paragraph", () => {
  it("wants the title centred and without indent, the 主送机关 flush left", () => {
    const doc = snapshot([{ ...TITLE, align: "left", indent: TWO_CHARS }, { ...RECIPIENT, indent: TWO_CHARS }, body("正文。")]);
    expect(messages(doc)).toEqual(["标题为左对齐、首行缩进2字符，应为居中、顶格（无首行缩进）。", "主送机关为首行缩进2字符，应为顶格（无首行缩进）。"]);
    const [title] = layoutFindings(doc);
    expect(title.layoutFix?.paragraphs[0].layout).toEqual({ alignment: "center", firstLineIndent: { chars: 0, pt: 0 } });
    expect(messages(fixedAll(doc))).toEqual([]);
  });

  it("wants body and headings indented 2 characters: chars 2, or about 2 × 16 pt; typed spaces count", () => {
    const doc = snapshot([
      body("缩进两字符。"),
      body("缩进32磅。", FANGSONG, { pt: 32 }),
      body("缩进31.5磅。", FANGSONG, { pt: 31.5 }),
      body("\u3000\u3000用全角空格缩进。", FANGSONG, NO_INDENT),
      body("没有缩进。", FANGSONG, NO_INDENT),
      body("缩进24磅。", FANGSONG, { pt: 24 }),
      { text: "居中的正文。", look: FANGSONG, indent: TWO_CHARS, align: "center" },
    ]);
    expect(messages(doc)).toEqual(["正文为无首行缩进，应为首行缩进2字符。", "正文为首行缩进24磅，应为首行缩进2字符。", "正文为居中，应为两端对齐。"]);
    expect(messages(fixedAll(doc))).toEqual([]);
  });

  it("gives typed spaces their due in the fix: one U+3000 typed, one character of indent set", () => {
    const doc = snapshot([body("\u3000只有一个全角空格。", FANGSONG, NO_INDENT)]);
    const [finding] = layoutFindings(doc);
    expect(finding.layoutFix?.paragraphs[0].layout.firstLineIndent).toEqual({ chars: 1, pt: 16 });
  });

  it("leaves the placement of 署名 and 日期 alone (7.3.5 allows several)", () => {
    const doc = snapshot([body("特此报告。"), { text: "XX市XX局", look: FANGSONG, align: "center", indent: TWO_CHARS }, { text: "2024年12月20日", look: FANGSONG, align: "left" }]);
    expect(messages(doc)).toEqual([]);
  });

  it("checks fixed line spacing only when the house style sets it", () => {
    const doc = snapshot([
      { ...body("单倍行距。"), lineSpacing: { rule: "multiple", lines: 1 } },
      { ...body("固定值28磅。"), lineSpacing: { rule: "exact", pt: 28 } },
      { ...body("固定值28.5磅。"), lineSpacing: { rule: "exact", pt: 28.5 } },
    ]);
    expect(messages(doc)).toEqual([]);
    const options = { layout: { lineSpacingPt: 28 } };
    expect(messages(doc, options)).toEqual(["正文为单倍行距，应为固定值28磅。这是多数单位的惯例，不是国家标准的要求；本单位规范可关闭。"]);
    expect(messages(fixedAll(doc, options), options)).toEqual([]);
  });
});

describe("layout-page", () => {
  const standard = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, linesPerPage: 22, charsPerLine: 28 };
  it("accepts A4 with the standard margins ± 1 mm and the 22 × 28 grid", () => {
    expect(messages(snapshot([body("正文。")], { ...standard, topMm: 37.8, leftMm: 27.2 }))).toEqual([]);
  });
  it("names what differs, and nothing it could not read", () => {
    const doc = snapshot([body("正文。")], { widthMm: 210, heightMm: 297, topMm: 25.4, leftMm: 31.8, linesPerPage: 44 });
    const [finding] = layoutFindings(doc);
    expect(finding).toMatchObject({
      ruleId: "layout-page",
      paragraphIndex: 0,
      basis: "GB/T 9704—2012 5.1、5.2",
      message: "页面设置与标准不符：上边距25.4毫米（应为37毫米），左边距31.8毫米（应为28毫米），每页行数44（应为22）。请在“布局”→“页面设置”中修改。",
    });
    expect(finding.layoutFix).toBeUndefined();
  });
  it("names a paper that is not A4", () => {
    expect(messages(snapshot([body("正文。")], { ...standard, widthMm: 215.9, heightMm: 279.4 }))[0]).toContain("纸张216×279毫米（应为A4（210×297毫米））");
  });
});

describe("the 格式 category as a whole", () => {
  it("can be switched off like any category", () => {
    const doc = snapshot([body("正文。", SONGTI_XIAOSI)]);
    expect(messages(doc, { categories: { layout: false } })).toEqual([]);
  });
  it("leaves tables, empty lines and other parts alone", () => {
    const doc = snapshot([body("正文。"), { text: "表格里的字", look: SONGTI_XIAOSI, table: true }, { text: "", look: SONGTI_XIAOSI }]);
    expect(messages(doc)).toEqual([]);
  });
});
