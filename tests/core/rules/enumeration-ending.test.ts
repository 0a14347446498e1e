import { msg } from "../../../src/core/messages";
import type { DocParagraph } from "../../../src/core/model";
import { testRule } from "../ruleTester";

const p = (text: string, tableNestingLevel = 0): DocParagraph => ({ text, tableNestingLevel });

testRule("enumeration-ending", {
  valid: [
    "一是甲；二是乙；三是丙。",
    "一是甲。二是乙。三是丙。",
    { text: "一是甲。\n二是乙；", note: "items in different paragraphs are not compared" },
    { text: "主要特点，一是甲，二是乙，三是丙。", note: "commas between items are left alone" },
    { text: "一是甲；\n二是乙；\n三是丙。", note: "across paragraphs, ； and a final 。" },
    { text: "一是以文辅政\n二是跟进重点", note: "short item lines, all bare alike, are left alone" },
    { text: "具体来说：一是甲；二是乙。此外，还有以下情况；", note: "the 。 closed the last item; what follows is other prose" },
    { text: "问题在于：一是资金不足；", note: "a single item is no enumeration to close" },
    { text: "一是甲；二是乙；三是“丙”。", note: "a 。 after a closing quote" },
    { text: "具体是：一是甲；二是乙；三是丙：", note: "a colon ending introduces what follows" },
    { doc: { paragraphs: [p("工作内容"), p("一是甲；二是乙", 1)] }, note: "items in a table cell often stand bare" },
  ],
  invalid: [
    {
      name: "mixed ； and 。 (seed 002's next-steps paragraph)",
      text: "一是甲；二是乙；三是丙。四是丁。",
      errors: [{ paragraph: 0, excerpt: "。", severity: "info", message: msg.enumerationEnding("。", "；"), fix: "；" }],
      output: "一是甲；二是乙；三是丙；四是丁。",
    },
      {
      name: "the last item ends with ； (……；三是……；)",
      text: "一是甲；二是乙；三是丙；",
      errors: [{ paragraph: 0, excerpt: "；", severity: "info", message: msg.enumerationFinalEnding("；"), fix: "。" }],
      output: "一是甲；二是乙；三是丙。",
    },
    {
      name: "across paragraphs, the last one ends with ；",
      text: "一是甲；\n二是乙；\n三是丙；\n下一步，继续努力。",
      errors: [{ paragraph: 2, excerpt: "；", message: msg.enumerationFinalEnding("；"), fix: "。" }],
      output: "一是甲；\n二是乙；\n三是丙。\n下一步，继续努力。",
    },
    {
      name: "the last item has no closing mark",
      text: "主要特点，一是增长快；二是结构优",
      errors: [{ paragraph: 0, excerpt: "优", severity: "info", message: msg.enumerationFinalMissing(), fix: "。" }],
      output: "主要特点，一是增长快；二是结构优。",
    },
    {
      name: "。-style items, the last with ；: one fix, to 。",
      text: "一是甲。二是乙。三是丙；",
      errors: [{ paragraph: 0, excerpt: "；", message: msg.enumerationFinalEnding("；"), fix: "。" }],
      output: "一是甲。二是乙。三是丙。",
    },
    {
      name: "a table cell with ；-final items still gets the ； → 。 hint",
      doc: { paragraphs: [p("一是甲。"), p("一是A；二是B；", 1)] },
      errors: [{ paragraph: 1, excerpt: "；", fix: "。" }],
      output: "一是甲。\n一是A；二是B。",
    },
  ],
});
