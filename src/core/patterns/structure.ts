/**
 * Phrases that identify the parts of a work summary and 请示 endings (domain primer §5), as data. Each entry is a
 * regular-expression source; adding a phrase needs no code.
 */

/** The problems part: 存在的问题 / 不足 / 差距. */
export const PROBLEM_PHRASES: readonly string[] = [
  "存在的(主要)?(问题|不足)",
  "存在的.{0,6}问题",
  "问题和不足",
  "不足之处",
  "差距和不足",
  "(还|仍|也)存在.{0,12}(问题|不足|差距)",
  "(还|仍)有.{0,8}(差距|不足)",
];

/** The next-steps part: 下一步 / 工作打算 / 工作思路. */
export const NEXT_STEP_PHRASES: readonly string[] = [
  "下一步",
  "工作打算",
  "工作思路",
  "明年",
  "新的一年",
  "今后一个时期",
  "重点抓好以下",
  "将重点(抓好|做好)",
  "我(们|办|室|局|委|部)?将(继续|进一步|着力|重点)",
];

/**
 * Headings of the problems part (二、存在问题 / 存在问题及原因 / 存在的主要问题 / 问题与不足): matched against the words of
 * top-level headings and unnumbered titles before any paragraph is read (review 2026-11-22). PROBLEM_PHRASES count too.
 */
export const PROBLEM_HEADING_PHRASES: readonly string[] = [
  "存在(的)?(主要|突出)?(问题|不足|差距|困难)",
  "(问题|困难)(和|与|及)(不足|差距|原因|短板|挑战)",
  "(不足|差距)(和|与|及)(问题|原因|短板)",
  "主要问题",
  "薄弱环节",
];

/**
 * Headings of the next-steps part (三、下步打算 / 今后打算 / 下一步工作思路 / 努力方向 / 2024年工作安排), matched like
 * PROBLEM_HEADING_PHRASES (review 2026-11-22). 思路 alone is not enough: 一、理清发展思路 is main work.
 */
export const NEXT_STEP_HEADING_PHRASES: readonly string[] = [
  "下一?步",
  "今后",
  "打算",
  "工作思路",
  "思路(和|与|及)(举措|措施|打算)",
  "努力方向",
  "明年",
  "来年",
  "新的?一年",
  "工作(安排|计划|设想)",
  "展望",
];

/**
 * When no heading names the next steps, a paragraph with a NEXT_STEP_PHRASES phrase near its start is the part
 * (下一步，我们将…… / 今年我们将重点抓好……) — unless the phrase follows one of these characters and so only qualifies
 * another word: 为下一步工作奠定基础 / 对明年工作的建议 in the main work are not the part (review 2026-11-22).
 */
export const NEXT_STEP_NOT_AFTER = "为对给向于从的与和及了";

/**
 * 请示 matters a 报告 must not carry (《党政机关公文处理工作条例》第十五条). Written with an optional comma
 * because drafts drop it or use a half-width one.
 */
export const REQUEST_PHRASES: readonly string[] = [
  "[妥当]否[，,]?\\s*请(批示|批复|审批|审定|指示)",
  "请予(审批|批准|批复)",
  "以上请示",
  "特此请示",
];

/**
 * Short asks that are 请示 endings only where they stand as a clause of their own: at a clause start (……，请审批。)
 * or at a sentence end (恳请批准。). Ordinary reporting wording uses the same characters: 项目已按程序报请审批,
 * 提请审议, 申请审批手续 (review 2026-11-22) — so never after a character of SHORT_REQUEST_NOT_AFTER.
 */
export const SHORT_REQUEST_PHRASES: readonly string[] = ["请(审批|批准|批示)"];
/** Before a short ask these make it part of a reporting verb (报请、提请、申请、呈请、转请、送请). */
export const SHORT_REQUEST_NOT_AFTER = "报提申呈转送";
/** A short ask right after one of these (or at the paragraph start) opens its clause. */
export const CLAUSE_START_BEFORE = "。，,；;：:！!？?…、 \u3000\t";
/** A short ask right before one of these (or at the paragraph end) closes its sentence. */
export const SENTENCE_END_AFTER = "。！!；;？?";
