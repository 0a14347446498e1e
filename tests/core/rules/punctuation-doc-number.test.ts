import { punctuationMsg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-doc-number", {
  valid: [
    "国发〔2024〕12号",
    { text: "（2024）京01民初1号民事判决书", note: "a 案号 is another form" },
    { text: "2024年(第12号)公告", note: "no 机关代字 before the bracket" },
  ],
  invalid: [
    {
      name: "issue 12: [2024], （2024） and 【2024】 → 〔2024〕",
      text: "依据京政发[2023]5号、国发（2024）12号和川府发【2022】3号文件。",
      errors: [
        { paragraph: 0, excerpt: "[2023]", severity: "error", message: punctuationMsg.docNumberBrackets("[2023]", "〔2023〕"), fix: "〔2023〕" },
        { paragraph: 0, excerpt: "（2024）", fix: "〔2024〕" },
        { paragraph: 0, excerpt: "【2022】", fix: "〔2022〕" },
      ],
      output: "依据京政发〔2023〕5号、国发〔2024〕12号和川府发〔2022〕3号文件。",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/柳州市/2015.txt:67
      name: "a citation in a published report",
      text: "《国务院关于加强地方政府性债务管理的意见》（国发[2014]43号）",
      errors: [{ paragraph: 0, excerpt: "[2014]", fix: "〔2014〕" }],
      output: "《国务院关于加强地方政府性债务管理的意见》（国发〔2014〕43号）",
    },
  ],
});
