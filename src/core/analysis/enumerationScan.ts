/**
 * Finds inline enumeration markers in one paragraph with a single regular-expression pass. A marker counts only at
 * the start of the paragraph (or of its heading's words) or right after a clause boundary (。；：！？，), which keeps
 * 统一是, 唯一是, 之一是, 万一是, 第一是, 全省第一， and 第一次 out.
 */
import {
  MARKS_AFTER_ORDINAL,
  NOUN_AFTER_YAO,
  NumberedFamily,
  ORDINAL_LIST_FOLLOWERS,
  SEQUENCE_WORDS,
  SequenceWord,
} from "../patterns/enumeration";
import { chineseToNumber } from "../text/numerals";
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

const NUMERAL = "[一二三四五六七八九十]{1,3}";
const SP = "[ \u3000]?";
const WORDS = SEQUENCE_WORDS.map((w) => w.word).join("|");
const MARKS = MARKS_AFTER_ORDINAL.replace(/[-\\\]^]/g, "\\$&");
const PATTERN = new RegExp(
  `第(${SP})(${NUMERAL})(${SP})([${MARKS}])|(${NUMERAL})(${SP})([是要])|(${WORDS})(${SP})([${MARKS}]?)`,
  "g",
);

/** True when position `at` may start a clause: paragraph start, after a boundary, or where the heading's words begin. */
function atClauseStart(text: string, at: number, contentStart: number): boolean {
  let q = at - 1;
  while (q >= 0 && isSpace(text[q])) q--;
  return q < 0 || at === contentStart || isClauseBoundary(text[q]);
}

export function scanEnumerationMarkers(text: string, paragraphIndex: number, contentStart: number): EnumerationMarker[] {
  const found: EnumerationMarker[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!atClauseStart(text, start, contentStart)) continue;
    const base = { paragraphIndex, start, end, raw: m[0] };
    if (m[2] !== undefined) {
      const value = chineseToNumber(m[2]);
      const mark = m[4];
      if (value === undefined) continue;
      if (mark === "、" && ORDINAL_LIST_FOLLOWERS.includes(text[end] ?? "")) continue;
      found.push({ ...base, family: "di", value, mark, hasStraySpace: m[1] !== "" || m[3] !== "" });
    } else if (m[5] !== undefined) {
      const value = chineseToNumber(m[5]);
      if (value === undefined) continue;
      const family: NumberedFamily = m[7] === "是" ? "shi" : "yao";
      if (family === "yao" && NOUN_AFTER_YAO.includes(text[end] ?? "")) continue;
      found.push({ ...base, family, value, hasStraySpace: m[6] !== "" });
    } else {
      const word = SEQUENCE_WORDS.find((w) => w.word === m[8])!;
      const mark = m[10] || undefined;
      if (word.needsMark && !mark) continue;
      const wordEnd = mark ? end : start + word.word.length;
      found.push({ ...base, end: wordEnd, raw: text.slice(start, wordEnd), family: "word", value: word.rank, mark, word, hasStraySpace: false });
    }
  }
  return found;
}
