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

testRule("structure-opening", {
  valid: [complete, { text: "没有标题的短文。", note: "no headings, no hint" }, { text: "工作总结\n一、甲", options: { structure: { hints: false } } }],
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
