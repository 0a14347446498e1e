import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

testRule("placeholder", {
  valid: [
    {
      // lawtext/gov/政府工作报告-省自治区/海南省/2020.txt:114 (corpus reports/015:77): a seal named in general
      text: "“证照分离”改革：审批后加盖“XX行政审批局”的印章，各部门予以认可。",
      note: "issue 8: a quoted name followed by 的印章 names a kind of seal, not a blank",
    },
    { text: "长宽为3×4米，5×2组合，5*2等于十。", note: "× and * between digits" },
    { text: "推进“5+1”专项检查，打造党建＋调研沙龙品牌。", note: "seed 000 and 003" },
    { text: "配备X光机和X射线检测设备，开发Xbox与XML接口，尺码XXL。", note: "X光, X射线, Latin words" },
    { text: "二○○二年工作回顾；二〇〇三年。", note: "○ as a zero next to Chinese numerals" },
    { text: "□是 □否", note: "a single □ is a checkbox" },
    { text: "他说*。", options: { placeholder: { flagFootnoteStar: false } }, note: "footnote star, when switched off" },
    // Found reading what the check flagged in ../shared/corpus/lawtext (3,251 published documents).
    {
      // lawtext/gov/五年规划/2021-十四五规划纲要.txt:37 and 2011-十二五规划纲要.txt:89 (506 such in the corpus)
      text: '![](/images/W020220405.png)\n![](images/W0202510.jpg "专栏1 主要指标　新华社发")\n[ ](https://www.gov.cn)',
      note: "empty square brackets before a link target are a link's label",
    },
    {
      // lawtext/cpc/其他资料/中共中央部门机构.txt:53, lawtext/gov/五年规划/1986-七五计划摘要.txt:3
      text: "* [人民网](http://www.people.com.cn)\n* 一九八六年四月十二日第六届全国人民代表大会第四次会议通过决议，",
      note: "a star opening a paragraph before a space: a bullet or a note's mark",
    },
    {
      // lawtext/cpc/党代会报告/1956-八大开幕词.txt:4, lawtext/cpc/其他资料/共产主义原理.txt:5, 国家统计局年度统计/2017.txt:41
      text: "*根据一九五六年九月十六日《人民日报》刊印*\n- *答：*\n*![](./W020230203.png)*",
      note: "a pair of stars around the whole paragraph is emphasis",
    },
    {
      // lawtext/gov/政府工作报告-主要城市/无锡市/2017.txt:126-177
      text: "| 19 | 研发投入占比 | % | 2.58 | 2.82（*） | - |\n| 25 | 营业收入 | 亿元 | 475 | 2045.07* | 6515.03 |\n| *单位GDP能耗 | % |\n注：*为预计数",
      note: "stars the document explains in a note (注：*为预计数) are marks",
    },
    { text: "| 指标 | 属性 |\n| 森林覆盖率（%）* | 约束性 |\n注：带*的为约束性指标", note: "the legend 注：带*的为…" },
    { text: "| 常住人口城镇化率（%） | 65* |\n*为预期性指标", note: "the legend *为…" },
    {
      // lawtext/cpc/其他资料/关于正确使用涉台宣传用语的意见（2002年）.txt:9, 15, 17 and (2016年修订).txt:6
      text: [
        "可称其为“台湾知名人士”、“台湾政界人士”或“XX先生（女士）”。",
        "可称“台湾知名人士”或“XX先生（女士）”，不得称“XX委员”。",
        "“XX国小”、“XX国中”，应称“XX小学”、“XX中学”。",
        "可称其为“两岸XX协议台湾方面召集人”、“台湾XX事务主管部门负责人”。",
      ].join("\n"),
      note: "forms the text prescribes or forbids, in quotes after 称",
    },
    {
      // lawtext/cpc/党规/规定/政法机关保留企业规范管理若干规定.txt:12, lawtext/cpc/规范性文件/关于印制使用《中国共产党入党志愿书》（2004年制）的通知.txt:45, 52
      text: "名称要一律规范为“××宾馆”、“××招待所”或“××接待中心（站）”。\n标注“××××××××翻印”字样。\n不得填写“相当××学历”。",
      note: "规范为“××宾馆”, “……翻印”字样, 填写“……”",
    },
    {
      // lawtext/gov/政府工作报告-其他地市/清远市/2022.txt:78, 政府工作报告-主要城市/南昌市/2020.txt:92
      text: "“3+3+X”产业体系初具规模。\n﹝4﹞3+3+X产业体系：蔬菜、水果、茶叶三个种植产业，X个地方特色产业。",
      note: "X个 as the open count of an N+X policy the document names",
    },
    {
      // lawtext/gov/国家统计局年度统计/2018.txt:359
      text: "全年各类生产安全事故共死亡34046人。\n________________________________\n注释：",
      note: "a paragraph that is only underscores is a rule",
    },
    {
      // lawtext/cpc/党规/办法/公务员录用违规违纪行为处理办法（2021年）.txt:77-88
      text: "第二十六条　本办法自发布之日起施行。\n附件：公务员录用违规违纪行为处理决定书（样式）\n　　考生（身份证号＿＿＿＿＿＿＿＿）：\n　　你在参加＿＿＿＿＿中，在＿＿＿＿环节有＿＿＿的违规违纪情形。",
      note: "blanks of a form appended after 附件",
    },
    {
      // lawtext/cpc/党规/规定/中央编办12310举报电话受理工作暂行规定（2006年）.txt:79-91
      text: "- 中央编办“12310”举报件转办单\n＿＿＿＿＿：\n现转去举报件＿＿件，请查收。\n联系人：＿＿＿ 电话：＿＿＿＿\n中央编办监督检查司（印）\n　年　月　日",
      note: "blanks of a form closed by a date left to be written by hand",
    },
    {
      doc: { paragraphs: [{ text: "正文。", tableNestingLevel: 0 }, { text: "*本表数据为预计数。", tableNestingLevel: 0, part: "footnote" }] },
      note: "a footnote's own text opening with its star",
    },
  ],
  invalid: [
    {
      name: "a quoted blank before 称号 is a title left to fill, not a citation (found by the library's second edition)",
      text: "荣获“XX”称号。\n被评为“××”称号单位。",
      errors: [{ paragraph: 0, excerpt: "XX" }, { paragraph: 1, excerpt: "××" }],
    },
    {
      name: "review: a draft that names a 1+N+X policy still has its X个 blank found elsewhere",
      text: "实施“1+N+X”政策体系。\n全年建成X个示范点。",
      errors: [{ paragraph: 1, excerpt: "X" }],
    },
    {
      name: "star runs, half and full width (seeds 001, 002, 003)",
      text: "累计组织撰写调研报告*多篇\n美丽*****市\n占比***％，＊＊次",
      errors: [
        { paragraph: 0, excerpt: "*", severity: "error", message: msg.placeholder("*"), fix: null },
        { paragraph: 1, excerpt: "*****" },
        { paragraph: 2, excerpt: "***" },
        { paragraph: 2, excerpt: "＊＊" },
      ],
    },
    {
      name: "X runs in every width (seed 004, template library)",
      text: "筛选了XX个课题\n以《今日xx》为平台\nＸＸ市、××县、ⅩⅩ镇",
      errors: [
        { paragraph: 0, excerpt: "XX" },
        { paragraph: 1, excerpt: "xx" },
        { paragraph: 2, excerpt: "ＸＸ" },
        { paragraph: 2, excerpt: "××" },
        { paragraph: 2, excerpt: "ⅩⅩ" },
      ],
    },
    {
      name: "dates and single X before a unit",
      text: "XXXX年XX月XX日\nX月X日召开\n共X个单位",
      errors: [
        { paragraph: 0, excerpt: "XXXX年XX月XX日" },
        { paragraph: 1, excerpt: "X月X日" },
        { paragraph: 2, excerpt: "X" },
      ],
    },
    {
      name: "circles, squares, empty brackets, blanks",
      text: "○○同志\n□□单位\n【 】（　）( )[ ]\n签名：____ 日期：＿＿",
      errors: [
        { paragraph: 0, excerpt: "○○" },
        { paragraph: 1, excerpt: "□□" },
        { paragraph: 2, excerpt: "【 】" },
        { paragraph: 2, excerpt: "（　）" },
        { paragraph: 2, excerpt: "( )" },
        { paragraph: 2, excerpt: "[ ]" },
        { paragraph: 3, excerpt: "____" },
        { paragraph: 3, excerpt: "＿＿" },
      ],
    },
    {
      // lawtext/gov/政府工作报告-主要城市/石家庄市/2016.txt:26: a masked name left in the published text
      name: "a masked star inside quotes stays found; quotes without a citing word are not cited forms",
      text: "大力支持入选国家“*人计划”人才。\n举办“XX杯”演讲比赛",
      errors: [
        { paragraph: 0, excerpt: "*" },
        { paragraph: 1, excerpt: "XX" },
      ],
    },
    {
      name: "with a star legend, masked numbers are still found",
      text: "投入*万元，增长2*.5%，增至3*亿\n| 指标 | 2.82（*） |\n注：*为预计数",
      errors: [
        { paragraph: 0, excerpt: "*" },
        { paragraph: 0, excerpt: "*" },
        { paragraph: 0, excerpt: "*" },
      ],
    },
    {
      name: "a star opening a paragraph before a word, not paired at its end, is a blank",
      text: "*名同志获表彰\n*局2024年工作总结\n*月*日召开",
      errors: [
        { paragraph: 0, excerpt: "*" },
        { paragraph: 1, excerpt: "*" },
        { paragraph: 2, excerpt: "*" },
        { paragraph: 2, excerpt: "*" },
      ],
    },
    {
      name: "without an N+X name, an appendix or a form's date line, X个 and blanks are found",
      text: "拓展X个其他功能\n签名：____ 日期：＿＿\n[ ](单位)",
      errors: [
        { paragraph: 0, excerpt: "X" },
        { paragraph: 1, excerpt: "____" },
        { paragraph: 1, excerpt: "＿＿" },
        { paragraph: 2, excerpt: "[ ]" },
      ],
    },
    {
      name: "a content control still showing its prompt is one finding, even when the prompt reads like a placeholder",
      doc: {
        paragraphs: [
          { text: "报告人：单击或点击此处输入文字。共X个", tableNestingLevel: 0, placeholderSpans: [[4, 15]] },
          { text: "XXXX年XX月XX日", tableNestingLevel: 0, part: "textBox", placeholderSpans: [[0, 11]] },
        ],
      },
      errors: [
        { paragraph: 0, excerpt: "单击或点击此处输入文字", severity: "error", message: msg.placeholderControl("单击或点击此处输入文字"), fix: null },
        { paragraph: 0, excerpt: "X", message: msg.placeholder("X") },
        { paragraph: 1, excerpt: "XXXX年XX月XX日", message: msg.placeholderControl("XXXX年XX月XX日") },
      ],
    },
    {
      name: "a footnote-like star is flagged by default",
      text: "他说*。",
      errors: [{ paragraph: 0, excerpt: "*" }],
    },
  ],
});

testRule("placeholder-name", {
  valid: [
    "某项工作",
    "某地某单位",
    // lawtext/gov/政府工作报告-其他地市/中卫市/2021.txt:8
    { text: "及时发现和阻断了丁某某境外输入型风险。王某某、李某某等人", note: "a surname before 某某: a person anonymised on purpose" },
    // lawtext/cpc/其他资料/关于正确使用涉台宣传用语的意见（2016年修订）.txt:4
    { text: "可称其为“台湾某某事务主管部门”、“台湾某某事务主管机关”", note: "a form the text prescribes" },
  ],
  invalid: [
    { text: "某某单位的某某同志", errors: [{ paragraph: 0, excerpt: "某某", severity: "warning", message: msg.placeholderName("某某") }, { paragraph: 0, excerpt: "某某" }] },
    { name: "a function word before 某某 is no surname", text: "向某某局报告，和某某同志", errors: [{ paragraph: 0, excerpt: "某某" }, { paragraph: 0, excerpt: "某某" }] },
  ],
});
