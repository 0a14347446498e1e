/**
 * Recognises the heading marker at the start of a paragraph — standard, practice or malformed — and its level.
 * Used by the numbering rules and by code that numbers new headings on insert (formatMarker).
 */
import { arabicToNumber, chineseToNumber, isArabicDigit, isChineseNumeralChar, isChineseNumeralCode, numberToChinese } from "../text/numerals";
import { firstSentenceEnd } from "../text/sentences";
import { isSpace, leadingSpaceLength, trimSpaces } from "../text/spaces";
import { isHeadingLikeLine } from "./headingLike";
import {
  BARE_CHINESE_SHAPE,
  COUNT_AFTER_NEXT_NUMERAL,
  HeadingLevel,
  IDEOGRAPHIC_SPACE,
  MARKER_SHAPES,
  MARKS_AFTER_NUMERAL,
  MarkerForm,
  NUMERAL_LIST_FOLLOWERS,
  NUMERAL_LIST_MARKS,
  STANDARD_SHAPES,
  UNITS_AFTER_ARABIC,
  WEAK_HEADING_MAX_SENTENCE,
  WORD_CONTINUATIONS_AFTER_CHINESE,
} from "./shapes";

export interface HeadingMarker {
  readonly level: HeadingLevel;
  readonly value: number;
  /** The shape with 一/1 standing for the numeral, e.g. "（一）、"; a key of MARKER_SHAPES. */
  readonly shape: string;
  /** Form of the marker; stray spaces inside it or full-width digits make any shape malformed. */
  readonly form: MarkerForm;
  /**
   * A slip whatever the rest of the document does: a malformed shape (一. （一）、 (一) 五)), stray spaces inside,
   * full-width digits, a comma, colon or space after the numeral (一，/1：/一 ). Practice shapes (1、 1． 一[U+3000])
   * are a house style when used consistently (domain primer §2: plainly wrong forms are errors).
   */
  readonly slip: boolean;
  /** The marker exactly as written (text or listString). */
  readonly raw: string;
  /** Where the marker came from: the paragraph's text, or Word automatic numbering. */
  readonly source: "text" | "listString";
  /** [start, end) of the marker in the paragraph's text; [0, 0) for listString markers. */
  readonly start: number;
  readonly end: number;
  /** Offset in the text where the heading's own words begin. */
  readonly bodyStart: number;
}

export interface ParagraphLike {
  readonly text: string;
  readonly listString?: string;
}

interface Scanned {
  readonly shape: string;
  readonly value: number;
  readonly end: number;
  readonly hasStrayInside: boolean;
  readonly arabic: boolean;
  readonly fullWidthDigits: boolean;
}

const OPEN = "（(";
/** U+2488 ⒈ is NUMBER ONE FULL STOP; ⒛ (U+249B) is twenty. */
const NUMBER_FULL_STOP_BASE = 0x2487;
const CLOSE = "）)";

/** Reads open bracket, numeral, close bracket and one mark from `start`; no judgement about context yet. */
function scanMarker(text: string, start: number): Scanned | undefined {
  let p = start;
  let hasStrayInside = false;
  let open = "";
  if (OPEN.includes(text[p] ?? "\u0000")) {
    open = text[p];
    p++;
    if (isSpace(text[p])) {
      hasStrayInside = true;
      p += leadingSpaceLength(text, p);
    }
  }
  // ⒈ ⒉ … ⒛ (one character each, number and full stop, 国务院机构改革 1993): the shape 1. in typesetting.
  const enclosed = (text.charCodeAt(p) || 0) - NUMBER_FULL_STOP_BASE;
  if (!open && enclosed >= 1 && enclosed <= 20) return { shape: "1.", value: enclosed, end: p + 1, hasStrayInside: false, arabic: true, fullWidthDigits: false };
  const numStart = p;
  const arabic = isArabicDigit(text[p]);
  if (arabic) while (p < text.length && isArabicDigit(text[p])) p++;
  else while (p < text.length && isChineseNumeralChar(text[p])) p++;
  const numeral = text.slice(numStart, p);
  if (numeral.length === 0 || numeral.length > 3) return undefined;
  const value = arabic ? arabicToNumber(numeral) : chineseToNumber(numeral);
  if (value === undefined) return undefined;
  const placeholder = arabic ? "1" : "一";
  const fullWidthDigits = arabic && numeral.charCodeAt(0) > 0xff;

  const afterNumeral = p;
  const spaces = leadingSpaceLength(text, p);
  let close = "";
  if (CLOSE.includes(text[p + spaces] ?? "\u0000")) {
    if (spaces > 0) hasStrayInside = true;
    p += spaces;
    close = text[p];
    p++;
  }
  const mark = text[p] ?? "";
  const markSpaced = text[p + leadingSpaceLength(text, p)] ?? "";
  const base = open + placeholder + close;
  if (mark && MARKS_AFTER_NUMERAL.includes(mark) && MARKER_SHAPES[base + mark]) {
    return { shape: base + mark, value, end: p + 1, hasStrayInside, arabic, fullWidthDigits };
  }
  if (!close && spaces > 0 && markSpaced && MARKS_AFTER_NUMERAL.includes(markSpaced) && MARKER_SHAPES[base + markSpaced]) {
    // 一 、 — a stray space before the mark.
    return { shape: base + markSpaced, value, end: afterNumeral + spaces + 1, hasStrayInside: true, arabic, fullWidthDigits };
  }
  if (MARKER_SHAPES[base] && (open || close)) return { shape: base, value, end: p, hasStrayInside, arabic, fullWidthDigits };
  if (!open && !close && spaces > 0) {
    // Spaces alone after the numeral: ideographic ones are a separator (一[U+3000]引言), any other a slip (一 2024年).
    const separator = text.slice(afterNumeral, afterNumeral + spaces) === IDEOGRAPHIC_SPACE.repeat(spaces);
    return { shape: base + (separator ? IDEOGRAPHIC_SPACE : " "), value, end: afterNumeral + spaces, hasStrayInside, arabic, fullWidthDigits };
  }
  if (!open && !close) return { shape: base, value, end: afterNumeral, hasStrayInside, arabic, fullWidthDigits };
  return undefined;
}

