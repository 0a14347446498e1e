import { msg } from "../../../src/core/messages";
import { testRule } from "../ruleTester";

const complete = [
  "今年以来，在市委的正确领导下，较好完成了各项目标任务。现将有关情况总结如下：",
  "一、突出以文辅政",
  "正文。",
  "二、存在的问题",
  "与要求相比还存在一定差距。",
  "三、下一步工作打算",
  "下一步，我们将重点抓好三个方面。",
].join("\n");

/** The playground's 格式有误的示例 (src/playground/sample.ts), a 通知: walk 2026-12-02 (screenshot 27) showed it two summary hints. */
const notice = [
  "关于开展2026年度安全生产检查的通知",
  "各县（市、区）人民政府，市政府各部门：",
  "为深入排查各类安全隐患，防范和遏制重特大事故发生，市政府决定于2026年3月至5月在全市范围内开展安全生产检查。现将有关事项通知如下。",
  "一、检查范围",
  "重点检查道路交通、建筑施工、危险化学品、消防、燃气等行业领域，兼顾人员密集场所和在建工程。",
  "二、工作要求",
  "（一）加强组织领导",
  "各地各部门要成立由主要负责同志牵头的检查工作组，明确责任分工，确保检查不走过场。",
  "（二）及时报送情况",
  "请于2026年5月31日前将检查情况书面报送市应急管理局。",
  "附件：安全生产检查情况统计表",
  "市人民政府办公室",
  "2026年2月20日",
].join("\n");

testRule("structure-opening", {
  valid: [
    complete,
    { text: "没有标题的短文。", note: "no headings, no hint" },
    { text: "工作总结\n一、甲", options: { structure: { hints: false } } },
    { text: "某市安全生产专项整治实施方案\n一、总体要求\n正文。", note: "a 方案 may open with its first heading: not a work summary" },
    {
      text: "中国共产党第一个决议\n译自中共驻共产国际代表团档案的俄文稿\n一、工人组织\n本党的基本任务是成立产业工会。",
      note: "corpus lawtext/cpc/党代会报告/1921-中国共产党第一个决议 (in the work-report group, not a report)",
    },
  ],
  invalid: [
    {
      name: "a title line is not an opening paragraph",
      text: "某局2023年工作总结\n一、甲\n正文。",
      errors: [{ paragraph: 1, excerpt: "一、", severity: "info", message: msg.structureNoOpening() }],
    },
  ],
});

const summaryWith = (problems: string, nextSteps: string, mainWork = "着力完善制度。") =>
  ["今年以来，较好完成了各项目标任务。现将有关情况总结如下：", "一、主要工作", mainWork, problems, "一是学习不够深入。", nextSteps, "一是加强学习。"].join("\n");

