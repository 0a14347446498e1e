/**
 * What the 标点 rules share: character classes by code (hot loops never allocate a one-character string) and the
 * spans of a paragraph that belong to someone else — a URL or e-mail address, a 发文字号 (punctuation-doc-number
 * rewrites its brackets), a heading marker (numbering-form and numbering-sequence rewrite it) — so that two rules never propose
 * two different edits of one character, and 全部修正 leaves nothing for the next check.
 */
import { parseTextMarker } from "../markers/parse";
import { isSpaceCode, leadingSpaceLength } from "../text/spaces";

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs) or 〇. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** Full-width Chinese punctuation (GB/T 15834—2011): 点号, quotes, brackets, book-title marks, ……, ——, ·. */
const CHINESE_PUNCTUATION = new Set([..."，。、；：？！“”‘’（）《》〈〉【】〔〕〖〗「」『』［］…—·"].map((c) => c.charCodeAt(0)));

export function isChinesePunctuationCode(code: number): boolean {
  return CHINESE_PUNCTUATION.has(code);
}

/** Han or Chinese punctuation: what makes a neighbouring half-width mark part of Chinese text. */
export function isChineseCode(code: number): boolean {
  return isHanCode(code) || CHINESE_PUNCTUATION.has(code);
}

/** ASCII letters and digits, and their full-width forms: the inside of a number, a Latin word or a version. */
export function isAlnumCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

export { isSpaceCode };

/** Half-width marks punctuation-width turns into Chinese ones: beside a space they count as Chinese marks already. */
const HALF_MARKS = new Set([...",.;:?!()\"'"].map((c) => c.charCodeAt(0)));

export function isHalfMarkCode(code: number): boolean {
  return HALF_MARKS.has(code);
}

/**
 * Whether Chinese lies beside text[i] in direction `step` (-1 left, +1 right), looking through a few half-width
 * marks and spaces on the way: in the same 全部修正 those marks become Chinese ones and those spaces go (8!(二 →
 * 8！（二, 加 (推 → 加（推), so the check decides at once what a second check would decide after the first fix.
 */
export function chineseToward(text: string, i: number, step: -1 | 1): boolean {
  let j = i + step;
  for (let k = 0; k < TOWARD_REACH; k++) {
    const code = text.charCodeAt(j);
    if (!isHalfMarkCode(code) && !isSpaceCode(code)) break;
    j += step;
  }
  return isChineseCode(text.charCodeAt(j));
}

/** How far chineseToward looks through half-width marks and spaces. */
const TOWARD_REACH = 8;

/** The full-width 点号 that close a clause or a sentence, and the half-width marks typed for them. */
export const FULL_MARKS = "。？！；：，、";
export const HALF_TO_FULL: Readonly<Record<string, string>> = { ",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

/** How strongly a mark ends what precedes it: in a clash (，。) the strongest is the one meant. */
export const MARK_STRENGTH: Readonly<Record<string, number>> = { "。": 5, "？": 5, "！": 5, "；": 4, "：": 3, "，": 2, "、": 1 };

/**
 * True when text[i] is a 点号: a full-width one, a half-width ,;:?! not inside a number or Latin word (1,000 a:b),
 * or a half-width . after something that is not a letter, digit or another dot (完成. but not 2.5, v2. or ...).
 */
export function isClauseMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (FULL_MARKS.includes(text[i])) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3f || code === 0x21) return !(isAlnumCode(before) && isAlnumCode(after));
  if (code === 0x2e) return i > 0 && !isAlnumCode(before) && before !== 0x2e && after !== 0x2e && !isSpaceCode(before);
  return false;
}

/** Marks that may stand together (？！ for a question asked with feeling, GB/T 15834—2011): never a clash. */
const MAY_STAND_TOGETHER = "？！?!";
const RUN_REACH = 16;

/**
 * The run of 点号 around text[i] (spaces between two marks included) when it is a slip: two or more marks that are
 * not all ？ and ！ (。。 ，。 ；。 ：： 完成,。). [start, end), or undefined.
 */
