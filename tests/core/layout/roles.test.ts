/** Paragraph roles (src/core/layout/roles.ts) on short texts shaped like the real ones that taught each guard. */
import { analyzeRoles, assignRoles, headingSpan } from "../../../src/core/layout/roles";
import { snapshotFromLines, type DocSnapshot } from "../../../src/core/model";
import { paragraph, snapshot, FANGSONG, XIAOBIAOSONG } from "./build";

const roles = (text: string): string[] => assignRoles(snapshotFromLines(text));

describe("assignRoles", () => {
  it("places a 报告 as GB/T 9704—2012 lays it out: title, 主送机关, body, headings, 附件说明, 署名, 日期", () => {
    const text = [
      "关于2024年工作情况的报告",
      "市人民政府：",
      "2024年，我局认真贯彻落实各项部署。现将有关情况报告如下：",
      "一、主要工作",
      "（一）加强组织领导。成立工作专班。",
      "1.完善制度",
      "（1）制定办法",
      "特此报告。",
      "附件：1.工作台账",
      "      2.统计表",
      "XX市XX局",
      "2024年12月20日",
    ].join("\n");
    expect(roles(text)).toEqual(["title", "recipient", "body", "heading1", "heading2", "heading3", "heading4", "body", "attachment", "attachment", "signature", "date"]);
  });

  it("finds no title when the text opens with a paragraph (the seeds: 一年来，……现将一年来的工作总结如下：)", () => {
    expect(roles("一年来，在市委的正确领导下，圆满完成了各项任务。现将工作总结如下：\n一、突出以文辅政\n正文。")).toEqual(["body", "heading1", "body"]);
  });

  it("leaves the notes under a title alone: 题注, speaker (corpus/reports/007.txt, 016.txt, 001.txt)", () => {
    expect(roles("政府工作报告\n——2012年2月1日在郑州市第十三届人民代表大会第四次会议上\n郑州市人民政府代市长 马 懿\n各位代表：\n正文。")).toEqual([
      "title",
      "other",
      "other",
      "recipient",
      "body",
    ]);
    expect(roles("中共中央顾问委员会向党的第十四次全国代表大会的工作报告\n（1992年10月9日中央顾问委员会第九次全体会议通过）\n正文。")).toEqual(["title", "other", "body"]);
  });

  it("takes no note or speaker line for a title when the real title is missing (corpus/reports/010.txt, 005.txt)", () => {
    expect(roles("2023年2月26日在衢州市第八届人民代表大会第三次会议上\n衢州市市长 徐张艳\n各位代表：\n正文。")).toEqual(["other", "other", "recipient", "body"]);
    expect(roles("拉萨市常务副市长 李昌安\n各位代表：\n正文。")).toEqual(["other", "recipient", "body"]);
  });

  it("puts the 版头 before a 发文字号 aside and takes the title after it", () => {
    expect(roles("XX市人民政府文件\nX政发〔2024〕1号\n关于印发工作要点的通知\n各县（市、区）人民政府：\n正文。")).toEqual(["other", "other", "title", "recipient", "body"]);
  });

  it("reads the organisation above a 成文日期 at the end as the 署名 (lawtext/cpc/规范性文件, a reply of 中共中央纪委法规室)", () => {
    expect(roles("关于某问题的答复\n中共安徽省纪委：\n你们送来的请示收悉。经研究，答复如下。\n中共中央纪委法规室\n2005年11月3日")).toEqual([
      "title",
      "recipient",
      "body",
      "signature",
      "date",
    ]);
  });

  it("reads several organisations of a joint document as 署名 (lawtext/cpc/规范性文件, 防治吃空饷 guidance)", () => {
    expect(roles("正文。\n中央组织部\n中央编办\n财政部\n2016年12月23日")).toEqual(["body", "signature", "signature", "signature", "date"]);
  });

  it("takes a date in Chinese numerals (lawtext/cpc/党规, 小金库 measures) and leaves 版记 lines after it alone", () => {
    expect(roles("正文。\n中共中央纪委　监察部　财政部　审计署\n二〇〇九年四月二十三日\n抄送：各省纪委。")).toEqual(["body", "signature", "date", "other"]);
  });

  it("does not read a date line in the middle of the text as the 成文日期 (lawtext/gov/国务院机构改革/1988.txt)", () => {
    const text = ["国务院机构改革方案", "1988年4月9日", ...Array.from({ length: 8 }, (_, k) => `第${k + 1}段正文。`), "1998年4月9日", ...Array.from({ length: 8 }, (_, k) => `又一段正文${k}。`)].join("\n");
    const placed = roles(text);
    expect(placed[1]).toBe("other");
    expect(placed).not.toContain("date");
  });

  it("opens a new part at an attachment's own label line, with its own title (lawtext/gov/…/昆明市/2021.txt: 附件2 / 名词解释)", () => {
    expect(roles("正文。\n附件2\n名词解释\n1．绿色食品“10大名品”包括……。")).toEqual(["body", "other", "title", "heading3"]);
  });

  it("leaves unnumbered part titles, tables, empty lines and other parts alone (corpus/reports/011.txt: 2014年工作安排)", () => {
    const doc: DocSnapshot = {
      paragraphs: [
        { text: "各位代表：", tableNestingLevel: 0 },
        { text: "正文。", tableNestingLevel: 0 },
        { text: "2014年工作安排", tableNestingLevel: 0 },
        { text: "", tableNestingLevel: 0 },
        { text: "一、表格中的字", tableNestingLevel: 1 },
        { text: "页眉文字", tableNestingLevel: 0, part: "header" },
      ],
    };
    expect(assignRoles(doc)).toEqual(["recipient", "body", "other", "other", "other", "other"]);
  });

  it("does not take a lead-in sentence ending with a colon for the 主送机关", () => {
    expect(roles("现将有关情况报告如下：\n正文。")).toEqual(["body", "body"]);
  });

  it("joins a title in two paragraphs where the layout shows it (both centred, one size)", () => {
    const doc = snapshot([
      { text: "关于进一步加强和改进", look: XIAOBIAOSONG, align: "center" },
      { text: "机关作风建设的意见", look: XIAOBIAOSONG, align: "center" },
      { text: "（2024年1月5日）", look: { ...FANGSONG, font: "楷体" }, align: "center" },
      { text: "正文。", look: FANGSONG },
    ]);
    expect(assignRoles(doc)).toEqual(["title", "title", "other", "body"]);
  });
});

