import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("placeholder", {
  valid: [
    { text: "长宽为3×4米，5×2组合，5*2等于十。", note: "× and * between digits" },
    { text: "推进“5+1”专项检查，打造党建＋调研沙龙品牌。", note: "seed 000 and 003" },
    { text: "配备X光机和X射线检测设备，开发Xbox与XML接口，尺码XXL。", note: "X光, X射线, Latin words" },
    { text: "二○○二年工作回顾；二〇〇三年。", note: "○ as a zero next to Chinese numerals" },
    { text: "□是 □否", note: "a single □ is a checkbox" },
    { text: "他说*。", options: { placeholder: { flagFootnoteStar: false } }, note: "footnote star, when switched off" },
  ],
  invalid: [
    {
      name: "star runs, half and full width (seeds 001, 002, 003)",
      text: "累计组织撰写调研报告*多篇\n美丽*****市\n占比***％，＊＊次",
      errors: [
        { paragraph: 0, excerpt: "*", severity: "error", message: msg.placeholder("*"), fix: null },
        { paragraph: 1, excerpt: "*****" },
        { paragraph: 2, excerpt: "***" },
        { paragraph: 2, excerpt: "＊＊" },
      ],
    },
    {
      name: "X runs in every width (seed 004, template library)",
      text: "筛选了XX个课题\n以《今日xx》为平台\nＸＸ市、××县、ⅩⅩ镇",
      errors: [
        { paragraph: 0, excerpt: "XX" },
        { paragraph: 1, excerpt: "xx" },
        { paragraph: 2, excerpt: "ＸＸ" },
        { paragraph: 2, excerpt: "××" },
        { paragraph: 2, excerpt: "ⅩⅩ" },
      ],
    },
    {
      name: "dates and single X before a unit",
      text: "XXXX年XX月XX日\nX月X日召开\n共X个单位",
      errors: [
        { paragraph: 0, excerpt: "XXXX年XX月XX日" },
        { paragraph: 1, excerpt: "X月X日" },
        { paragraph: 2, excerpt: "X" },
      ],
    },
    {
      name: "circles, squares, empty brackets, blanks",
      text: "○○同志\n□□单位\n【 】（　）( )[ ]\n签名：____ 日期：＿＿",
      errors: [
        { paragraph: 0, excerpt: "○○" },
        { paragraph: 1, excerpt: "□□" },
        { paragraph: 2, excerpt: "【 】" },
        { paragraph: 2, excerpt: "（　）" },
        { paragraph: 2, excerpt: "( )" },
        { paragraph: 2, excerpt: "[ ]" },
        { paragraph: 3, excerpt: "____" },
        { paragraph: 3, excerpt: "＿＿" },
      ],
    },
    {
      name: "a footnote-like star is flagged by default",
      text: "他说*。",
      errors: [{ paragraph: 0, excerpt: "*" }],
    },
  ],
});

testRule("placeholder-name", {
  valid: ["某项工作", "某地某单位"],
  invalid: [{ text: "某某单位的某某同志", errors: [{ paragraph: 0, excerpt: "某某", severity: "warning", message: msg.placeholderName("某某") }, { paragraph: 0, excerpt: "某某" }] }],
});