export function clauseRunAt(text: string, i: number): [number, number] | undefined {
  if (!isClauseMarkAt(text, i)) return undefined;
  // Looking at most RUN_REACH characters each way keeps a page of 。。。。 linear; a run is rarely three marks long.
  let start = i;
  for (let j = i - 1; j >= Math.max(0, i - RUN_REACH); j--) {
    if (isClauseMarkAt(text, j)) start = j;
    else if (!isSpaceCode(text.charCodeAt(j))) break;
  }
  let end = i + 1;
  for (let j = i + 1; j < Math.min(text.length, i + RUN_REACH); j++) {
    if (isClauseMarkAt(text, j)) end = j + 1;
    else if (!isSpaceCode(text.charCodeAt(j))) break;
  }
  let marks = 0;
  let clash = false;
  for (let j = start; j < end; j++) {
    if (isSpaceCode(text.charCodeAt(j))) continue;
    marks++;
    if (!MAY_STAND_TOGETHER.includes(text[j])) clash = true;
  }
  return marks >= 2 && clash ? [start, end] : undefined;
}

/** '94 or ’99 (at i): an apostrophe standing for the century, two digits and no third. */
export function isAbbreviatedYear(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 3));
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** [start, end) spans, sorted and disjoint, with a cursor that answers "is i inside one?" in amortised O(1). */
export class SpanSet {
  private next = 0;
  constructor(private readonly spans: ReadonlyArray<readonly [number, number]>) {}
  /** Positions must be asked in increasing order. */
  covers(i: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next][1] <= i) this.next++;
    const span = this.spans[this.next];
    return span !== undefined && span[0] <= i;
  }
}

/**
 * URLs, e-mail addresses, Markdown links (](…)) and HTML entities (&mdash; &quot;): text copied from the web keeps
 * them, and their half-width marks are not Chinese punctuation.
 */
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|!?\[[^\]\n]{0,80}\]\([^)\n]*\)|&#?[a-zA-Z0-9]{2,8};/g;
const FLAG_OF_URL = /[/@&]|www\.|\]\(/;

/**
 * 发文字号 with its year in brackets: 机关代字 (Han), an opening bracket, a four-digit year, a closing bracket, the
 * serial number and 号 (国发〔2024〕12号, 京政办发[2023]5号). 案号 such as （2024）京01民初1号 do not match: the
 * bracket there follows no Han character and is followed by Han, not by digits and 号.
 */
export const DOC_NUMBER = /(?<=[\u4e00-\u9fff])([[［(（【〖〔])((?:19|20)\d\d)([\]］)）】〗〕])(?=\d{1,5}号)/g;

/** Where the 发文字号 brackets of a paragraph are: [start, end) of 〔2024〕 (whatever its brackets). */
export function docNumberSpans(text: string): Array<[number, number]> {
  if (!text.includes("号")) return [];
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(DOC_NUMBER)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Characters that may open a heading marker; only then is the (costlier) marker parser asked. */
const MARKER_STARTS = /[([（［【0-9０-９一二三四五六七八九十]/;

/**
 * Spans of a paragraph no 标点 rule touches: URLs and e-mail addresses, 发文字号 brackets (punctuation-doc-number's),
 * and the heading marker at the start with the spaces after it (the numbering rules rewrite whole markers).
 */
export function protectedSpans(text: string): SpanSet {
  const spans: Array<[number, number]> = [];
  const start = leadingSpaceLength(text);
  if (MARKER_STARTS.test(text[start] ?? "")) {
    const marker = parseTextMarker(text);
    if (marker) spans.push([marker.start, marker.bodyStart]);
  }
  if (FLAG_OF_URL.test(text)) for (const m of text.matchAll(URL)) spans.push([m.index, m.index + m[0].length]);
  for (const span of docNumberSpans(text)) spans.push(span);
  spans.sort((a, b) => a[0] - b[0]);
  return new SpanSet(mergeSpans(spans));
}

function mergeSpans(spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}
