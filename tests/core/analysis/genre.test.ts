import { documentGenre, type Genre } from "../../../src/core/analysis/genre";
import { snapshotFromLines } from "../../../src/core/model";

const genreOf = (...lines: string[]): Genre => documentGenre(snapshotFromLines(lines.join("\n")));

describe("the genre a document's title or first lines name", () => {
  it.each<[string, string[], Genre]>([
    ["a titled summary", ["××市委政研室2023年工作总结", "一年来，较好完成了各项任务。", "一、甲"], "summary"],
    ["a unit line above the title", ["中共××市委政策研究室", "2023年工作总结", "一、甲"], "summary"],
    ["a 报告 on the situation", ["关于2025年上半年工作情况的报告", "一、甲"], "summary"],
    ["a 述职 report", ["2023年度个人述职述廉报告", "一、甲"], "summary"],
    ["a summary with next year's plan", ["2023年工作总结和2024年工作计划", "一、甲"], "summary"],
    ["corpus 太原 2010: a title spaced out", ["政 府 工 作 报 告", "──在太原市第十二届", "一、甲"], "summary"],
    [
      "corpus 贵州 2010: no title, the opening says it",
      ["（2010年1月20日在贵州省第十一届人民代表大会第三次会议上）", "各位代表：", "我代表省人民政府，向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见", "一、甲"],
      "summary",
    ],
    ["seed 000: no title, 总结如下", ["一年来，在市委的正确领导下……现将一年来的工作总结如下：", "一、甲"], "summary"],
    ["seed 004: no title, 汇报如下", ["今年以来，我办主动适应……现将有关情况汇报如下：", "（一）甲"], "summary"],
    ["the playground's 格式有误的示例", ["关于开展2026年度安全生产检查的通知", "各县（市、区）人民政府，市政府各部门：", "一、检查范围"], "other"],
    ["a 通知 without its title", ["各县（市、区）人民政府：", "为……，现将有关事项通知如下。", "一、检查范围"], "other"],
    ["a 通知 whose title mentions a 报告", ["关于进一步做好领导干部报告个人有关事项工作的通知", "一、甲"], "other"],
    ["a 方案 with a footnote mark and a bracketed note", ["某区老旧小区改造实施方案（试行）[1]", "一、甲"], "other"],
    ["a research report is not an account of one's work", ["关于全市营商环境的调研报告", "一、甲"], "other"],
    ["a plan on its own", ["2024年工作要点", "一、甲"], "other"],
    ["a notice issuing a summary carries it", ["关于印发《2023年工作总结》的通知", "一、甲"], "summary"],
    ["a notice issuing indicators", ["关于印发《绿色发展指标体系》《生态文明建设考核目标体系》的通知", "一、甲"], "other"],
    ["quoted words may hold a comma", ["关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案", "一、甲"], "other"],
    [
      "corpus 北京 2000: a note holding 意见 is no title",
      ["在北京市第十一届人民代表大会第三次会议上", "（1999年12月29日，征求意见稿）", "各位代表：", "现在，我代表北京市人民政府，向大会作工作报告，请予审议。", "一、甲"],
      "summary",
    ],
    ["a 请示", ["关于申请经费的请示", "市财政局：", "一、甲"], "request"],
    ["a 请示 by its opening", ["市财政局：", "现将有关事项请示如下：", "一、甲"], "request"],
    ["a 批复 of a 请示", ["关于××区请示的批复", "一、甲"], "other"],
    ["seed 002: no title and no formula", ["今年以来，我室坚持以习近平新时代中国特色社会主义思想为指导。", "一、甲"], "unknown"],
    ["a text pasted from its first heading", ["一、2011年工作回顾", "正文。"], "unknown"],
  ])("%s", (_name, lines, genre) => {
    expect(genreOf(...lines)).toBe(genre);
  });

  it("reads only the head of the document: a 通知 quoted in the main text changes nothing", () => {
    expect(genreOf("一、甲", "关于开展检查的通知", "正文。")).toBe("unknown");
    expect(genreOf("单位", "日期", "主送：", "甲", "乙", "丙", "关于开展检查的通知", "一、甲")).toBe("unknown");
  });

  it("reads a 页眉 as no part of the title", () => {
    const doc = snapshotFromLines("2023年工作总结\n一、甲");
    const withHeader = { paragraphs: [{ text: "关于开展检查的通知", tableNestingLevel: 0, part: "header" as const }, ...doc.paragraphs] };
    expect(documentGenre(withHeader)).toBe("summary");
  });
});
