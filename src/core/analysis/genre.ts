/**
 * Which 文种 a document is, read from its title and first lines (domain primer §1): the one place the structure
 * rules ask before giving the hints of a work summary. The parts of a 工作总结 (开头段, 存在的问题, 下一步打算) are
 * not those of a 通知, 请示, 方案 or 意见: a 通知 told it lacks “存在的问题” is told something false (walk 2026-12-02).
 *
 *   summary  a 工作总结 / 工作汇报 / 述职 / work 报告: the title names it (××局2023年工作总结, 关于……情况的报告,
 *            政府工作报告) or the opening says it (现将有关情况总结如下：, 汇报如下, 向大会报告工作)
 *   request  a 请示 (关于申请经费的请示): it may ask for approval
 *   other    another 文种 named (通知, 意见, 方案, 规定, 公报 …)
 *   unknown  nothing names a genre: a draft without its title yet, a text pasted without its head
 */
import { DocSnapshot, isBodyParagraph } from "../model";
import { trimSpaces } from "../text/spaces";
import { analyzeOutline } from "./outline";

export type Genre = "summary" | "request" | "other" | "unknown";

/* Patterns: data the reading below uses (regular-expression sources; adding a word needs no code). */

/** 文种 words of a work summary. 报告 alone is a work report (政府工作报告, 关于……情况的报告). */
const SUMMARY_WORDS: readonly string[] = ["总结", "汇报", "述职", "述责述廉", "报告"];
/** Reports that are not accounts of one's work: their parts are findings and proposals. Longer, so tried first. */
const OTHER_REPORT_WORDS: readonly string[] = ["调研报告", "调查报告", "研究报告", "评估报告", "审计报告", "分析报告"];
/** Plans: a genre of their own, but not after a summary in the same title (2023年工作总结和2024年工作计划). */
const PLAN_WORDS: readonly string[] = ["计划", "规划", "打算", "安排", "要点"];
const REQUEST_WORDS: readonly string[] = ["请示"];
/** The other 文种 of 《党政机关公文处理工作条例》第八条, the party rules' forms and a few more. */
const OTHER_WORDS: readonly string[] = [
  "通知", "通报", "批复", "意见", "方案", "决定", "决议", "命令", "公告", "通告", "公报", "议案", "纪要", "函",
  "规定", "办法", "条例", "细则", "准则", "章程", "守则", "纲要", "修正案", "解释", "答复", "说明", "讲话",
  "开幕词", "闭幕词", "致辞", "宣言", "声明", "倡议书", "申请书", "草案", "决案",
];

/** Openings that say which 文种 the text is: 现将有关情况总结如下：, 向大会作政府工作报告, 现将有关事项通知如下. */
const SUMMARY_OPENINGS: readonly string[] = [
  "(总结|汇报|报告|述职)如下",
  "向.{0,24}(大会|会议|全会|委员会).{0,40}报告",
  "[作做](政府)?工作报告",
  "报告(政府)?工作",
  "述职",
];
const REQUEST_OPENINGS: readonly string[] = ["请示如下"];
const OTHER_OPENINGS: readonly string[] = ["(通知|通报|意见|规定|决定|批复|答复|公告|通告)如下"];

/** How many lines with text, from the top, may name the genre (a unit line, the title in two lines, 题注, 主送机关, the opening). */
const HEAD_LINES = 6;
/** Longest line still read as a title (a title of the corpus: ……向党的第十三次全国代表大会的工作报告). */
const TITLE_MAX = 80;
/** A title holds no clause mark and does not end like a lead-in (……提出意见 without its 。 is no title, 贵州 2010). */
const SENTENCE_MARK = /[。；;，,！!？?]|[：:…]$/;
/** Quoted words may hold commas: 关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案. */
const QUOTED = /[“《「『][^“”《》「」『』]*[”》」』]/g;
/**
 * What may follow the 文种 at a title's end: notes in brackets (（试行）, （草案）, （1999年12月29日）), footnote marks
 * ([1], [^1]), closing quotes.
 */
const TITLE_TAIL = /(?:\s*(?:[（(〔［[][^（()）〔〕［\]]*[）)〕］\]]|[》”」』]))+$/;

