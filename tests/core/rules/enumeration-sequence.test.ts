import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("enumeration-sequence", {
  valid: [
    { text: "存在的不足。一是主动性不够；二是针对性不强；三是学习不系统。", note: "seed 000: inline, ； endings" },
    { text: "二、尽职尽责\n一是以文辅政。\n二是跟进重点。\n三是注重细节。", note: "seed 001: across paragraphs" },
    { text: "一、甲\n一是学习。\n二是实践。\n二、乙\n一是调研。\n二是起草。", note: "restart per heading" },
    { text: "主要特点，一是增长快。二是结构优。", note: "corpus 005: after a comma" },
    { text: "坚持统一是关键。唯一是他。问题之一是资金。万一是真的呢。第一是谁？", note: "inside words: 统一是 唯一是 之一是 万一是 第一是" },
    { text: "全省第一，连续三年。第一次会议、第一批项目、第一产业、第二季度均好。", note: "corpus 010: 全省第一， and 第一次" },
    { text: "第一，抢机遇。\n第二，促投资。\n第三，强产业。", note: "corpus 012" },
    { text: "一要素齐全。", note: "一要素 is a noun" },
    { text: "第二、三季度增长较快。", note: "第二、三季度 lists ordinals" },
    { text: "（一）紧扣中心。一是起草文稿。二是开展调研。", note: "seed 004: a level-2 heading running into its paragraph" },
    { text: "一是甲。一是乙。二是丙。", note: "a new 一是 opens a new enumeration" },
    { text: "一是调研。其中：一是选题，二是实地。二是起草。", note: "a nested enumeration, then the outer continues" },
    { text: "一是调研。\n其中：一是选题；二是实地。\n二是起草。", note: "paragraph-start items resume by opening a paragraph" },
  ],
  invalid: [
    {
      name: "gap",
      text: "一是甲。二是乙。四是丙。",
      errors: [{ paragraph: 0, excerpt: "四是", severity: "error", message: msg.enumerationGap("三是", "四是"), fix: "三是" }],
      output: "一是甲。二是乙。三是丙。",
    },
    {
      name: "duplicate across paragraphs",
      text: "一是甲。\n二是乙。\n二是丙。",
      errors: [{ paragraph: 2, excerpt: "二是", message: msg.enumerationDuplicate("三是", "二是"), fix: "三是" }],
      output: "一是甲。\n二是乙。\n三是丙。",
    },
    {
      name: "wrong start",
      text: "问题如下：二是甲；三是乙。",
      errors: [
        { paragraph: 0, excerpt: "二是", message: msg.enumerationWrongStart("一是", "二是"), fix: "一是" },
        { paragraph: 0, excerpt: "三是", fix: "二是" },
      ],
      output: "问题如下：一是甲；二是乙。",
    },
    {
      name: "一要 family",
      text: "一要抓规划。二要抓项目。四要抓机制。",
      errors: [{ paragraph: 0, excerpt: "四要", fix: "三要" }],
      output: "一要抓规划。二要抓项目。三要抓机制。",
    },
    {
      name: "第N family keeps its mark",
      text: "第一，甲。\n第三：乙。",
      errors: [{ paragraph: 1, excerpt: "第三：", fix: "第二：" }],
      output: "第一，甲。\n第二：乙。",
    },
    {
      name: "robustness suite: a new 一是 opens a new sequence whose gaps count, even where an older sequence expected that number",
      text: ["1.压实责任。正文。", "一是甲。", "二是乙。", "四是丙。", "五是丁。", "具体来说：一是A；二是B；三是C；五是D；六是E。"].join("\n"),
      errors: [
        { paragraph: 3, excerpt: "四是", fix: "三是" },
        { paragraph: 4, excerpt: "五是", fix: "四是" },
        { paragraph: 5, excerpt: "五是", message: msg.enumerationGap("四是", "五是"), fix: "四是" },
        { paragraph: 5, excerpt: "六是", fix: "五是" },
      ],
      output: ["1.压实责任。正文。", "一是甲。", "二是乙。", "三是丙。", "四是丁。", "具体来说：一是A；二是B；三是C；四是D；五是E。"].join("\n"),
    },
  ],
});
