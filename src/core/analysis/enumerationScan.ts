/**
 * Finds inline enumeration markers in one paragraph. One global expression finds the anchors (是 要 第 首 其 再 最),
 * then a few character checks around each — no regular expression re-tried at every position. A marker counts only
 * at the start of the paragraph (or of its heading's words) or right after a clause boundary (。；：！？，), which
 * keeps 统一是, 唯一是, 之一是, 万一是, 第一是, 全省第一， and 第一次 out.
 */
import {
  MARKS_AFTER_ORDINAL,
  MARKS_AFTER_WORD,
  NOUN_AFTER_YAO,
  NumberedFamily,
  ORDINAL_LIST_NEXT,
  WORD_BEFORE_YI,
  SEQUENCE_WORDS,
  SequenceWord,
} from "../patterns/enumeration";
import { CHINESE_NUMERAL_CHARS, chineseToNumber, isChineseNumeralCode, numberToChinese } from "../text/numerals";
import { isClauseBoundaryCode } from "../text/sentences";
import { isSpaceCode, SPACE_CLASS } from "../text/spaces";

export interface EnumerationMarker {
  readonly paragraphIndex: number;
  /** [start, end) of the marker in the paragraph's text, including the mark after 第N (第二，). */
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly family: NumberedFamily | "word";
  /** The number (一是 → 1) or, for 首先/其次/再次/最后, the word's rank. */
  readonly value: number;
  /** The mark after 第N or after a sequence word, if any. */
  readonly mark?: string;
  readonly word?: SequenceWord;
  /** Spaces inside the marker (三 是, 第 二，) pasted in by mistake. */
  readonly hasStraySpace: boolean;
  /**
   * A 一是/一要 not at a clause start (加快发展一是必须……, 环保“七优先”一是……): the first item of a sequence only if
   * a 二是 follows (analysis/enumerations decides); alone it is prose.
   */
  readonly loose: boolean;
}

/**
 * The characters a marker is found from: 是 要 (after the numeral), 第 (before it), the sequence words' first. One
 * global expression finds them: the regular-expression engine skips the text between anchors far faster than a
 * loop over every character (nearly every CJK character would otherwise be looked up). It finds only the anchors the
 * readers below can take — 是 and 要 with a numeral just before them (a space between allowed), 第 with one just
 * after, a sequence word whole — since 是 and 要 are among the commonest characters of any text: each anchor it
 * skips was a call that read a character or two and gave up (in a fresh pane, before the JIT, most of the scan).
 */
const ANCHORS = new RegExp(
  [
    // The character first, its lookbehind after it: a pattern that opens with a lookbehind is tried at every
    // position of the text (2-10x slower over a long document in Node); one that opens with [是要] is searched for.
    `[是要](?<=[${CHINESE_NUMERAL_CHARS}][${SPACE_CLASS}]?[是要])`,
    `第(?=[${SPACE_CLASS}]?[${CHINESE_NUMERAL_CHARS}])`,
    ...SEQUENCE_WORDS.map((w) => `${w.word[0]}(?=${w.word.slice(1)})`),
  ].join("|"),
  "g",
);
const MAX_NUMERAL = 3;

const SHI = "是".charCodeAt(0);
const YAO = "要".charCodeAt(0);
const DI = "第".charCodeAt(0);

/** True when position `at` may start a clause: paragraph start, after a boundary, or where the heading's words begin. */
function atClauseStart(text: string, at: number, contentStart: number): boolean {
  let q = at - 1;
  while (q >= 0 && isSpaceCode(text.charCodeAt(q))) q--;
  return q < 0 || at === contentStart || isClauseBoundaryCode(text.charCodeAt(q));
}

/**
 * Every marker is built here, with all fields present and in one order, so that markers share one object shape (the
 * rules read them in hot loops).
 */
function marker(
  text: string,
  paragraphIndex: number,
  start: number,
  end: number,
  family: NumberedFamily | "word",
  value: number,
  mark: string | undefined,
  word: SequenceWord | undefined,
  hasStraySpace: boolean,
  loose = false,
): EnumerationMarker {
  return { paragraphIndex, start, end, raw: text.slice(start, end), family, value, mark, word, hasStraySpace, loose };
}

/** 一是 / 三 是 / 十二要, with `at` on 是 or 要. */
function numeralBefore(text: string, at: number, contentStart: number, paragraphIndex: number): EnumerationMarker | undefined {
  const space = isSpaceCode(text.charCodeAt(at - 1));
  const numeralEnd = space ? at - 1 : at;
  let start = numeralEnd;
  while (start > 0 && isChineseNumeralCode(text.charCodeAt(start - 1)) && numeralEnd - start < MAX_NUMERAL + 1) start--;
  if (start === numeralEnd || numeralEnd - start > MAX_NUMERAL) return undefined;
  const numeral = text.slice(start, numeralEnd);
  const value = chineseToNumber(numeral);
  if (value === undefined) return undefined;
  const clauseStart = atClauseStart(text, start, contentStart);
  // Only a first item is read where no clause starts, and not where the numeral ends a word (统一是, 之一是, 万一是).
  if (!clauseStart && (value !== 1 || space || WORD_BEFORE_YI.includes(text[start - 1] ?? "\u0000"))) return undefined;
  const family: NumberedFamily = text.charCodeAt(at) === SHI ? "shi" : "yao";
  if (family === "yao" && NOUN_AFTER_YAO.includes(text[at + 1] ?? "\u0000")) return undefined;
  if (isIdiomPair(text, start, at, numeral)) return undefined;
  return marker(text, paragraphIndex, start, at + 1, family, value, undefined, undefined, space, !clauseStart);
}