/** A notice issuing or forwarding a text named in 《》: 关于印发《2023年工作总结》的通知. */
const ISSUING = /(?:印发|转发|颁发|发布).*《([^《》]+)》[^《》]*通知$/;

type Kind = "summary" | "request" | "other" | "plan";
const WORD_KINDS: ReadonlyArray<readonly [Kind, readonly string[]]> = [
  ["other", OTHER_REPORT_WORDS],
  ["summary", SUMMARY_WORDS],
  ["request", REQUEST_WORDS],
  ["plan", PLAN_WORDS],
  ["other", OTHER_WORDS],
];
/** One alternation, longest words first, so that 调研报告 is read whole and not as 报告; anchored at the title's end. */
const WORDS = WORD_KINDS.flatMap(([kind, words]) => words.map((word) => ({ kind, word })));
const ENDING_WORD = new RegExp(`(?:${[...WORDS].sort((a, b) => b.word.length - a.word.length).map((w) => w.word).join("|")})$`);
const SUMMARY_WORD = new RegExp(SUMMARY_WORDS.join("|"));
const OPENINGS: ReadonlyArray<readonly [Genre, RegExp]> = [
  ["request", new RegExp(REQUEST_OPENINGS.join("|"))],
  ["other", new RegExp(OTHER_OPENINGS.join("|"))],
  ["summary", new RegExp(SUMMARY_OPENINGS.join("|"))],
];

/**
 * The genre a title line names: the 文种 at its end (关于进一步做好领导干部报告个人有关事项工作的通知 is a
 * 通知; 为实现……第十个五年计划而奋斗 names none). A plan after a summary keeps it one (2023年工作总结和2024年工作计划).
 */
function titleGenre(title: string): Genre | undefined {
  // A notice that issues a text is that text with a cover (西安 2025: 关于印发……《政府工作报告》的通知).
  const issued = ISSUING.exec(title);
  if (issued) return titleGenre(issued[1]) ?? "other";
  // Titles are often spaced out for layout (政 府 工 作 报 告, 太原 2010).
  const words = title.replace(TITLE_TAIL, "").replace(/[\s\u3000]+/g, "");
  const ending = ENDING_WORD.exec(words)?.[0];
  if (ending === undefined) return undefined;
  const kind = WORDS.find((w) => w.word === ending)!.kind;
  if (kind === "plan") return SUMMARY_WORD.test(words.slice(0, -ending.length)) ? "summary" : "other";
  return kind;
}

function openingGenre(text: string): Genre | undefined {
  return OPENINGS.find(([, pattern]) => pattern.test(text))?.[0];
}

const cache = new WeakMap<DocSnapshot, Genre>();

/** The document's genre (memoised per snapshot: the structure rules of one check share it). */
export function documentGenre(doc: DocSnapshot): Genre {
  let genre = cache.get(doc);
  if (genre === undefined) {
    genre = readGenre(doc);
    cache.set(doc, genre);
  }
  return genre;
}

/**
 * True when the hints of a work summary's parts apply: the document is one, or nothing says it is another genre (a
 * draft whose title is still to come; seeds 002 and 003 open with 今年以来 and name no genre, yet are summaries).
 */
export function mayBeSummary(doc: DocSnapshot): boolean {
  const genre = documentGenre(doc);
  return genre === "summary" || genre === "unknown";
}

/** The first of the head lines (before the first numbered heading) that names a genre decides. */
function readGenre(doc: DocSnapshot): Genre {
  const firstHeading = analyzeOutline(doc).items[0]?.paragraphIndex ?? doc.paragraphs.length;
  let seen = 0;
  for (let i = 0; i < firstHeading && seen < HEAD_LINES; i++) {
    const paragraph = doc.paragraphs[i];
    if (!isBodyParagraph(paragraph) || paragraph.tableNestingLevel > 0) continue;
    const line = trimSpaces(paragraph.text);
    if (line === "") continue;
    seen++;
    const title = line.length <= TITLE_MAX && !SENTENCE_MARK.test(line.replace(QUOTED, ""));
    const named = title ? titleGenre(line) : openingGenre(line);
    if (named !== undefined) return named;
  }
  return "unknown";
}
