import { punctuationMsg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("punctuation-spaces", {
  valid: [
    { text: "\u3000\u3000全面完成年度任务。\n    全面完成年度任务。", note: "the indent, full- or half-width" },
    { text: "完成 100 项任务，使用 Word 软件。", note: "a space between Chinese and digits or Latin is not ours (nor asked for)" },
    { text: "第一条\u3000为了规范公文处理工作，制定本条例。\n第一章 总则", note: "lawtext/cpc/党规: the space after 第一条 / 第一章" },
    { text: "- 第十八条\u3000\u3000委员会委员在任期内出缺，由原选举单位补选。", note: "lawtext/cpc/党规/条例/中国共产党基层组织选举工作条例.txt:34: a bullet with the indent" },
    { text: "- 12月12日\u3000\u3000张学良、杨虎城发动西安事变。\n- 同日\u3000亚洲基础设施投资银行正式成立。", note: "lawtext/cpc/其他资料/中国共产党一百年大事记.txt: a chronicle's dates" },
    { text: "一、 总体要求\n（一） 加强学习", note: "the space after a heading marker is the marker's (numbering)" },
    { text: "市长\u3000汪\u3000泉\n目\u3000录\n报  告", note: "lawtext/gov/政府工作报告-主要城市/无锡市/2018.txt:2: bylines and spaced titles without 点号" },
    { text: "原 油 10，607 万吨", note: "lawtext/gov/国家统计局年度统计/1983.txt:83: a two-character item padded to three" },
    { text: "（一）坚持党建引领 推动高质量发展。全年完成任务。", note: "paired phrases in a run-in heading's title" },
    {
      text: "15.“百亿元园区基础设施提升”工程 “十二五”期间，继续加大园区基础设施建设。",
      note: "lawtext/gov/政府工作报告-主要城市/昆明市/2012.txt:104: a glossary term and its explanation (the mistake of the classification, mended)",
    },
    { text: "组织开展“贯彻党代会 奋进新征程”主题活动。", note: "seeds/002_d5415d22f0899a04.txt:12: a slogan's parts" },
    { text: "工作完成。  ", note: "trailing spaces" },
  ],
  invalid: [
    {
      // reports/013.txt:8, 15 (河北 2007: spaces left by copying out of a PDF)
      name: "issue 12: spaces inside words and around Chinese punctuation",
      text: "刚 刚过去的一年，大力开展资源节约型、环 境友好型社会建设 。\n工作 ，Word 文档",
      errors: [
        { paragraph: 0, excerpt: " ", severity: "warning", message: punctuationMsg.straySpace("刚 刚"), fix: "" },
        { paragraph: 0, excerpt: " ", message: punctuationMsg.straySpace("环 境"), fix: "" },
        { paragraph: 0, excerpt: " ", message: punctuationMsg.straySpace("设 。"), fix: "" },
        { paragraph: 1, excerpt: " ", message: punctuationMsg.straySpace("作 ，"), fix: "" },
      ],
      output: "刚刚过去的一年，大力开展资源节约型、环境友好型社会建设。\n工作，Word 文档",
    },
    {
      name: "a heading's body after its first 点号 is prose again",
      text: "（一）加强学习。全 面提升能力。",
      errors: [{ paragraph: 0, excerpt: " ", fix: "" }],
      output: "（一）加强学习。全面提升能力。",
    },
    {
      // seeds/002_d5415d22f0899a04.txt:3
      name: "full-width and repeated spaces before a book title",
      text: "学好用好\u3000 《习近平谈治国理政》。",
      errors: [{ paragraph: 0, excerpt: "\u3000 ", fix: "" }],
      output: "学好用好《习近平谈治国理政》。",
    },
  ],
});
