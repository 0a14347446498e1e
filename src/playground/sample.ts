/**
 * The playground's sample: a short 工作总结 of our own writing with the slips writers really make (a skipped 三、,
 * a （二）、, a 一是/二是/四是 run, unfilled * and XX placeholders, a draft number XX left in the 页眉), one heading
 * numbered automatically by Word (its number lives only in listString, and is right once the typed 四、 before it
 * becomes 三、), a small table and a 页脚.
 */
import type { DocPart } from "../core/model";
import type { ParagraphFormat } from "./fakeWord/types";

export interface SampleParagraph {
  readonly text: string;
  readonly format?: ParagraphFormat;
  readonly listString?: string;
  readonly listLevel?: number;
  readonly styleBuiltIn?: string;
  readonly tableNestingLevel?: number;
  /** A header's or footer's paragraph (they follow the main text's, as in a snapshot). */
  readonly part?: DocPart;
}

/** GB/T 9704—2012 looks, as the add-in's own insertions carry them (sizes in half-points, indents in 1/100 char). */
const TITLE: ParagraphFormat = { alignment: "center", sizeHalfPoints: 44, fontEastAsia: "方正小标宋简体" };
const LEVEL1: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "黑体", firstLineChars: 200 };
const BODY: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "仿宋_GB2312", firstLineChars: 200 };
const RIGHT: ParagraphFormat = { sizeHalfPoints: 32, fontEastAsia: "仿宋_GB2312", alignment: "right" };

const WRITTEN: readonly SampleParagraph[] = [
  { text: "市委办公室2025年工作总结", styleBuiltIn: "Title", format: TITLE },
  {
    text:
      "2025年以来，市委办公室在市委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕全市中心工作，" +
      "着力提升参谋服务、督促检查和综合协调水平，较好完成了全年各项目标任务。现将有关情况总结如下：",
  },
  { text: "一、聚焦中心大局，参谋辅政作用有效发挥", format: LEVEL1 },
  { text: "（一）文稿起草提质增效。全年起草各类重要文稿**篇，累计XX万字，多篇文稿得到市委主要领导肯定性批示。" },
  { text: "（二）、调查研究走深走实。围绕产业转型、基层治理等课题开展专题调研，形成调研报告*篇。" },
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
