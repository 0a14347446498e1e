/**
 * The playground's sample: a short 工作总结 of our own writing with the slips writers really make (a skipped 三、,
 * a （二）、, a 一是/二是/四是 run, unfilled * and XX placeholders, a draft number XX left in the 页眉), one heading
 * numbered automatically by Word (its number lives only in listString, and is right once the typed 四、 before it
 * becomes 三、), a small table and a 页脚.
 */
import { PAGE_STANDARD } from "../core/layout/standard";
import type { PageLayout } from "../core/layout/types";
import type { DocPart } from "../core/model";
import type { ParagraphFormat, SimRun } from "./fakeWord/types";

export interface SampleParagraph {
  readonly text: string;
  readonly format?: ParagraphFormat;
  /** Stretches in a font of their own (a run-in 楷体 level-2 heading). */
  readonly runs?: readonly SimRun[];
  readonly listString?: string;
  readonly listLevel?: number;
  readonly styleBuiltIn?: string;
  readonly tableNestingLevel?: number;
  /** A header's or footer's paragraph (they follow the main text's, as in a snapshot). */
  readonly part?: DocPart;
}

/**
 * GB/T 9704—2012 looks, as the add-in's own insertions carry them (sizes in half-points, indents in 1/100 char): the
 * first sample's layout is right, so its 检查 finds no 格式 slip (the title is not bold, though Word's Title style is).
 */
const TITLE: ParagraphFormat = { alignment: "center", sizeHalfPoints: 44, fontEastAsia: "方正小标宋简体", bold: false };
const LEVEL1: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "黑体", firstLineChars: 200 };
const BODY: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "仿宋_GB2312", firstLineChars: 200 };
const RIGHT: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "仿宋_GB2312", alignment: "right" };

/** A level-2 heading run in at the start of a body paragraph: the heading in 楷体, the rest in 仿宋. */
function runIn(heading: string, rest: string): SampleParagraph {
  return {
    text: heading + rest,
    format: BODY,
    runs: [
      { text: heading, format: { fontEastAsia: "楷体_GB2312" } },
      { text: rest, format: {} },
    ],
  };
}

/** The first sample's page: GB/T 9704's A4 with its margins and 22 × 28 grid. */
export const SAMPLE_PAGE: PageLayout = PAGE_STANDARD;

const WRITTEN: readonly SampleParagraph[] = [
  { text: "市委办公室2025年工作总结", styleBuiltIn: "Title", format: TITLE },
  {
    text:
      "2025年以来，市委办公室在市委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕全市中心工作，" +
      "着力提升参谋服务、督促检查和综合协调水平，较好完成了全年各项目标任务。现将有关情况总结如下：",
  },
  { text: "一、聚焦中心大局，参谋辅政作用有效发挥", format: LEVEL1 },
  runIn("（一）文稿起草提质增效。", "全年起草各类重要文稿**篇，累计XX万字，多篇文稿得到市委主要领导肯定性批示。"),
  runIn("（二）、调查研究走深走实。", "围绕产业转型、基层治理等课题开展专题调研，形成调研报告*篇。"),
  { text: "二、强化督促检查，重大决策部署落地见效", format: LEVEL1 },
  {
    text:
      "一是健全督查台账，对市委重点工作逐项明确责任单位和完成时限。二是开展专项督查XX次，发现并推动解决问题。" +
      "四是严格督查问责，对进展缓慢的事项及时通报。",
  },
  { text: "四、加强自身建设，办公室队伍素质持续提升", format: LEVEL1 },
  { text: "坚持把政治建设摆在首位，组织理论学习中心组学习**次，开展业务培训，干部队伍综合素质明显提高。" },
  { text: "规范运转，提高服务保障水平", listString: "四、", listLevel: 0, format: LEVEL1 },
  { text: "全年共办理各类文件", tableNestingLevel: 1 },
  { text: "XX件", tableNestingLevel: 1 },
  { text: "五、存在的问题和不足", format: LEVEL1 },
  {
    text:
      "一年来，虽然取得了一定成绩，但与市委的要求相比还存在一定差距。一是调查研究的深度还不够；" +
      "二是督查方式有待创新；三是队伍建设仍需加强。",
  },
  { text: "六、下一步工作打算", format: LEVEL1 },
  { text: "下一步，我们将坚持围绕中心、服务大局，进一步提高“三服务”质量和水平，为全市高质量发展作出新的更大贡献。" },
  { text: "市委办公室", format: RIGHT },
  { text: "2025年12月20日", format: RIGHT },
  { text: "市委办公室2025年工作总结（送审稿·第XX稿）", part: "header" },
  { text: "内部资料　注意保存", part: "footer" },
];

/** Paragraphs of the main text written without a format are body text. */
export const SAMPLE_PARAGRAPHS: readonly SampleParagraph[] = WRITTEN.map((paragraph) =>
  paragraph.format || paragraph.tableNestingLevel || paragraph.part ? paragraph : { ...paragraph, format: BODY },
);

/*
 * The second sample: a 通知 whose text is right but whose layout is what a hurried writer leaves (issue 13's browser
 * test loads it to run 检查 and 一键排版): 宋体 小四 body without first-line indent, level-1 headings in bold 宋体 and
 * one in Word's own 标题 2 style, a level-2 heading in 宋体, a title in bold 宋体 三号 instead of 二号小标宋, the 附件说明,
 * 署名 and 成文日期 flush left. Word's default single line spacing throughout.
 */
const SONG = { fontEastAsia: "宋体", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman" } as const;
const WRONG_BODY: ParagraphFormat = { ...SONG, sizeHalfPoints: 24, alignment: "both" };
const WRONG_TITLE: ParagraphFormat = { ...SONG, sizeHalfPoints: 32, bold: true, alignment: "center" };
const WRONG_LEVEL1: ParagraphFormat = { ...SONG, sizeHalfPoints: 24, bold: true };

export const LAYOUT_SAMPLE_PARAGRAPHS: readonly SampleParagraph[] = [
  { text: "关于开展2026年度安全生产检查的通知", format: WRONG_TITLE },
  { text: "各县（市、区）人民政府，市政府各部门：", format: WRONG_BODY },
  {
    text:
      "为深入排查各类安全隐患，防范和遏制重特大事故发生，市政府决定于2026年3月至5月在全市范围内开展安全生产检查。" +
      "现将有关事项通知如下。",
    format: WRONG_BODY,
  },
  { text: "一、检查范围", format: WRONG_LEVEL1 },
  { text: "重点检查道路交通、建筑施工、危险化学品、消防、燃气等行业领域，兼顾人员密集场所和在建工程。", format: WRONG_BODY },
  { text: "二、工作要求", styleBuiltIn: "Heading2" },
  { text: "（一）加强组织领导", format: WRONG_BODY },
  { text: "各地各部门要成立由主要负责同志牵头的检查工作组，明确责任分工，确保检查不走过场。", format: WRONG_BODY },
  { text: "（二）及时报送情况", format: WRONG_BODY },
  { text: "请于2026年5月31日前将检查情况书面报送市应急管理局。", format: WRONG_BODY },
  { text: "附件：安全生产检查情况统计表", format: WRONG_BODY },
  { text: "市人民政府办公室", format: WRONG_BODY },
  { text: "2026年2月20日", format: WRONG_BODY },
];
