import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("enumeration-ending", {
  valid: [
    "一是甲；二是乙；三是丙。",
    "一是甲。二是乙。三是丙。",
    { text: "一是甲。\n二是乙；", note: "items in different paragraphs are not compared" },
    { text: "主要特点，一是甲，二是乙，三是丙。", note: "commas between items are left alone" },
  ],
  invalid: [
    {
      name: "mixed ； and 。 (seed 002's next-steps paragraph)",
      text: "一是甲；二是乙；三是丙。四是丁。",
      errors: [{ paragraph: 0, excerpt: "。", severity: "info", message: msg.enumerationEnding("。", "；"), fix: "；" }],
      output: "一是甲；二是乙；三是丙；四是丁。",
    },
  ],
});
