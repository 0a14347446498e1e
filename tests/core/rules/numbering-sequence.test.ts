import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

const body = "这一部分的正文写得很完整。";

testRule("numbering-sequence", {
  valid: [
    {
      // lawtext/gov/国务院机构改革/1993.txt:150–170: ⒈…⒛ then 21. 22.
      text: "（一）国务院组成部门\n⒈外交部\n⒉国防部\n⒊国家计划委员会\n4.国家经济贸易委员会",
      note: "issue 8: ⒈ ⒉ … (number and full stop in one character) are the items 1. 2. …",
    },
    {
      // lawtext/cpc/党规/办法/党政工作部门领导班子和领导干部综合考核评价办法（试行）.txt:103–105
      text: "第三十条　本办法自发布之日起施行。\n附表：一、《领导班子综合考核评价表》\n二、《领导干部民主测评表》\n三、《考核结果汇总表》",
      note: "issue 8: a list of attached tables numbered 一、 after 附表： is no heading run",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/永州市/2020.txt:43–44 (also 铜仁 2014:23–25)
      text: "（一）民生实事\n今年重点办好十件实事：（1）新建学校；（2）改造道路；（3）建设公园。\n（4）推进农村自来水建设。\n（5）新建养老机构。",
      note: "issue 8: a list begun inline in the paragraph before goes on at the paragraph's start",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/云浮市/2018.txt:88–89
      text: "一、工作回顾\n附件：1、2018年十件民生实事\n2、注释",
      note: "issue 8: an 附件 list whose first name begins with digits is still an 附件 list",
    },
    `开头段。\n一、甲\n${body}\n二、乙\n${body}\n三、丙`,
    { text: "（一）甲\n正文。\n（二）乙\n正文。\n（三）丙", note: "top level （一） as in seed 004" },
    {
      // lawtext/gov/政府工作报告-其他地市/株洲市/2014.txt: 民生实事 numbered 1、–85、 straight through 一、…十、
      text: "一、就业\n1、新增就业。\n2、培训。\n二、社保\n3、扩面。\n4、提标。\n三、住房\n5、保障房。",
      note: "issue 8: a level numbered continuously across parents is a house style (株洲 2014, 成都 2018–2025)",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/株洲市/2014.txt:177–263: lists restart under 一、–五、, 民生100 runs 1、–100、
      // through 六、's （一）–（八）
      text: "一、甲\n（一）子\n1、甲一\n2、甲二\n（二）子\n1、甲三\n二、民生100\n（一）就业\n1、乙一\n2、乙二\n（二）社保\n3、乙三\n4、乙四",
      note: "issue 8: one section restarts its lists, another runs its list through its sub-headings: each section decides",
    },
    {
      // lawtext/cpc/党规: regulations number (1)…(60) through the whole text
      text: "一、总则\n（1）甲。\n（2）乙。\n二、分则\n（3）丙。\n（4）丁。",
      note: "issue 8: (1)…(n) run through a regulation's sections",
    },
    {
      // lawtext/gov/政府工作报告-主要城市/成都市/2022.txt and others: 10.53项冠军产品 after 9.
      text: "（一）制造业\n1.新增企业。\n2.建成园区。\n3.41家企业上市。\n4.53项冠军产品通过认定。\n5.完成技改。",
      note: "issue 8: a number followed by digits, read in the light of its neighbours (10.53项 after 9.)",
    },
    {
      text: "（一）示范区\n1.27个示范区完成验收。\n2.新建公园。",
      note: "issue 8: a 1. followed by digits is the first item when a 2. follows (27个示范区)",
    },
    {
      // lawtext/gov/政府工作报告-其他地市: （43）30件民生实事
      text: "（一）民生\n（1）完成改造。\n（2）30件民生实事全部完成。\n（3）新建学校。",
      note: "issue 8: a bracketed number followed by digits is a marker",
    },
    "一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n1.孙\n2.孙\n（二）子\n1.孙",
    { text: "一、甲\n二、乙\n十、不在这里", note: "a 十、 line is read, but a gap is only in invalid cases" }.text!.replace("十、不在这里", "三、丙"),
    {
      text: "党的十四大以来的基本情况\n（一）甲\n（二）乙\n反腐败面临的形势和建议\n（一）丙\n（二）丁",
      note: "corpus 003: a run restarts under an unnumbered part title",
    },
    { text: "一、甲\n二、乙\n（一）子\n九、十、二十都不是标题。", note: "numerals in a sentence" },
    { text: "1.5亿元投资到位。\n2023年以来成绩显著。\n一是加强学习。\n二是改进作风。", note: "decimals, years and 一是 are not headings" },
    { text: "一、二线城市房价上涨。\n一、甲\n二、乙", note: "一、二线 lists numerals" },
    {
      text: "一、主要工作\n一、二季度，全市经济平稳运行。\n二、存在问题\n三、下一步打算",
      note: "review 2026-11-22: 一、二季度 is a list of numerals (一二季度), not a duplicate 一、",
    },
    ...["一、二年级", "一、二审", "一、二等奖", "一、二月份", "一、二线城市", "三、四季度", "一、二、三产业"].map((words) => ({
      text: `一、甲\n${words}的情况良好。\n二、乙\n三、丙`,
      note: `review 2026-11-22: ${words} is prose, not a heading`,
    })),
    { text: "一、甲\n二、三大攻坚战\n三、三、四季度工作安排", note: "review 2026-11-22: headings whose words start with numerals" },
    {
      text: "一、甲\n正文。\n二、乙\n正文。\n\n附件：1. 建议办理情况统计表\n      2. 代表满意度测评表\n\n某局\n2023年12月20日",
      note: "review 2026-11-22: the 附件说明 list (GB/T 9704—2012 7.3.4) is not a numbering run",
    },
    { text: "一、甲\n正文。\n附件：\n1. 统计表\n2. 测评表\n3. 花名册", note: "review 2026-11-22: 附件： on a line of its own, names below" },
    { text: "一、甲\n一)子\n二)子", note: "bracket-lost markers still form a correct run (their form is another rule's business)" },
  ],
  invalid: [
    {
      name: "review: numbers carried on across sections with a gap at a section's start: one gap, not a wrong start",
      text: "一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n三、丙\n6.子\n7.子",
      errors: [{ paragraph: 7, excerpt: "6.", message: msg.numberingGap("5.", "6.") + msg.renumberLater(1), fix: "5." }],
      output: "一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n三、丙\n5.子\n6.子",
    },
    {
      name: "review: two headings swapped (一、二、四、三、五、): the later ones are no new findings",
      text: "一、甲\n二、乙\n四、丙\n三、丁\n五、戊",
      errors: [
        { paragraph: 2, excerpt: "四、", message: msg.numberingGap("三、", "四、") + msg.renumberLater(1), fix: "三、" },
        { paragraph: 3, excerpt: "三、", message: msg.numberingGap("五、", "三、") + msg.renumberLater(1), fix: "五、" },
      ],
      output: "一、甲\n二、乙\n三、丙\n四、丁\n五、戊",
    },
    {
      // lawtext/cpc/党代会报告/1921-中国共产党纲领.txt:18–21
      name: "issue 8: an editor's bracketed note standing for a lost article is not a title that lost its number (no 三、 put into it)",
      text: "一、甲\n二、乙\n（三、遗漏—译者）〔4〕\n四、丙",
      errors: [{ paragraph: 3, excerpt: "四、", message: msg.numberingGap("三、", "四、"), fix: "三、" }],
      output: "一、甲\n二、乙\n（三、遗漏—译者）〔4〕\n三、丙",
    },
    {
      name: "issue 8: a gap is one finding, and its fix renumbers the rest of the run",
      text: "一、甲\n二、乙\n四、丙\n五、丁",
      errors: [{ paragraph: 2, excerpt: "四、", severity: "error", message: msg.numberingGap("三、", "四、") + msg.renumberLater(1), fix: "三、" }],
      output: "一、甲\n二、乙\n三、丙\n四、丁",
    },
    {
      name: "issue 8: 一、三、四、五、 is one finding, not three",
      text: "一、甲\n三、乙\n四、丙\n五、丁",
      errors: [{ paragraph: 1, excerpt: "三、", message: msg.numberingGap("二、", "三、") + msg.renumberLater(2), fix: "二、" }],
      output: "一、甲\n二、乙\n三、丙\n四、丁",
    },
    {
      name: "issue 8: 一、三、四、四、五、 gives two findings, the gap and the duplicate; applying all fixes settles both",
      text: "一、甲\n三、乙\n四、丙\n四、丁\n五、戊",
      errors: [
        { paragraph: 1, excerpt: "三、", message: msg.numberingGap("二、", "三、") + msg.renumberLater(1), fix: "二、" },
        { paragraph: 3, excerpt: "四、", message: msg.numberingDuplicate("五、", "四、") + msg.renumberLater(1), fix: "五、" },
      ],
      output: "一、甲\n二、乙\n三、丙\n四、丁\n五、戊",
    },
    {
      name: "duplicate (corpus 005: （四）（四）（六）): the second （四） meant （五）, one finding",
      text: "（一）甲\n（二）乙\n（三）丙\n（四）丁\n（四）戊\n（六）己",
      errors: [{ paragraph: 4, excerpt: "（四）", message: msg.numberingDuplicate("（五）", "（四）"), fix: "（五）" }],
      output: "（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊\n（六）己",
    },
    {
      name: "issue 8: a marker with a wrong number and a wrong form is one finding, one fix, one message",
      text: "一、甲\n二、乙\n四.丙",
      errors: [{ paragraph: 2, excerpt: "四.", message: msg.numberingGap("三、", "四."), fix: "三、" }],
      output: "一、甲\n二、乙\n三、丙",
    },
    {
      name: "wrong start: one finding, the run renumbered from 一",
      text: "开头。\n二、甲\n三、乙",
      errors: [{ paragraph: 1, excerpt: "二、", message: msg.numberingWrongStart("一、", "二、") + msg.renumberLater(1) }],
      output: "开头。\n一、甲\n二、乙",
    },
    {
      name: "issue 8: a level carried on under one parent but restarted under another is a slip there",
      text: "一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n三、丙\n（二）子",
      errors: [{ paragraph: 6, excerpt: "（二）", message: msg.numberingWrongStart("（一）", "（二）") }],
      output: "一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n三、丙\n（一）子",
    },
    {
      name: "issue 8: a break in a run carried across parents is still found once",
      text: "一、甲\n1.子\n2.子\n二、乙\n3.子\n5.子\n6.子",
      errors: [{ paragraph: 5, excerpt: "5.", message: msg.numberingGap("4.", "5.") + msg.renumberLater(1), fix: "4." }],
      output: "一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n5.子",
    },
    {
      name: "restart without an unnumbered title is a hint",
      text: "一、甲\n二、乙\n正文写到这里结束了。\n一、丙\n二、丁",
      errors: [{ paragraph: 3, excerpt: "一、", severity: "info", message: msg.numberingRestart("一、"), fix: null }],
    },
    {
      name: "a consistent 1、 run keeps its shape when renumbered",
      text: "1、甲\n2、乙\n4、丙",
      errors: [{ paragraph: 2, excerpt: "4、", fix: "3、" }],
      output: "1、甲\n2、乙\n3、丙",
    },
    {
      name: "lost markers (corpus 008): unnumbered titles where numbers were skipped",
      text: "（一）甲项工作\n正文。\n乙项工作的标题\n正文。\n丙项工作的标题\n正文。\n（四）丁项工作",
      errors: [
        { paragraph: 2, excerpt: "乙项工作的标题", message: msg.numberingMissing("（二）"), fix: "（二）" },
        { paragraph: 4, excerpt: "丙项工作的标题", message: msg.numberingMissing("（三）"), fix: "（三）" },
      ],
      output: "（一）甲项工作\n正文。\n（二）乙项工作的标题\n正文。\n（三）丙项工作的标题\n正文。\n（四）丁项工作",
    },
    {
      name: "robustness suite: no lost-marker fix when the line would not read back as the marker (2. before 9× reads 2.9)",
      text: "1.要点。正文\n9×。工甲\n3.要点。正文",
      errors: [{ paragraph: 1, excerpt: "9×。工甲", message: msg.numberingMissing("2."), fix: null }],
    },
    {
      name: "no renumbering fix when the new marker would read as a list of numerals (三、四、五产业)",
      text: "一、甲\n二、乙\n四，四、五产业",
      errors: [{ paragraph: 2, excerpt: "四，", message: msg.numberingGap("三、", "四，"), fix: null }],
    },
    {
      name: "Word automatic numbering: on the list string, no text fix",
      doc: {
        paragraphs: [
          { text: "甲", listString: "一、", tableNestingLevel: 0 },
          { text: "乙", listString: "三、", tableNestingLevel: 0 },
        ],
      },
      errors: [{ paragraph: 1, excerpt: "", onListString: true, message: msg.numberingGap("二、", "三、"), fix: null }],
    },
    {
      name: "review 2026-11-22: headings after the 附件说明 list ends are read again",
      text: "附件：1. 统计表\n      2. 测评表\n附件1\n1.甲\n3.乙",
      errors: [{ paragraph: 4, excerpt: "3.", message: msg.numberingGap("2.", "3."), fix: "2." }],
      output: "附件：1. 统计表\n      2. 测评表\n附件1\n1.甲\n2.乙",
    },
    {
      name: "a repeated 一、 right after a one-item run is a duplicate, not a restart",
      text: "一、甲\n一、乙",
      errors: [{ paragraph: 1, excerpt: "一、", message: msg.numberingDuplicate("二、", "一、") }],
      output: "一、甲\n二、乙",
    },
  ],
});
