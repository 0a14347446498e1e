import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("numbering-hierarchy", {
  valid: [
    {
      text: "一、甲\n正文。\n附件：1. 建议办理情况统计表\n      2. 代表满意度测评表",
      note: "review 2026-11-22: the 附件说明 list under 一、 is not a level-3 heading that skips a level",
    },
    "一、甲\n（一）子\n1.孙\n（1）曾孙\n二、乙",
    { text: "（一）甲\n1.子\n（二）乙", note: "seed 004: the document's top is （一）" },
    { text: "（1）甲\n（2）乙", note: "corpus 001: top level （1）" },
  ],
  invalid: [
    {
      // lawtext/gov/政府工作报告-其他地市/眉山市/2023.txt:28–38 (also 三门峡 2021, 贵阳 2004)
      name: "issue 8: a list under a part, then a lead-in, then its （一）（二）: the list was the part's own (only the skip hint)",
      text: "一、今年工作安排\n1.推进重大项目建设。\n2.传承弘扬三苏文化。\n今年要重点抓好十个方面工作：\n（一）超常力度抓投资。\n（二）加快城市建设。",
      errors: [{ paragraph: 1, excerpt: "1.", severity: "info", message: msg.hierarchySkip("1.", "一、") }],
    },
    {
      // lawtext/gov/政府工作报告-其他地市/湘西土家族苗族自治州/2021.txt:70–79
      name: "issue 8: a part title (名词解释) begins a part whose numbering need not fit under the levels before it",
      text: "一、工作回顾\n（一）民生\n（1）开展整治。\n（2）完成任务。\n名词解释\n1.坚持发展思路：围绕绿色发展。",
      errors: [{ paragraph: 2, excerpt: "（1）", severity: "info", message: msg.hierarchySkip("（1）", "（一）") }],
    },
    {
      name: "a downward skip is a hint, once per pair of levels",
      text: "一、甲\n1.子\n二、乙\n1.子",
      errors: [{ paragraph: 1, excerpt: "1.", severity: "info", message: msg.hierarchySkip("1.", "一、") }],
    },
    {
      name: "a level after a deeper one it should stand above is an error",
      text: "一、甲\n1.子\n（一）子",
      errors: [
        { paragraph: 1, excerpt: "1.", severity: "info" },
        { paragraph: 2, excerpt: "（一）", severity: "error", message: msg.hierarchyReversed("（一）", "1.") },
      ],
    },
    {
      name: "a higher level after the document began lower is a hint",
      text: "（一）甲\n（二）乙\n一、丙",
      errors: [{ paragraph: 2, excerpt: "一、", severity: "info", message: msg.hierarchyAboveTop("一、", "（一）") }],
    },
  ],
});
