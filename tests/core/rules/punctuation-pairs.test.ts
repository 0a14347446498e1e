import { punctuationMsg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-pairs", {
  valid: [
    "深入学习《中国共产党章程》和“四史”（党史、新中国史等）【重点】〔2024〕。",
    { text: "“第一段引文，\n“第二段引文，\n“第三段引文。”", note: "GB/T 15834—2011: a quotation over paragraphs opens each with “ and closes the last" },
    { text: "；5）城乡居民最低生活保障标准提高；6）启动完善交通指示系统", note: "lawtext/gov/政府工作报告-其他地市/铜仁市/2014.txt:48: inline list markers 5）" },
    { text: "1）第一项\na）第二项", note: "list markers closed by a bracket at the start" },
    { text: "开展“平安行动\"。", note: "“……\" is a pair; its width is punctuation-width's" },
    { text: "全力兑现’99冬交会签订的合同。", note: "lawtext/gov/政府工作报告-省自治区/海南省/2000.txt:36: ’99 is an abbreviated year" },
    { text: "* [新华网](http://www.xinhuanet.com/)", note: "lawtext/cpc/其他资料/中共中央部门机构.txt: a Markdown link" },
  ],
  invalid: [
    {
      name: "issue 12: an unclosed （ and “ and 《 within a paragraph",
      text: "未闭合的（括号\n还有“引号和《书名号",
      errors: [
        { paragraph: 0, excerpt: "（", severity: "error", message: punctuationMsg.unclosed("（", "）"), fix: null },
        { paragraph: 1, excerpt: "“", message: punctuationMsg.unclosed("“", "”"), fix: null },
        { paragraph: 1, excerpt: "《", fix: null },
      ],
    },
    {
      // reports/009.txt:63
      name: "a closer with no opener: ”7+4” written with two closing quotes",
      text: "围绕国家提出的”7+4”工程包。",
      errors: [
        { paragraph: 0, excerpt: "”", message: punctuationMsg.unopened("”", "“"), fix: null },
        { paragraph: 0, excerpt: "”", fix: null },
      ],
    },
    {
      name: "a pair closed by the wrong mark: the opener says which was meant",
      text: "（见附件】。",
      errors: [{ paragraph: 0, excerpt: "】", message: punctuationMsg.mismatched("】", "（", "）"), fix: "）" }],
      output: "（见附件）。",
    },
    {
      name: "an opener left inside an outer pair: 《关于“十四五》",
      text: "印发《关于“十四五规划》的通知。",
      errors: [{ paragraph: 0, excerpt: "“", message: punctuationMsg.unclosed("“", "”") }],
    },
    {
      name: "【 and 〔 unclosed",
      text: "【重点\n〔2024",
      errors: [
        { paragraph: 0, excerpt: "【" },
        { paragraph: 1, excerpt: "〔" },
      ],
    },
  ],
});