testRule("structure-parts", {
  valid: [
    complete,
    { text: notice, note: "walk 2026-12-02 screenshot 27: a 通知 has no 存在的问题 or 下一步打算 to miss" },
    { text: `关于加强安全生产工作的意见\n为……，提出如下意见。\n一、总体要求\n正文。`, note: "an 意见" },
    {
      text: "关于印发《2026年工作要点》的通知\n现将《2026年工作要点》印发给你们。\n一、主要任务\n正文。",
      note: "a notice issuing a plan is a plan",
    },
    {
      text: "中国共产党第二次全国代表大会宣言\n一、国际帝国主义宰制下之中国\n正文。",
      note: "corpus lawtext/cpc/党代会报告/1922-中国共产党二大宣言 (in the work-report group, not a report)",
    },
    { text: "开头。\n一、甲\n正文。", options: { structure: { hints: false } } },
    ...["二、存在问题", "二、存在问题及原因", "二、存在的主要问题", "二、问题与不足"].flatMap((problems) =>
      ["三、下步打算", "三、今后打算", "三、下一步工作思路", "三、努力方向", "三、2024年工作安排"].map((nextSteps) => ({
        text: summaryWith(problems, nextSteps),
        note: `review 2026-11-22: headings ${problems} / ${nextSteps} name the parts`,
      })),
    ),
    {
      text: summaryWith("二、存在问题", "三、下步打算", "着力完善制度，为下一步工作奠定基础。"),
      note: "review 2026-11-22: 为下一步工作奠定基础 in the main work is not the next-steps part",
    },
    {
      text: "开头。\n一、主要工作\n着力完善制度，为下一步工作奠定基础。\n工作中还存在一些问题。\n今年我们将重点抓好四个方面的工作。",
      note: "review 2026-11-22: without headings, 为下一步 does not open the part; 今年我们将重点抓好 (seed 000) does",
    },
    {
      text: "开头。\n一、甲\n正文。\n反腐败面临的形势和对今后工作的建议\n工作中还存在不少问题。",
      note: "corpus 003: a problems paragraph inside a section titled with 今后工作 is not out of order",
    },
  ],
  invalid: [
    {
      name: "review 2026-11-22: headings in the wrong order",
      text: summaryWith("二、下一步打算", "三、存在的主要问题"),
      errors: [{ paragraph: 3, excerpt: "二、下一步打算", message: msg.structureOrder() }],
    },
    {
      name: "review 2026-11-22: （二）聚焦突出问题 inside the main work does not name the problems part",
      text: "开头。\n一、主要工作\n（一）强化理论武装\n（二）聚焦突出问题，强化整改落实\n二、下一步打算\n一是加强学习。",
      errors: [{ paragraph: 5, excerpt: "一是加强学习。", message: msg.structureMissingProblems() }],
    },
    {
      name: "a titled summary is told what it lacks",
      text: "某局2023年工作总结\n今年以来，较好完成了各项目标任务。\n一、甲\n正文写完了。",
      errors: [
        { paragraph: 3, excerpt: "正文写完了。", message: msg.structureMissingProblems() },
        { paragraph: 3, excerpt: "正文写完了。", message: msg.structureMissingNextSteps() },
      ],
    },
    {
      name: "a notice issuing a work report carries the report (corpus 西安 2025: 关于印发……《政府工作报告》的通知)",
      text: "西安市人民政府关于印发市长在市十七届人大六次会议上所作《政府工作报告》的通知\n一、过去一年工作回顾\n下一步，我们将继续努力。",
      errors: [{ paragraph: 2, excerpt: "下一步，我们将继续努", message: msg.structureMissingProblems() }],
    },
    {
      name: "missing problems and next steps",
      text: "开头段落。\n一、甲\n正文写完了。",
      errors: [
        { paragraph: 2, excerpt: "正文写完了。", severity: "info", message: msg.structureMissingProblems() },
        { paragraph: 2, excerpt: "正文写完了。", message: msg.structureMissingNextSteps() },
      ],
    },
    {
      name: "next steps before problems",
      text: "开头段落。\n一、甲\n下一步，我们将继续努力。\n工作中还存在一些问题。",
      errors: [{ paragraph: 2, excerpt: "下一步，我们将继续努", message: msg.structureOrder() }],
    },
    {
      name: "robustness suite: the 10-unit excerpt takes an emoji whole instead of cutting its surrogate pair",
      text: "一、甲\n一二三四五六七八九😀乙",
      errors: [
        { paragraph: 1, excerpt: "一二三四五六七八九😀", message: msg.structureMissingProblems() },
        { paragraph: 1, excerpt: "一二三四五六七八九😀", message: msg.structureMissingNextSteps() },
      ],
    },
  ],
});

testRule("structure-request-in-report", {
  valid: [
    complete,
    { text: "现将工作情况报告如下，请予审议。", note: "corpus: 请予审议 is not a request" },
    { text: "关于申请经费的请示\n妥否，请批示。", note: "a 请示 may ask" },
    { text: "关于申请经费的请示\n（2026年2月20日）\n妥否，请批示。", note: "a 请示 may ask, with a note under its title" },
    { text: "某区老旧小区改造实施方案\n以上方案妥否，请批示。", note: "第十五条 speaks of a 报告: a 方案 sent up for approval may ask" },
    ...[
      "项目已按程序报请审批，预计年内开工。",
      "初步设计已报请审批。",
      "条例草案已提请审议，近期将提请审批。",
      "我们及时申请审批，加快办理用地手续。",
      "各类申请审批事项全部进驻政务服务中心。",
      "规划调整方案已呈请批准，正在等待批复。",
      "经市政府常务会议研究后报请批准实施。",
    ].map((text) => ({ text: `工作报告\n${text}`, note: `review 2026-11-22: ordinary reporting wording (${text.slice(0, 8)}…)` })),
  ],
  invalid: [
    {
      text: "工作报告\n以上报告，妥否，请批示。\n所需经费请予审批。",
      errors: [
        { paragraph: 1, excerpt: "妥否，请批示", severity: "warning", message: msg.structureRequestInReport("妥否，请批示") },
        { paragraph: 2, excerpt: "请予审批" },
      ],
    },
    {
      name: "review 2026-11-22: 请审批 / 请批准 / 请批示 standing as a clause of their own",
      text: "工作报告\n所需资金共计300万元，请审批。\n请批准我局增设两个内设机构。\n以上意见如无不妥，恳请批准。\n当否，请批示。",
      errors: [
        { paragraph: 1, excerpt: "请审批", message: msg.structureRequestInReport("请审批") },
        { paragraph: 2, excerpt: "请批准" },
        { paragraph: 3, excerpt: "请批准" },
        { paragraph: 4, excerpt: "当否，请批示" },
      ],
    },
  ],
});
