/**
 * The layout (issue 13): what the 格式 check reads, what 一键排版 and a 格式 fix write, and whether the report of what
 * did not take is honest. In real Word these observe what no simulation can promise: which font slot font.name sets,
 * whether a points indent clears an indent in characters, which rule a line-spacing write leaves, what pageSetup does
 * (docs/office-js-layout.md, "What only real Word can confirm").
 */
import type { LayoutProperty, PageLayout, ParagraphLayout, TargetLayout } from "../../core/layout/types";
import { isBodyParagraph } from "../../core/model";
import type { DocumentHost } from "../port";
import { all, same, show } from "./expect";
import type { ContractCheck, ContractDocument, ContractFormat, ContractLine, ContractOutcome } from "./types";

const TNR = "Times New Roman";
const TITLE = "关于开展自检工作的通知";
const HEADING = "一、工作要求";
const BODY = "各单位要高度重视，认真组织实施。";

const TITLE_FORMAT: ContractFormat = { eastAsiaFont: "方正小标宋简体", latinFont: TNR, sizePt: 22, bold: false, alignment: "center", firstLineChars: 0 };
const HEADING_FORMAT: ContractFormat = { eastAsiaFont: "黑体", latinFont: TNR, sizePt: 16, bold: true, alignment: "left", firstLineChars: 2 };
/** The common mistake: body text in 宋体 小四, flush left. */
const WRONG_BODY: ContractFormat = { eastAsiaFont: "宋体", latinFont: "Arial", sizePt: 12, bold: false, alignment: "left", firstLineChars: 0 };
const RIGHT_BODY: ContractFormat = { eastAsiaFont: "仿宋_GB2312", latinFont: TNR, sizePt: 16, bold: false, alignment: "justify", firstLineChars: 2 };

/** GB/T 9704—2012 body text (7.3.3, 5.2.2) as a whole-paragraph target for `text`. */
function bodyTarget(text: string, extra: Partial<TargetLayout> = {}): TargetLayout {
  const f = RIGHT_BODY;
  return {
    alignment: f.alignment,
    firstLineIndent: { chars: f.firstLineChars },
    runs: [{ range: [0, text.length], eastAsiaFont: f.eastAsiaFont, latinFont: f.latinFont, sizePt: f.sizePt, bold: f.bold }],
    ...extra,
  };
}

/** A paragraph's layout as the checks compare it, in a form IT staff can read in the report. */
type Seen = ContractFormat | "未读到" | "格式不一";

function seen(layout: ParagraphLayout | undefined): Seen {
  if (!layout || layout.runs.length === 0) return "未读到";
  const run = layout.runs[0];
  if (layout.runs.some((r) => r.eastAsiaFont !== run.eastAsiaFont || r.latinFont !== run.latinFont || r.sizePt !== run.sizePt || r.bold !== run.bold)) return "格式不一";
  const indent = layout.firstLineIndent;
  const size = run.sizePt ?? 0;
  const chars = indent?.chars ?? (indent?.pt !== undefined && size ? Math.round((indent.pt / size) * 10) / 10 : 0);
  return {
    eastAsiaFont: run.eastAsiaFont ?? "?",
    latinFont: run.latinFont ?? "?",
    sizePt: run.sizePt ?? 0,
    bold: run.bold ?? false,
    alignment: layout.alignment ?? ("?" as ContractFormat["alignment"]),
    firstLineChars: chars,
  };
}

async function readLayouts(host: DocumentHost): Promise<{ layouts: (ParagraphLayout | undefined)[]; unreadable: readonly LayoutProperty[]; page?: PageLayout }> {
  const snapshot = await host.readSnapshot({ layout: true });
  return {
    layouts: snapshot.paragraphs.filter(isBodyParagraph).map((p) => p.layout),
    unreadable: snapshot.layout?.unreadable ?? [],
    page: snapshot.layout?.page,
  };
}

async function setUp(host: DocumentHost, doc: ContractDocument, lines: readonly ContractLine[]) {
  await doc.setParagraphs(lines);
  return readLayouts(host);
}

