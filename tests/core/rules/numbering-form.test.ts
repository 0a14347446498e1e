import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("numbering-form", {
  valid: [
    "一、甲\n（一）子\n1.孙\n（1）曾孙\n（2）曾孙\n2.孙\n（二）子\n二、乙",
    { text: "　　一、甲\n　　二、乙", note: "seed 001: indented with full-width spaces" },
    { text: "1、甲\n2、乙", options: { numbering: { canonicalShapes: { 3: "1、" } } }, note: "an office that sets 1、 as its form" },
    { text: "一是加强学习。\n第一，抢机遇。\n1.5亿元。", note: "not headings" },
    { text: "（一）通信\n1.建设基站。\n5G网络覆盖全市。\n3家企业上市。", note: "a line opening with a number is prose unless the run expects that number" },
    { text: "一、甲\n二、乙\n四.丙", note: "issue 8: a marker that also breaks its run is reported once, by numbering-sequence" },
  ],
  invalid: [
    {
      name: "review: the standard form is never the odd one out (1、 1、 3. → 1. 2. 3.), and a plainly wrong form used throughout stays an error",
      text: "1、甲\n2、乙\n3.丙\n一.子\n二.子",
      errors: [
        { paragraph: 0, excerpt: "1、", severity: "error", message: msg.numberingMixed("1、", "1.") + msg.sameInRun(2), fix: "1." },
        { paragraph: 3, excerpt: "一.", severity: "error", message: msg.numberingMalformed("一级标题", "一.", "一、") + msg.sameInRun(2), fix: "一、" },
      ],
      output: "1.甲\n2.乙\n3.丙\n一、子\n二、子",
    },
    {
      // lawtext/cpc/党代会报告/1945-七大政治报告（论联合政府）.txt:5 (also 国务院机构改革/1988.txt:118)
      name: "issue 8: 一　引言 (an ideographic space, book typesetting) used throughout is a house style: a hint",
      text: "一　中国人民的基本要求\n正文。\n二　国际形势和国内形势\n正文。",
      errors: [{ paragraph: 0, excerpt: "一　", severity: "info", message: msg.numberingPractice("一级标题", "一　", "一、", 2), fix: "一、" }],
      output: "一、中国人民的基本要求\n正文。\n二、国际形势和国内形势\n正文。",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/河源市/2014.txt:115 (also 1996-九五计划纲要:75 “6科技教育事业”)
      name: "issue 8: a number that lost its mark is reported where it stands, not as a gap at the next item",
      text: "（一）名词解释\n39.甲：说明。\n40.乙：说明。\n41“振兴初中”：说明。\n42.丙：说明。",
      errors: [{ paragraph: 3, excerpt: "41", severity: "error", message: msg.numberingMalformed("三级标题", "41", "41."), fix: "41." }],
      output: "（一）名词解释\n39.甲：说明。\n40.乙：说明。\n41.“振兴初中”：说明。\n42.丙：说明。",
    },
    {
      name: "issue 8: slips are one finding per run, its fix covering all of them",
      text: "一，2022年工作回顾\n全年完成任务。\n二，2023年工作安排\n明年继续努力。",
      errors: [
        {
          paragraph: 0,
          excerpt: "一，",
          severity: "error",
          message: msg.numberingMalformed("一级标题", "一，", "一、") + msg.sameInRun(2),
          fix: "一、",
        },
      ],
      output: "一、2022年工作回顾\n全年完成任务。\n二、2023年工作安排\n明年继续努力。",
    },
    {
      name: "issue 8: a level-1 heading written with a space before a year is found (一 2024年工作总结)",
      text: "一 2024年工作总结\n全年完成任务。\n二 2025年工作安排\n明年继续努力。",
      errors: [{ paragraph: 0, excerpt: "一 ", message: msg.numberingMalformed("一级标题", "一 ", "一、") + msg.sameInRun(2), fix: "一、" }],
      output: "一、2024年工作总结\n全年完成任务。\n二、2025年工作安排\n明年继续努力。",
    },
    {
      name: "a run of assorted non-standard shapes has no style of its own: each is a slip from the standard form",
      text: "（一）、甲\n(二)乙\n(三）丙\n（四)丁\n五)戊\n（六）.己",
      errors: [
        { paragraph: 0, excerpt: "（一）、", message: msg.numberingMalformed("二级标题", "（一）、", "（一）"), fix: "（一）" },
        { paragraph: 1, excerpt: "(二)", fix: "（二）" },
        { paragraph: 2, excerpt: "(三）", fix: "（三）" },
        { paragraph: 3, excerpt: "（四)", fix: "（四）" },
        { paragraph: 4, excerpt: "五)", fix: "（五）" },
        { paragraph: 5, excerpt: "（六）.", fix: "（六）" },
      ],
      output: "（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n（六）己",
    },
    {
      name: "slips and odd ones out are separate findings; a slip is written in the run's shape",
      text: "1.甲\n2.乙\n3，丙\n4、丁",
      errors: [
        { paragraph: 2, excerpt: "3，", message: msg.numberingMalformed("三级标题", "3，", "3."), fix: "3." },
        { paragraph: 3, excerpt: "4、", message: msg.numberingMixed("4、", "4."), fix: "4." },
      ],
      output: "1.甲\n2.乙\n3.丙\n4.丁",
    },
    {
      name: "issue 8: 1． used for a whole list is a house style: a hint with a fix writing them all as 1.",
      // lawtext/gov/政府工作报告-其他地市/南通市/2014.txt: 1．–85． throughout
      text: "（一）民生\n1．新建学校。\n2．新建医院。\n3．新建公园。",
      errors: [{ paragraph: 1, excerpt: "1．", severity: "info", message: msg.numberingPractice("三级标题", "1．", "1.", 3), fix: "1." }],
      output: "（一）民生\n1.新建学校。\n2.新建医院。\n3.新建公园。",
    },
    {
      name: "consistent 1、 is a hint once for the level, across runs, with a fix for all",
      text: "一、甲\n（一）子\n1、孙\n2、孙\n（二）子\n1、孙",
      errors: [{ paragraph: 2, excerpt: "1、", severity: "info", message: msg.numberingPractice("三级标题", "1、", "1.", 3), fix: "1." }],
      output: "一、甲\n（一）子\n1.孙\n2.孙\n（二）子\n1.孙",
    },
    {
      name: "mixing 1. and 4、 in one run is an error, once, on the first odd one (corpus 017)",
      text: "1.甲\n2.乙\n3.丙\n4、丁\n5、戊",
      errors: [{ paragraph: 3, excerpt: "4、", severity: "error", message: msg.numberingMixed("4、", "4.") + msg.sameInRun(2), fix: "4." }],
      output: "1.甲\n2.乙\n3.丙\n4.丁\n5.戊",
    },
    {
      name: "level 4: odd ones out of the standard form the run mostly uses",
      text: "（1）子\n（2）子\n(3)子\n(4)子\n（5）、子",
      errors: [
        { paragraph: 2, excerpt: "(3)", message: msg.numberingMalformed("四级标题", "(3)", "（3）") + msg.sameInRun(2), fix: "（3）" },
        { paragraph: 4, excerpt: "（5）、", message: msg.numberingMalformed("四级标题", "（5）、", "（5）"), fix: "（5）" },
      ],
      output: "（1）子\n（2）子\n（3）子\n（4）子\n（5）子",
    },
    {
      name: "Word automatic numbering in a malformed shape (half-width brackets): an error, no text fix",
      doc: { paragraphs: [{ text: "甲", listString: "(一)", tableNestingLevel: 0 }] },
      errors: [{ paragraph: 0, excerpt: "", onListString: true, severity: "error", message: msg.numberingListMalformed("二级标题", "(一)", "（一）"), fix: null }],
    },
    {
      name: "Word automatic numbering with a slip in its list string",
      doc: { paragraphs: [{ text: "甲", listString: "一，", tableNestingLevel: 0 }, { text: "乙", listString: "二，", tableNestingLevel: 0 }] },
      errors: [{ paragraph: 0, excerpt: "", onListString: true, severity: "error", message: msg.numberingListMalformed("一级标题", "一，", "一、") + msg.sameInRun(2), fix: null }],
    },
  ],
});
