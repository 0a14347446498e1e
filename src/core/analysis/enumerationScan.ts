/**
 * Finds inline enumeration markers in one paragraph. One pass over the characters looking for anchors (是 要 第 首
 * 其 再 最), then a few character checks around each — no regular expression re-tried at every position. A marker counts only
 * at the start of the paragraph (or of its heading's words) or right after a clause boundary (。；：！？，), which
 * keeps 统一是, 唯一是, 之一是, 万一是, 第一是, 全省第一， and 第一次 out.
 */
import {
  MARKS_AFTER_ORDINAL,
  NOUN_AFTER_YAO,
  NumberedFamily,
  ORDINAL_LIST_FOLLOWERS,
  SEQUENCE_WORDS,
  SequenceWord,
} from "../patterns/enumeration";
import { chineseToNumber, isChineseNumeralChar } from "../text/numerals";
import { isClauseBoundary } from "../text/sentences";
import { isSpace } from "../text/spaces";

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
}

/** Character codes a marker is found from: 是 要 (after the numeral), 第 (before it), the sequence words' first. */
const ANCHOR_CODES: ReadonlySet<number> = new Set(["是", "要", "第", ...SEQUENCE_WORDS.map((w) => w.word[0])].map((c) => c.charCodeAt(0)));
const LOWEST_ANCHOR = Math.min(...ANCHOR_CODES);
const MAX_NUMERAL = 3;

/** True when position `at` may start a clause: paragraph start, after a boundary, or where the heading's words begin. */
function atClauseStart(text: string, at: number, contentStart: number): boolean {
  let q = at - 1;
  while (q >= 0 && isSpace(text[q])) q--;
  return q < 0 || at === contentStart || isClauseBoundary(text[q]);
}

type Found = Omit<EnumerationMarker, "paragraphIndex" | "raw">;

/** 一是 / 三 是 / 十二要, with `at` on 是 or 要. */
function numeralBefore(text: string, at: number, contentStart: number): Found | undefined {
  const space = isSpace(text[at - 1]);
  const numeralEnd = space ? at - 1 : at;
  let start = numeralEnd;
  while (start > 0 && isChineseNumeralChar(text[start - 1]) && numeralEnd - start < MAX_NUMERAL + 1) start--;
  if (start === numeralEnd || numeralEnd - start > MAX_NUMERAL) return undefined;
  const value = chineseToNumber(text.slice(start, numeralEnd));
  if (value === undefined || !atClauseStart(text, start, contentStart)) return undefined;
  const family: NumberedFamily = text[at] === "是" ? "shi" : "yao";
  if (family === "yao" && NOUN_AFTER_YAO.includes(text[at + 1] ?? "\u0000")) return undefined;
  return { start, end: at + 1, family, value, hasStraySpace: space };
}

/** 第二， / 第 二， with `at` on 第. */
function ordinalAfter(text: string, at: number, contentStart: number): Found | undefined {
  let p = at + 1;
  const space1 = isSpace(text[p]);
  if (space1) p++;
  const numeralStart = p;
  while (p < text.length && isChineseNumeralChar(text[p]) && p - numeralStart <= MAX_NUMERAL) p++;
  const value = chineseToNumber(text.slice(numeralStart, p));
  if (value === undefined) return undefined;
  const space2 = isSpace(text[p]);
  if (space2) p++;
  const mark = text[p];
  if (mark === undefined || !MARKS_AFTER_ORDINAL.includes(mark)) return undefined;
  if (mark === "、" && ORDINAL_LIST_FOLLOWERS.includes(text[p + 1] ?? "\u0000")) return undefined;
  if (!atClauseStart(text, at, contentStart)) return undefined;
  return { start: at, end: p + 1, family: "di", value, mark, hasStraySpace: space1 || space2 };
}

/** 首先， / 其次 / 最后： with `at` on the word's first character. */
function sequenceWordAt(text: string, at: number, contentStart: number): Found | undefined {
  const word = SEQUENCE_WORDS.find((w) => text.startsWith(w.word, at));
  if (!word || !atClauseStart(text, at, contentStart)) return undefined;
  const after = text[at + word.word.length];
  const mark = after !== undefined && MARKS_AFTER_ORDINAL.includes(after) ? after : undefined;
  if (word.needsMark && !mark) return undefined;
  return { start: at, end: at + word.word.length + (mark ? 1 : 0), family: "word", value: word.rank, mark, word, hasStraySpace: false };
}

export function scanEnumerationMarkers(text: string, paragraphIndex: number, contentStart: number): EnumerationMarker[] {
  const found: EnumerationMarker[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < LOWEST_ANCHOR || !ANCHOR_CODES.has(code)) continue;
    const ch = text[at];
    const hit =
      ch === "是" || ch === "要"
        ? numeralBefore(text, at, contentStart)
        : ch === "第"
          ? ordinalAfter(text, at, contentStart)
          : sequenceWordAt(text, at, contentStart);
    if (hit) {
      found.push({ ...hit, paragraphIndex, raw: text.slice(hit.start, hit.end) });
      at = hit.end - 1;
    }
  }
  return found;
}
