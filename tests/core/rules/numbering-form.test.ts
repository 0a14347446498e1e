import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("numbering-form", {
  valid: [
    "一、甲\n（一）子\n1.孙\n（1）曾孙\n（2）曾孙\n2.孙\n（二）子\n二、乙",
    { text: "　　一、甲\n　　二、乙", note: "seed 001: indented with full-width spaces" },
    { text: "1、甲\n2、乙", options: { numbering: { canonicalShapes: { 3: "1、" } } }, note: "an office that sets 1、 as its form" },
    { text: "一是加强学习。\n第一，抢机遇。\n1.5亿元。", note: "not headings" },
  ],
  invalid: [
    {
      name: "level-1 slips: 一. 一． 一， 一 一：",
      text: "一.甲\n二．乙\n三，丙\n四 丁\n五：戊",
      errors: [
        { paragraph: 0, excerpt: "一.", severity: "error", message: msg.numberingMalformed("一级标题", "一.", "一、"), fix: "一、" },
        { paragraph: 1, excerpt: "二．", fix: "二、" },
        { paragraph: 2, excerpt: "三，", fix: "三、" },
        { paragraph: 3, excerpt: "四 ", fix: "四、" },
        { paragraph: 4, excerpt: "五：", fix: "五、" },
      ],
      output: "一、甲\n二、乙\n三、丙\n四、丁\n五、戊",
    },
    {
      name: "level-2 slips: （一）、 (一) (一） （一) 一) 五)",
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
      name: "level-3 and level-4 slips: 1． 1， (1) （1）、 1）",
      text: "1．甲\n2，乙\n（1）子\n(2)子\n（3）、子\n4）子",
      errors: [
        { paragraph: 0, excerpt: "1．", fix: "1." },
        { paragraph: 1, excerpt: "2，", fix: "2." },
        { paragraph: 3, excerpt: "(2)", fix: "（2）" },
        { paragraph: 4, excerpt: "（3）、", fix: "（3）" },
        { paragraph: 5, excerpt: "4）", fix: "（4）" },
      ],
      output: "1.甲\n2.乙\n（1）子\n（2）子\n（3）子\n（4）子",
    },
    {
      name: "form and sequence fixes on one marker coincide (一、二、四. → 三、)",
      text: "一、甲\n二、乙\n四.丙",
      errors: [{ paragraph: 2, excerpt: "四.", fix: "三、" }],
      output: "一、甲\n二、乙\n三、丙",
    },
    {
      name: "consistent 1、 is a hint once, without a fix",
      text: "一、甲\n（一）子\n1、孙\n2、孙\n（二）子\n1、孙",
      errors: [{ paragraph: 2, excerpt: "1、", severity: "info", message: msg.numberingPractice("三级标题", "1、", "1."), fix: null }],
    },
    {
      name: "mixing 1. and 4、 in one run is an error (corpus 017)",
      text: "1.甲\n2.乙\n3.丙\n4、丁\n5、戊",
      errors: [
        { paragraph: 3, excerpt: "4、", severity: "error", message: msg.numberingMixed("4、", "4."), fix: "4." },
        { paragraph: 4, excerpt: "5、", fix: "5." },
      ],
      output: "1.甲\n2.乙\n3.丙\n4.丁\n5.戊",
    },
    {
      name: "Word automatic numbering with a malformed list string",
      doc: { paragraphs: [{ text: "甲", listString: "(一)", tableNestingLevel: 0 }] },
      errors: [{ paragraph: 0, excerpt: "", onListString: true, message: msg.numberingListMalformed("二级标题", "(一)", "（一）"), fix: null }],
    },
  ],
});