/**
 * True when the character at `code` can begin a marker typed in the text: an opening bracket, a numeral (Arabic,
 * full-width or Chinese) or ⒈–⒛. Every text marker — parseTextMarker, parseTextMarkerBeforeDigits,
 * parseBareArabicMarker — begins with one, so a paragraph whose first character is none of these has none: the
 * outline asks this of every paragraph before it calls any of them (most paragraphs are prose).
 */
export function mayOpenTextMarker(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x28 ||
    code === 0xff08 ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code > NUMBER_FULL_STOP_BASE && code <= NUMBER_FULL_STOP_BASE + 20) ||
    isChineseNumeralCode(code)
  );
}

const LEADING_NUMERALS = /^[一二三四五六七八九十]+/;

/**
 * 一、二季度 / 三、四季度 / 一，二年级: a Chinese numeral, a list mark, then the next numeral not followed by another
 * mark — two numerals of one list (一二季度), not heading 一、 (review 2026-11-22). 二、三大攻坚战 (a count) stays a
 * heading; 一、二、三产业 is caught by NUMERAL_LIST_FOLLOWERS.
 */
function isNumeralPair(text: string, scanned: Scanned): boolean {
  if (scanned.arabic || !NUMERAL_LIST_MARKS.includes(scanned.shape.slice(-1))) return false;
  const numeral = LEADING_NUMERALS.exec(text.slice(scanned.end))?.[0];
  if (!numeral) return false;
  const after = text[scanned.end + numeral.length] ?? "";
  if (after === "" || NUMERAL_LIST_MARKS.includes(after) || COUNT_AFTER_NEXT_NUMERAL.includes(after)) return false;
  // The run is read whole: 十、十一月 is a pair; 一、二十年来的成就 is heading 一、.
  return chineseToNumber(numeral) === scanned.value + 1;
}

/**
 * Context checks that keep 1.5亿元, 一、二线城市, 一、二季度, 一年来 and 5 年 from being read as headings. With
 * `digitsAfter`, an Arabic marker directly followed by digits (10.53项冠军产品) is read as a marker: only the outline
 * asks for that, where the neighbouring items expect exactly this number.
 */
function readsAsHeading(text: string, scanned: Scanned, digitsAfter = false): boolean {
  const shape = MARKER_SHAPES[scanned.shape];
  if (!shape) return false;
  const next = text[scanned.end];
  if (scanned.shape === BARE_CHINESE_SHAPE) return trimSpaces(text.slice(scanned.end)).length === 0;
  // （43）30件民生实事: after a closing bracket a number starts the item's words; 1.5 is a decimal, unless the
  // neighbours say otherwise (digitsAfter).
  const closed = /[）)]/.test(scanned.shape);
  if (scanned.arabic && isArabicDigit(next) && !closed && !digitsAfter) return false;
  if (scanned.shape === "一、" && next && isChineseNumeralChar(next)) {
    const numeral = LEADING_NUMERALS.exec(text.slice(scanned.end))?.[0] ?? "";
    const afterNumerals = text[scanned.end + numeral.length] ?? "";
    // 一、二、三产业 lists consecutive numerals; 三、三、四季度工作安排 is heading 三、 (review 2026-11-22).
    const consecutive = chineseToNumber(numeral) === scanned.value + 1;
    if (NUMERAL_LIST_FOLLOWERS.includes(afterNumerals) && (afterNumerals !== "、" || consecutive)) return false;
  }
  if (isNumeralPair(text, scanned)) return false;
  if (!shape.weak) return true;
  if (next === undefined) return false;
  // 一 2024年工作总结 / 一，2022年工作回顾: a Chinese numeral, a space or comma, then a year — a title line if the whole
  // line reads like one (short, no sentence end); 一，2022年全市生产总值增长……。 is a sentence.
  if (isArabicDigit(next)) return !scanned.arabic && isHeadingLikeLine(text);
  const continuations = scanned.arabic ? UNITS_AFTER_ARABIC : WORD_CONTINUATIONS_AFTER_CHINESE;
  if (continuations.includes(next)) return false;
  return firstSentenceEnd(text, scanned.end) - scanned.end <= WEAK_HEADING_MAX_SENTENCE;
}

