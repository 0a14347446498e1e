/**
 * Inline enumeration markers (一是/二是, 一要/二要, 第一，/第二，, 首先/其次/再次/最后), as data. Adding a family or a
 * guard word needs no code.
 */

export type NumberedFamily = "shi" | "yao" | "di";

export interface NumberedFamilyPattern {
  /** Character after the numeral (一是, 一要); absent for 第N. */
  readonly suffix?: string;
  /** Character before the numeral (第一). */
  readonly prefix?: string;
}

export const NUMBERED_FAMILIES: Readonly<Record<NumberedFamily, NumberedFamilyPattern>> = {
  shi: { suffix: "是" },
  yao: { suffix: "要" },
  di: { prefix: "第" },
};

/** Marks that may follow 第N when it is an item marker (第一，抢机遇). Anything else (第一次, 第一批) is not a marker. */
export const MARKS_AFTER_ORDINAL = "，、：,:要";
/** Marks that may follow a sequence word (首先，其次：). 首先要 is an adverb and its verb, not a marked word. */
export const MARKS_AFTER_WORD = "，、：,:";
/**
 * The marks accepted as written; others (、 and half-width) are normalised to the first one. 要 is the sentence's own
 * word (第一要……，第二要……, 山东 1999), kept.
 */
export const ACCEPTED_ORDINAL_MARKS = "，：要";

/**
 * Characters that make a word with a following 一 (统一 唯一 之一 万一 第一 同一 单一 专一 划一 归一 合一 均一 其一 逐一
 * 不一 如一 星期一): a 一是 after them is not an enumeration's first item, even where a 二是 follows.
 */
export const WORD_BEFORE_YI = "统唯之万第同单专划归合均其逐不如期";

/** Characters right after N要 or 第N要 that make it a noun, not a marker (一要素, 第一要务). */
export const NOUN_AFTER_YAO = "素务件义";

/**
 * 第N、 followed by 第 or by a higher numeral lists ordinals (第二、三季度, 第一、第二批, 第七、九污水处理厂), so it is
 * not an item marker; 第二、一定要…… (国务院 1987) is one.
 */
export const ORDINAL_LIST_NEXT = "第";

export interface SequenceWord {
  readonly word: string;
  /** Position in the 首先 → 其次 → 再次 sequence; 最后 closes any sequence. */
  readonly rank: number;
  /** Only a marker when followed by ，or ：(首先，) — without it the word is an ordinary adverb (首先要…, 最后一年). */
  readonly needsMark: boolean;
}

export const SEQUENCE_WORDS: readonly SequenceWord[] = [
  { word: "首先", rank: 1, needsMark: true },
  { word: "其次", rank: 2, needsMark: false },
  { word: "再次", rank: 3, needsMark: true },
  { word: "最后", rank: 99, needsMark: true },
];