/**
 * 一是一、二是二 (things as they are, 实事求是): N是N beside (N+1)是(N+1) or (N-1)是(N-1) across a 、 or ，. Only the
 * pair: 一是一、二季度经济平稳 and 二是二〇二四年…… are items.
 */
function isIdiomPair(text: string, start: number, at: number, numeral: string): boolean {
  if (!text.startsWith(numeral, at + 1)) return false;
  const value = chineseToNumber(numeral) ?? 0;
  const after = at + 1 + numeral.length;
  const pairAt = (from: number, n: number): boolean => {
    if (n < 1 || n > 99) return false;
    const other = numberToChinese(n);
    return text.startsWith(`${other}是${other}`, from);
  };
  const nextPair = IDIOM_SEPARATORS.includes(text[after] ?? "\u0000") && pairAt(after + 1, value + 1);
  const before = start - 1;
  const previousLength = value > 1 ? numberToChinese(value - 1).length * 2 + 1 : 0;
  const previousPair = value > 1 && IDIOM_SEPARATORS.includes(text[before] ?? "\u0000") && pairAt(before - previousLength, value - 1);
  return nextPair || previousPair;
}

const IDIOM_SEPARATORS = "、，,";

/** 第二， / 第 二， with `at` on 第. */
function ordinalAfter(text: string, at: number, contentStart: number, paragraphIndex: number): EnumerationMarker | undefined {
  let p = at + 1;
  const space1 = isSpaceCode(text.charCodeAt(p));
  if (space1) p++;
  const numeralStart = p;
  while (p < text.length && isChineseNumeralCode(text.charCodeAt(p)) && p - numeralStart <= MAX_NUMERAL) p++;
  if (p === numeralStart) return undefined;
  const value = chineseToNumber(text.slice(numeralStart, p));
  if (value === undefined) return undefined;
  const space2 = isSpaceCode(text.charCodeAt(p));
  if (space2) p++;
  const mark = text[p];
  if (mark === undefined || !MARKS_AFTER_ORDINAL.includes(mark)) return undefined;
  if (mark === "、" && listsOrdinals(text, p + 1, value)) return undefined;
  if (mark === "要" && NOUN_AFTER_YAO.includes(text[p + 1] ?? "\u0000")) return undefined;
  // 我们第一要……，第二要……: a first item where no clause starts is loose, as 一是 glued to its words.
  const clauseStart = atClauseStart(text, at, contentStart);
  if (!clauseStart && value !== 1) return undefined;
  return marker(text, paragraphIndex, at, p + 1, "di", value, mark, undefined, space1 || space2, !clauseStart);
}

/**
 * After 第N、 at `at`: 第 or a numeral above N (第二、三季度, 第七、九污水处理厂) makes a list of ordinals, not an item;
 * 第二、一定要 (国务院 1987) is an item whose words begin with 一.
 */
function listsOrdinals(text: string, at: number, value: number): boolean {
  if (ORDINAL_LIST_NEXT.includes(text[at] ?? "\u0000")) return true;
  let end = at;
  while (end < text.length && isChineseNumeralCode(text.charCodeAt(end)) && end - at < MAX_NUMERAL) end++;
  return end > at && (chineseToNumber(text.slice(at, end)) ?? 0) > value;
}

/** 首先， / 其次 / 最后： with `at` on the word's first character. */
function sequenceWordAt(text: string, at: number, contentStart: number, paragraphIndex: number): EnumerationMarker | undefined {
  const word = SEQUENCE_WORDS.find((w) => text.startsWith(w.word, at));
  if (!word || !atClauseStart(text, at, contentStart)) return undefined;
  const after = text[at + word.word.length];
  const mark = after !== undefined && MARKS_AFTER_WORD.includes(after) ? after : undefined;
  // 首先要…… / 首先加强…… without a mark is an adverb, unless a 二是 follows (loose, as 一是 glued to its words).
  if (word.needsMark && !mark) return word.rank === 1 ? marker(text, paragraphIndex, at, at + word.word.length, "word", 1, undefined, word, false, true) : undefined;
  return marker(text, paragraphIndex, at, at + word.word.length + (mark ? 1 : 0), "word", word.rank, mark, word, false);
}

/** What a paragraph without markers gives (most of them): one shared empty list, not a new one per paragraph. */
const NONE: readonly EnumerationMarker[] = [];

export function scanEnumerationMarkers(text: string, paragraphIndex: number, contentStart: number): readonly EnumerationMarker[] {
  const found: EnumerationMarker[] = [];
  return scanEnumerationMarkersInto(text, paragraphIndex, contentStart, found) === 0 ? NONE : found;
}

/**
 * The paragraph's markers written to `into` from its start; returns how many (entries past them are stale). A caller
 * reading every paragraph reuses one list: a list per paragraph with markers was a tenth of a long report's
 * allocation, and emptying a list (length = 0) drops its storage, so the next push would allocate it again.
 */
export function scanEnumerationMarkersInto(text: string, paragraphIndex: number, contentStart: number, into: EnumerationMarker[]): number {
  let count = 0;
  ANCHORS.lastIndex = 0;
  // test() rather than exec(): no match array per anchor; the anchor is the one character before lastIndex.
  while (ANCHORS.test(text)) {
    const at = ANCHORS.lastIndex - 1;
    const code = text.charCodeAt(at);
    const hit =
      code === SHI || code === YAO
        ? numeralBefore(text, at, contentStart, paragraphIndex)
        : code === DI
          ? ordinalAfter(text, at, contentStart, paragraphIndex)
          : sequenceWordAt(text, at, contentStart, paragraphIndex);
    if (hit) {
      if (count < into.length) into[count] = hit;
      else into.push(hit);
      count++;
      ANCHORS.lastIndex = hit.end;
    }
  }
  return count;
}