const PARAGRAPH_KEYS: readonly LayoutProperty[] = ["eastAsiaFont", "latinFont", "sizePt", "bold", "alignment", "firstLineIndent"];

/** Which of the paragraph's properties the read-back shows differently from `want`. */
function differing(want: ContractFormat, got: Seen): LayoutProperty[] {
  if (typeof got === "string") return [...PARAGRAPH_KEYS];
  const keys: [LayoutProperty, boolean][] = [
    ["eastAsiaFont", got.eastAsiaFont === want.eastAsiaFont],
    ["latinFont", got.latinFont === want.latinFont],
    ["sizePt", got.sizePt === want.sizePt],
    ["bold", got.bold === want.bold],
    ["alignment", got.alignment === want.alignment],
    ["firstLineIndent", Math.abs(got.firstLineChars - want.firstLineChars) < 0.1],
  ];
  return keys.filter(([, fine]) => !fine).map(([key]) => key);
}

/** GB/T 9704—2012 5.1–5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines × 28 characters. */
const GB_PAGE: PageLayout = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, linesPerPage: 22, charsPerLine: 28 };

function pageDiffers(want: PageLayout, got: PageLayout | undefined): boolean {
  return (Object.keys(want) as (keyof PageLayout)[]).some((key) => {
    const w = want[key];
    const g = got?.[key];
    return w !== undefined && (g === undefined || Math.abs(w - g) > 0.3);
  });
}

