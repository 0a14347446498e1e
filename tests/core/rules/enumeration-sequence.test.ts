import { msg } from "../../../src/core/messages";
import type { DocParagraph } from "../../../src/core/model";
import { testRule } from "../ruleTester";

/** A paragraph in the body (level 0) or in a table cell (level ≥ 1). */
const p = (text: string, tableNestingLevel = 0): DocParagraph => ({ text, tableNestingLevel });

testRule("enumeration-sequence", {
  valid: [
    {
      // lawtext/gov/政府工作报告-其他地市/乐山市/2022.txt:11–14
      text: "一是抓学习。\n二是抓调研。\n三是抓督查。\n四是统筹城乡区域。\n五是织密民生保障网。\n（紧转第2版） （紧接第1版）\n教育稳步推进。\n六是打出风险防范组合拳。",
      note: "review: a line of newspaper notes is no title and closes no sequence",
    },
    { text: "一是一、二季度经济平稳；二是投资增长；三是消费回暖。", note: "review: 一是一、二季度 is an item whose words begin with a numeral, not the idiom 一是一、二是二" },
    { text: "一是抓学习；二是二〇二四年完成改造；三是抓落实。", note: "review: 二是二〇二四年 is an item" },
    {
      // lawtext/cpc/党代会报告/1945-七大闭幕词（愚公移山）.txt:4–7
      text: "第一，甲。第二，乙。第三，丙。\n我们第一要坚持，第二要团结。",
      note: "issue 8: a first item where no clause starts opens a new list when its 第二 follows",
    },
    {
      // lawtext/gov/政府工作报告-国务院/1987.txt:46
      text: "第一、加强领导；第二、一定要抓好落实；第三、严格考核。",
      note: "issue 8: 第二、一定要 is an item (一 is not the next numeral of a list such as 第二、三季度)",
    },
    {
      // lawtext/gov/政府工作报告-省自治区/山东省/1999.txt:35
      text: "第一要统一思想；第二要狠抓落实；第三要严格考核；第四，加强监督。",
      note: "issue 8: 第一要……第二要…… is a sequence of its own style",
    },
    { text: "发展是第一要务。第一要务就是发展。", note: "第一要务 is a noun, not a marker" },
    {
      // lawtext/gov/政府工作报告 (several): an enumeration opened without punctuation before its first item
      text: "加快发展一是必须坚持改革；二是必须扩大开放；三是必须改善民生。",
      note: "issue 8: a first item glued to the words before it (加快发展一是必须……) is found by the 二是 that follows",
    },
    {
      text: "坚持环保“七优先”一是在制定规划时优先编制环保规划；二是在调整结构时优先发展清洁产业。",
      note: "issue 8: a first item right after a closing quote (环保“七优先”一是……)",
    },
    { text: "一是增速达到68%.二是出口增长。三是就业稳定。", note: "issue 8: a half-width full stop before a numeral ends a clause (68%.三是)" },
    {
      text: "一要抓规划，落实“一要吃饭，二要建设”的方针；二要抓项目。",
      note: "issue 8: a quoted slogan's own enumeration is not the writer's sequence (“一要吃饭，二要建设”)",
    },
    { text: "实事求是，一是一、二是二，不夸大成绩。", note: "issue 8: the idiom 一是一、二是二 is no sequence" },
    {
      // lawtext/gov/五年规划/1953-一五计划.txt: 第八，… 第九，… numbered straight through its sections
      text: "第一，发展工业。\n第二，发展农业。\n（二）第二部分\n第三，发展交通。\n第四，发展商业。",
      note: "issue 8: paragraph-opening items carried on across a heading",
    },
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
    { text: "首先，学习。其次，实践。再次，总结。最后，提高。", note: "sequence words in order" },
    { text: "首先，抓学习。\n其次是抓实践。\n最后，抓总结。", note: "其次是 as an item, across paragraphs" },
    { text: "首先，甲；其次，乙。\n首先，丙；其次，丁。", note: "a new 首先 after the first sequence went on opens a new one" },
    { text: "首先，要统一思想。其中：首先，学原文。", note: "a 首先 after a colon opens a nested list" },
    {
      text: "首先对行政审批项目进行全面清理，不做表面文章;其次按照“合法、合理”的原则，切实减少行政审批项目。",
      note: "corpus 005: 首先 without a mark opens no sequence",
    },
    { text: "五年来取得的新的明显成效再次证明，方针是正确的。我们再次强调，再次获得表彰。", note: "corpus 004: 再次 = again" },
    { text: "打通最后一公里。最后期限临近。其次是资金问题。", note: "seed 003, corpus 002: 最后 and 其次 as ordinary words" },
    { text: "首先，抓学习。其次，抓实践。最后，抓总结。\n经费方面，其次是人员不足。", note: "其次是 out of place is the ordinary word" },
    { text: "首先，甲。\n其他工作，再次获得好评。", note: "再次 without a mark is prose even in a sequence" },
    { text: "其次，甲。", note: "其次 alone: the first item is often written without 首先" },
    {
      doc: { paragraphs: [p("一是甲。"), p("一是A。", 1), p("二是B。", 1), p("二是乙。")] },
      note: "robustness: a table's cells are their own context; the body's enumeration continues after the table",
    },
    {
      doc: { paragraphs: [p("一是甲。"), p("二是乙。"), p("一是A。", 1), p("一是a。", 2), p("二是a。", 2), p("二是B。", 1), p("三是丙。")] },
      note: "a nested table inside a cell: each level keeps its own enumeration",
    },
  ],
  invalid: [
    {
      name: "review: 一是 / 二是 start again under every heading (no carrying on across 一、 二、 三、)",
      text: "一、甲\n一是学习。\n二是调研。\n二、乙\n一是督查。\n二是考核。\n三、丙\n三是总结。\n四是提高。",
      errors: [{ paragraph: 7, excerpt: "三是", message: msg.enumerationWrongStart("一是", "三是") + msg.renumberLater(1), fix: "一是" }],
      output: "一、甲\n一是学习。\n二是调研。\n二、乙\n一是督查。\n二是考核。\n三、丙\n一是总结。\n二是提高。",
    },
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
      errors: [{ paragraph: 0, excerpt: "二是", message: msg.enumerationWrongStart("一是", "二是") + msg.renumberLater(1), fix: "一是" }],
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
        { paragraph: 3, excerpt: "四是", message: msg.enumerationGap("三是", "四是") + msg.renumberLater(1), fix: "三是" },
        { paragraph: 5, excerpt: "五是", message: msg.enumerationGap("四是", "五是") + msg.renumberLater(1), fix: "四是" },
      ],
      output: ["1.压实责任。正文。", "一是甲。", "二是乙。", "三是丙。", "四是丁。", "具体来说：一是A；二是B；三是C；四是D；五是E。"].join("\n"),
    },
      {
      name: "首先…再次…其次: out of order (a warning: the words may still be prose)",
      text: "首先，甲。再次，乙。其次，丙。",
      errors: [
        { paragraph: 0, excerpt: "再次，", severity: "warning", message: msg.enumerationGap("其次，", "再次，"), fix: "其次，" },
        { paragraph: 0, excerpt: "其次，", severity: "warning", message: msg.enumerationWordOrder("其次", "再次", "再次，"), fix: "再次，" },
      ],
      output: "首先，甲。其次，乙。再次，丙。",
    },
    {
      name: "首先…首先: a duplicate in one paragraph",
      text: "首先，甲；首先，乙；最后，丙。",
      errors: [{ paragraph: 0, excerpt: "首先，", severity: "warning", message: msg.enumerationDuplicate("其次，", "首先，"), fix: "其次，" }],
      output: "首先，甲；其次，乙；最后，丙。",
    },
    {
      name: "其次 repeated across paragraphs",
      text: "首先，甲。\n其次，乙。\n其次，丙。",
      errors: [{ paragraph: 2, excerpt: "其次，", severity: "warning", message: msg.enumerationDuplicate("再次，", "其次，"), fix: "再次，" }],
      output: "首先，甲。\n其次，乙。\n再次，丙。",
    },
    {
      name: "a repeated 再次 in fourth place: no word to suggest, no fix",
      text: "首先，甲。再次，乙。其次，丙。再次，丁。",
      errors: [
        { paragraph: 0, excerpt: "再次，", fix: "其次，" },
        { paragraph: 0, excerpt: "其次，", fix: "再次，" },
        { paragraph: 0, excerpt: "再次，", severity: "warning", message: msg.enumerationWordRepeat("再次"), fix: null },
      ],
      output: "首先，甲。其次，乙。再次，丙。再次，丁。",
    },
    {
      name: "其次，…再次， with no 首先: a hint, no fix",
      text: "其次，甲。再次，乙。",
      errors: [{ paragraph: 0, excerpt: "其次，", severity: "info", message: msg.enumerationWordWithoutFirst("其次"), fix: null }],
    },
    {
      name: "an enumeration in a cell restarts there: 二是 cannot continue the body's",
      doc: { paragraphs: [p("一是甲。"), p("二是A。", 1), p("二是乙。")] },
      errors: [{ paragraph: 1, excerpt: "二是", message: msg.enumerationWrongStart("一是", "二是"), fix: "一是" }],
      output: "一是甲。\n一是A。\n二是乙。",
    },
    {
      name: "a gap in a cell is the cell's; the body's 三是 after the table is fine",
      doc: { paragraphs: [p("一是甲。"), p("二是乙。"), p("一是A。", 1), p("三是B。", 1), p("三是丙。")] },
      errors: [{ paragraph: 3, excerpt: "三是", message: msg.enumerationGap("二是", "三是"), fix: "二是" }],
      output: "一是甲。\n二是乙。\n一是A。\n二是B。\n三是丙。",
    },
  ],
});