describe("headingSpan: a run-in heading's own words", () => {
  const span = (text: string): string => {
    const p = paragraph({ text });
    const [s, e] = headingSpan(p);
    return text.slice(s, e);
  };
  it("runs to the first 。 or ：", () => {
    expect(span("（一）加强组织领导。成立工作专班，每月调度一次。")).toBe("（一）加强组织领导。");
    expect(span("20.四风：形式主义、官僚主义、享乐主义和奢靡之风。")).toBe("20.四风：");
  });
  it("is the whole line for a heading on its own line, spaces around left out", () => {
    expect(span("\u3000\u3000一、主要工作 ")).toBe("一、主要工作");
  });
  it("starts at 0 for Word's automatic numbering (the number is not in the text)", () => {
    const p = { text: "加强组织领导。成立专班。", listString: "（一）", tableNestingLevel: 0 };
    expect(headingSpan(p)).toEqual([0, 7]);
  });
  it("is what analyzeRoles gives headings", () => {
    const doc = snapshotFromLines("正文。\n（一）加强组织领导。成立工作专班。");
    expect(analyzeRoles(doc)[1]).toEqual({ role: "heading2", heading: [0, 10] });
  });
});

describe("assignRoles: a 落款 without a date", () => {
  it("reads right-aligned name lines at the end as 署名 only where the layout shows them", () => {
    const doc = snapshot([
      { text: "正文。", look: FANGSONG },
      { text: "XX市XX局", look: FANGSONG, align: "right" },
    ]);
    expect(assignRoles(doc)).toEqual(["body", "signature"]);
    expect(roles("正文。\nXX市XX局")).toEqual(["body", "other"]);
  });
});

describe("assignRoles: lines with a format of their own", () => {
  it("leaves the 版记 (抄送, 印发) and a paragraph quoted whole alone", () => {
    expect(roles("正文。\n“民之所望，施政所向。”\n抄送：市委办公室，市人大常委会办公室。\nXX市人民政府办公室　　2024年1月5日印发")).toEqual(["body", "other", "other", "other"]);
  });
  it("still reads a paragraph that only opens with a quotation as body", () => {
    expect(roles("正文。\n“民之所望，施政所向”，我们要……。")).toEqual(["body", "body"]);
  });
});