export const LAYOUT_CHECKS: readonly ContractCheck[] = [
  {
    id: "layout.read",
    title: "读取格式：标题、一级标题和正文的中文字体、西文字体、字号、加粗、对齐和首行缩进",
    ifFails: "“格式”检查在此 Word 中读不准字体或缩进，可能漏报或误报格式问题：请以 Word“字体”“段落”对话框中显示的为准，可在“设置”中关闭格式检查。",
    readmePoint: 29,
    async run(host, doc) {
      const lines: ContractLine[] = [
        { text: TITLE, format: TITLE_FORMAT },
        { text: HEADING, format: HEADING_FORMAT },
        { text: BODY, format: WRONG_BODY },
        { text: BODY, format: RIGHT_BODY },
      ];
      const read = await setUp(host, doc, lines);
      return all(
        same("无法读取的项", read.unreadable, []),
        same("格式", read.layouts.slice(0, 4).map(seen), [TITLE_FORMAT, HEADING_FORMAT, WRONG_BODY, RIGHT_BODY]),
      );
    },
  },
  {
    id: "layout.readStyles",
    title: "读取格式：未直接设置格式的正文和“标题 1”段落，字体字号经样式和主题字体读出",
    ifFails: "用样式排版的文档（多数模板），“格式”检查可能读不出字体字号而不检查，或读错而误报：请以 Word“字体”对话框中显示的为准。",
    readmePoint: 29,
    async run(host, doc) {
      const read = await setUp(host, doc, [{ text: HEADING }, { text: BODY }, { text: "工作进展", style: "Heading1" }]);
      // What the writer's template gives cannot be known here: only that every property was resolved to a value.
      const resolved = read.layouts.slice(0, 3).map((layout) => {
        const run = layout?.runs[0];
        return { 中文字体: run?.eastAsiaFont !== undefined, 西文字体: run?.latinFont !== undefined, 字号: run?.sizePt !== undefined, 加粗: run?.bold !== undefined, 对齐: layout?.alignment !== undefined };
      });
      const everything = { 中文字体: true, 西文字体: true, 字号: true, 加粗: true, 对齐: true };
      return all(
        same("无法读取的项", read.unreadable, []),
        same("读出值", resolved, [everything, everything, everything]),
        { ok: true, observed: `读到：${show(read.layouts.slice(0, 3).map(seen))}` },
      );
    },
  },
  {
    id: "layout.apply",
    title: "排版一段（宋体小四改为仿宋三号、首行缩进2字符）：读回与所设一致",
    ifFails: "“一键排版”和格式“修正”在此 Word 中不能可靠地设置字体、字号或缩进：排版后请按窗格列出的项目，在 Word 的“字体”“段落”对话框中手动设置。",
    readmePoint: 30,
    async run(host, doc) {
      await setUp(host, doc, [{ text: BODY, format: WRONG_BODY }]);
      const report = await host.applyLayout({ paragraphs: [{ paragraphIndex: 0, paragraphText: BODY, layout: bodyTarget(BODY) }] });
      const after = await readLayouts(host);
      return all(
        same("结果", { applied: report.applied, skipped: report.skipped, notApplied: report.notApplied.filter((p) => PARAGRAPH_KEYS.includes(p)) }, { applied: [0], skipped: [], notApplied: [] }),
        same("读回", seen(after.layouts[0]), RIGHT_BODY),
      );
    },
  },
  {
    id: "layout.honest",
    title: "排版后报告“未能设置”的项目如实：未列出的项目读回均已生效（含固定行距28磅）",
    ifFails: "排版后窗格可能说某项格式已设好而实际未生效：排版后请在 Word 中逐项核对字体、字号、缩进和行距。",
    readmePoint: 31,
    async run(host, doc) {
      await setUp(host, doc, [{ text: BODY, format: WRONG_BODY }]);
      const lineSpacing = { rule: "exact", pt: 28 } as const;
      const report = await host.applyLayout({ paragraphs: [{ paragraphIndex: 0, paragraphText: BODY, layout: bodyTarget(BODY, { lineSpacing }) }] });
      const after = (await readLayouts(host)).layouts[0];
      const wrong = differing(RIGHT_BODY, seen(after));
      const spacing = after?.lineSpacing;
      if (!spacing || spacing.rule !== "exact" || Math.abs(spacing.pt - 28) > 0.5) wrong.push("lineSpacing");
      const claimedButWrong = wrong.filter((p) => !report.notApplied.includes(p));
      return {
        ok: report.applied.length === 1 && claimedButWrong.length === 0,
        observed: `报告未能设置：${show(report.notApplied)}；读回不符：${show(wrong)}；读回行距：${show(spacing ?? "未读到")}`,
      };
    },
  },
  {
    id: "layout.stale",
    title: "检查后段落已被改动：不排版，报告“已变化”，格式不变",
    ifFails: "此项未通过时，“一键排版”可能给检查后已改写的段落套上别的格式：排版前请先重新检查。",
    async run(host, doc) {
      await setUp(host, doc, [{ text: BODY, format: WRONG_BODY }]);
      const stale = "各单位要高度重视。";
      const report = await host.applyLayout({ paragraphs: [{ paragraphIndex: 0, paragraphText: stale, layout: bodyTarget(stale) }] });
      const after = await readLayouts(host);
      return all(
        same("结果", { applied: report.applied, skipped: report.skipped }, { applied: [], skipped: [{ index: 0, status: "changed" }] }),
        same("格式", seen(after.layouts[0]), WRONG_BODY),
      );
    },
  },
  {
    id: "layout.page",
    title: "页面设置（A4，天头37毫米，订口28毫米，每页22行、每行28字）：能设置则读回一致，不能则如实报告",
    ifFails: "“一键排版”的页面设置在此 Word 中可能未生效却未提示：请在 Word 的“布局 → 页面设置”中核对页边距和文档网格。",
    readmePoint: 32,
    async run(host, doc): Promise<ContractOutcome> {
      const before = await setUp(host, doc, [{ text: BODY, format: RIGHT_BODY }]);
      const report = await host.applyLayout({ paragraphs: [], page: GB_PAGE });
      const after = await readLayouts(host);
      const claimed = !report.notApplied.includes("page");
      // 自检 leaves the blank document as it found it: the page goes back to what it was.
      if (claimed && before.page) await host.applyLayout({ paragraphs: [], page: before.page });
      const differs = pageDiffers(GB_PAGE, after.page);
      return {
        ok: !claimed || !differs,
        observed: `${claimed ? "报告已设置" : "报告不能设置（窗格提示手动设置）"}；读回页面：${show(after.page ?? "未读到")}`,
      };
    },
  },
];
