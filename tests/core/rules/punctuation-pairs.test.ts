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
    {
      text: "国有企业领导人员廉洁从业规定\n（2009年5月22日中共中央政治局会议审议批准　2009年7月1日中共中央办公厅、国务院办公厅发布\n2026年2月28日中共中央修订）\n第一章　总则",
      note: "lawtext/cpc/党规/规定/国有企业领导人员廉洁从业规定.txt:5-6: one parenthesis over a line break",
    },
    {
      text: "加入国民党，同时指出了过去的错误，提出领导权的问题（不\n过不正确罢了！）。\n决定那一决议案。我被调回上海。（国焘：主要的是国际联络\n委员问题，你为什么不说？）国际联络委员会，中央当时认为",
      note: "lawtext/cpc/党代会报告/1928-六大政治报告.txt: hard-wrapped interjections whose own sentence ends right before the closer",
    },
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
      // Found by reading the rule (issue 11's speed work): its pre-check's class of marks lacked the full-width ）.
      name: "a full-width ） with no opener, the paragraph's only pair mark",
      text: "全年完成投资12亿元）。",
      errors: [{ paragraph: 0, excerpt: "）", message: punctuationMsg.unopened("）", "（"), fix: null }],
    },
    {
      name: "only the next paragraph may close a bracket, and never a list marker's or a quote",
      text: "（见附件\n1）第一项\n“引文\n继续”\n（另见\n正文\n说明）",
      errors: [
        { paragraph: 0, excerpt: "（", message: punctuationMsg.unclosed("（", "）") },
        { paragraph: 2, excerpt: "“", message: punctuationMsg.unclosed("“", "”") },
        { paragraph: 3, excerpt: "”", message: punctuationMsg.unopened("”", "“") },
        { paragraph: 4, excerpt: "（", message: punctuationMsg.unclosed("（", "）") },
        { paragraph: 6, excerpt: "）", message: punctuationMsg.unopened("）", "（") },
      ],
    },
    {
      // Found in review: any stray closer in the next paragraph closed any bracket left open, and both slips vanished.
      name: "a bracket followed by a sentence's end is not carried, and a closer after the next paragraph's first sentence closes nothing carried",
      text: "会议强调（要加强领导，落实责任。\n二是完善制度，明确分工）。\n（另见\n附件。说明）",
      errors: [
        { paragraph: 0, excerpt: "（", message: punctuationMsg.unclosed("（", "）") },
        { paragraph: 1, excerpt: "）", message: punctuationMsg.unopened("）", "（") },
        { paragraph: 2, excerpt: "（", message: punctuationMsg.unclosed("（", "）") },
        { paragraph: 3, excerpt: "）", message: punctuationMsg.unopened("）", "（") },
      ],
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
