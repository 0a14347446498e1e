import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("enumeration-form", {
  valid: [
    {
      // lawtext/gov/政府工作报告-主要城市/银川市/2018.txt:11
      text: "788名河长领责护河，第七、九污水处理厂建成，第二、四、五污水处理厂完成提标改造。",
      note: "第七、九污水处理厂 lists ordinals: no item there",
    },
    "一是甲。二是乙。",
    "第一，甲。第二，乙。",
    { text: "首先，学习。其次，实践。再次，总结。最后，提高。", note: "one style throughout" },
    { text: "首先要着力抓好落实。最后一年，最后一公里。", note: "adverbs, not markers (corpus 003)" },
    { text: "第一书记、第一议题、第一时间、第一渠道。", note: "seeds 002 and 004: 第一 inside words" },
  ],
  invalid: [
    {
      name: "review: 首先，…其次，…三是: 三是 is the odd one out (再次), not a wrong start",
      text: "首先，抓学习。其次，抓调研。三是抓落实。",
      errors: [{ paragraph: 0, excerpt: "三是", severity: "warning", message: msg.enumerationMixedOrdinal("三是", "再次"), fix: null }],
    },
    {
      // lawtext/gov/政府工作报告-主要城市/拉萨市/2003.txt:35 (also 北京 1998:88)
      name: "issue 8: 首先要……其次要……第三要: the unmarked 首先 opens the words' sequence; 第三要 is the odd one out",
      text: "首先要立足于发展经济扩大就业。其次要逐步建立就业服务机构。第三要进一步完善就业服务体系。",
      errors: [{ paragraph: 0, excerpt: "第三要", severity: "warning", message: msg.enumerationMixedOrdinal("第三要", "再次"), fix: null }],
    },
    {
      // lawtext/gov/政府工作报告-主要城市/南昌市/2002.txt:76 (also 广州 2000:51)
      name: "issue 8: 首先要……二是……: the unmarked 首先 is the first item in another style, not 二是 a wrong start",
      text: "首先要在政府职能上创新；二是要在投资体制上创新；三是要在分配制度上创新。",
      errors: [{ paragraph: 0, excerpt: "首先", severity: "warning", message: msg.enumerationMixedFamily("一是", "首先"), fix: "一是" }],
      output: "一是要在政府职能上创新；二是要在投资体制上创新；三是要在分配制度上创新。",
    },
    {
      name: "issue 8: 首先…二是…三是: the odd one out is 首先 (a warning, fixed to 一是)",
      text: "首先，加强学习；二是改进作风；三是狠抓落实。",
      errors: [{ paragraph: 0, excerpt: "首先，", severity: "warning", message: msg.enumerationMixedFamily("一是", "首先，"), fix: "一是" }],
      output: "一是加强学习；二是改进作风；三是狠抓落实。",
    },
    {
      name: "stray spaces (corpus 013: 三 是, 第 二，)",
      text: "一是甲。二是乙。三 是丙。\n第一，甲。\n第 二，乙。",
      errors: [
        { paragraph: 0, excerpt: "三 是", severity: "error", message: msg.enumerationStraySpace("三 是", "三是"), fix: "三是" },
        { paragraph: 2, excerpt: "第 二，", fix: "第二，" },
      ],
      output: "一是甲。二是乙。三是丙。\n第一，甲。\n第二，乙。",
    },
    {
      name: "首先……其次……第三 (a slip seen in a published report): a warning, not an error (review 2026-11-22)",
      text: "首先，甲。其次，乙。第三，丙。",
      errors: [{ paragraph: 0, excerpt: "第三，", severity: "warning", message: msg.enumerationMixedOrdinal("第三，", "再次"), fix: null }],
    },
    {
      name: "第一……其次",
      text: "第一，甲。其次，乙。",
      errors: [{ paragraph: 0, excerpt: "其次，", severity: "warning", message: msg.enumerationMixedOrdinalReverse("其次，", "第二") }],
    },
    {
      name: "一是……第二，",
      text: "一是甲。第二，乙。三是丙。",
      errors: [{ paragraph: 0, excerpt: "第二，", severity: "warning", message: msg.enumerationMixedFamily("二是", "第二，"), fix: "二是" }],
      output: "一是甲。二是乙。三是丙。",
    },
    {
      name: "第一、 takes a comma (a hint)",
      text: "第一、甲。\n第二、乙。",
      errors: [
        { paragraph: 0, excerpt: "第一、", severity: "info", message: msg.enumerationOrdinalMark("第一、", "第一，"), fix: "第一，" },
        { paragraph: 1, excerpt: "第二、", fix: "第二，" },
      ],
      output: "第一，甲。\n第二，乙。",
    },
  ],
});