function toMarker(scanned: Scanned, raw: string, source: HeadingMarker["source"], start: number, end: number, bodyStart: number): HeadingMarker {
  const shape = MARKER_SHAPES[scanned.shape];
  const form: MarkerForm = scanned.hasStrayInside || scanned.fullWidthDigits ? "malformed" : shape.form;
  // Only the standard and practice shapes can be a run's style; every malformed one is a slip wherever it stands.
  const slip = form === "malformed";
  return { level: shape.level, value: scanned.value, shape: scanned.shape, form, slip, raw, source, start, end, bodyStart };
}

/** The heading marker typed at the start of `text` (leading half/full-width spaces skipped), if any. */
export function parseTextMarker(text: string): HeadingMarker | undefined {
  const start = leadingSpaceLength(text);
  const scanned = scanMarker(text, start);
  if (!scanned || !readsAsHeading(text, scanned)) return undefined;
  const bodyStart = scanned.end + leadingSpaceLength(text, scanned.end);
  return toMarker(scanned, text.slice(start, scanned.end), "text", start, scanned.end, bodyStart);
}

/**
 * The Arabic marker at the start of `text` when digits follow it directly (10.53项冠军产品, 27.6个示范区), which
 * parseTextMarker declines because 10.53 usually is a number. The outline accepts it only where the run expects
 * exactly this value (after 9., 10.53项 is item 10 saying 53项).
 */
export function parseTextMarkerBeforeDigits(text: string): HeadingMarker | undefined {
  const start = leadingSpaceLength(text);
  const scanned = scanMarker(text, start);
  if (!scanned || !scanned.arabic || !isArabicDigit(text[scanned.end]) || !readsAsHeading(text, scanned, true)) return undefined;
  return toMarker(scanned, text.slice(start, scanned.end), "text", start, scanned.end, scanned.end);
}

/** The shape of a number that lost its mark (41“振兴初中”): never a marker alone, see parseBareArabicMarker. */
const BARE_ARABIC_SHAPE = "1";

/**
 * A level-3 number that lost its mark (41“振兴初中”, 6科技教育事业): Arabic digits directly followed by the item's
 * words. Always a slip; on its own such a line is prose (5G网络, 3家企业), so only the outline asks for this reading,
 * where the run expects exactly this number.
 */
export function parseBareArabicMarker(text: string): HeadingMarker | undefined {
  const start = leadingSpaceLength(text);
  let end = start;
  // Half-width digits only: a full-width １ in prose is no heading number.
  while (end < text.length && /[0-9]/.test(text[end]) && end - start < 3) end++;
  const next = text[end];
  if (end === start || next === undefined || isArabicDigit(next) || !BARE_NUMBER_FOLLOWERS.test(next) || UNITS_AFTER_ARABIC.includes(next)) return undefined;
  const value = arabicToNumber(text.slice(start, end));
  if (value === undefined) return undefined;
  const raw = text.slice(start, end);
  return { level: 3, value, shape: BARE_ARABIC_SHAPE, form: "malformed", slip: true, raw, source: "text", start, end, bodyStart: end };
}

/** What may follow a number that lost its mark: the item's first word or an opening quote or bracket. */
const BARE_NUMBER_FOLLOWERS = /[\u4e00-\u9fff“‘《（]/;

/** A Word automatic-numbering string ("一、", "（1）", "1.") read as a marker; undefined if it is not one. */
export function parseListString(listString: string): HeadingMarker | undefined {
  const trimmed = trimSpaces(listString);
  const scanned = scanMarker(trimmed, 0);
  if (!scanned || scanned.end !== trimmed.length || !MARKER_SHAPES[scanned.shape]) return undefined;
  if (scanned.shape === BARE_CHINESE_SHAPE && scanned.arabic) return undefined;
  return toMarker(scanned, trimmed, "listString", 0, 0, 0);
}

/**
 * The paragraph's heading marker: from Word automatic numbering when the paragraph has a listString (the text then
 * holds no number), otherwise from the start of its text.
 */
export function parseHeadingMarker(paragraph: ParagraphLike): HeadingMarker | undefined {
  if (paragraph.listString !== undefined && trimSpaces(paragraph.listString).length > 0) {
    return parseListString(paragraph.listString);
  }
  return parseTextMarker(paragraph.text);
}

/**
 * The marker for item `n` of `level`, in the given shape (default: the standard one of GB/T 9704—2012 7.3.3).
 * formatMarker(1, 3) → "三、"; formatMarker(2, 12) → "（十二）"; formatMarker(3, 4, "1、") → "4、".
 */
export function formatMarker(level: HeadingLevel, n: number, shape: string = STANDARD_SHAPES[level]): string {
  const chinese = shape.includes("一");
  const numeral = chinese ? numberToChinese(n) : String(n);
  return shape.replace(chinese ? "一" : "1", numeral).replace(/ $/, "");
}
