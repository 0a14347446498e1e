/**
 * Heading marker shapes, as data (GB/T 9704—2012 7.3.3: 一、 （一） 1. （1）).
 *
 * A shape is written with 一 standing for any Chinese numeral and 1 for any Arabic number. Each shape knows the level
 * the writer meant, and its form:
 * - standard:  the form GB/T 9704—2012 7.3.3 writes;
 * - practice:  widespread and acceptable when used consistently (1、 for level 3; a numeral alone on its line);
 * - malformed: a slip to flag and fix (一. （一）、 (一) 五) 1） …).
 * `weak` shapes (a numeral followed by a comma, colon or space) also occur in ordinary sentences, so the parser only
 * accepts them where the line reads like a heading.
 * Adding a shape here needs no code.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;
export type MarkerForm = "standard" | "practice" | "malformed";

export interface MarkerShape {
  readonly level: HeadingLevel;
  readonly form: MarkerForm;
  readonly weak?: boolean;
  /**
   * A weak shape is a slip wherever it stands (一，2022年 / 一 2024年), except the ideographic space: 一[U+3000]引言 is the
   * book typesetting of section numbers (as 第一章[U+3000]总则 in regulations), a house style when used throughout.
   */
  readonly separator?: boolean;
}

/** The ideographic (full-width) space, a typesetting separator after a section number. */
export const IDEOGRAPHIC_SPACE = "\u3000";

/** The standard shape of each level (GB/T 9704—2012 7.3.3). */
export const STANDARD_SHAPES: Readonly<Record<HeadingLevel, string>> = { 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" };

/** A Chinese numeral alone on its line (一, 二 … as section numbers in older reports). */
export const BARE_CHINESE_SHAPE = "一";

const LEVEL_1: Record<string, MarkerShape> = {
  "一、": { level: 1, form: "standard" },
  [BARE_CHINESE_SHAPE]: { level: 1, form: "practice" },
  "一.": { level: 1, form: "malformed" },
  "一．": { level: 1, form: "malformed" },
  "一､": { level: 1, form: "malformed" },
  "一，": { level: 1, form: "malformed", weak: true },
  "一,": { level: 1, form: "malformed", weak: true },
  "一:": { level: 1, form: "malformed", weak: true },
  "一：": { level: 1, form: "malformed", weak: true },
  "一 ": { level: 1, form: "malformed", weak: true },
  "一\u3000": { level: 1, form: "practice", weak: true, separator: true },
};

const LEVEL_3: Record<string, MarkerShape> = {
  "1.": { level: 3, form: "standard" },
  "1、": { level: 3, form: "practice" },
  "1．": { level: 3, form: "practice" },
  "1､": { level: 3, form: "malformed" },
  "1，": { level: 3, form: "malformed", weak: true },
  "1,": { level: 3, form: "malformed", weak: true },
  "1:": { level: 3, form: "malformed", weak: true },
  "1：": { level: 3, form: "malformed", weak: true },
  "1 ": { level: 3, form: "malformed", weak: true },
  "1\u3000": { level: 3, form: "practice", weak: true, separator: true },
};

/** Bracketed shapes: every mix of full/half-width brackets (or a lost opening bracket) and a stray mark after them. */
const OPENINGS = ["（", "(", ""];
const CLOSINGS = ["）", ")"];
const MARKS_AFTER_BRACKET = ["", "、", ".", "．", "，", ",", "､"];

function bracketedShapes(numeral: string, level: HeadingLevel): Record<string, MarkerShape> {
  const shapes: Record<string, MarkerShape> = {};
  for (const open of OPENINGS)
    for (const close of CLOSINGS)
      for (const mark of MARKS_AFTER_BRACKET) {
        const key = open + numeral + close + mark;
        shapes[key] = { level, form: key === STANDARD_SHAPES[level] ? "standard" : "malformed" };
      }
  return shapes;
}

export const MARKER_SHAPES: Readonly<Record<string, MarkerShape>> = {
  ...LEVEL_1,
  ...bracketedShapes("一", 2),
  ...LEVEL_3,
  ...bracketedShapes("1", 4),
};

/** Characters that may follow a numeral or closing bracket inside a marker. */
export const MARKS_AFTER_NUMERAL = "、.．，,:：､";

/**
 * After a weak shape (一，/1 …) these characters show the numeral belongs to a word or a quantity (一年来, 一是,
 * 5 年, 1，2月), so the line is not a heading.
 */
export const WORD_CONTINUATIONS_AFTER_CHINESE = "是要年批个些直起定般样切致次度方旦时手线等级系道同边面";
export const UNITS_AFTER_ARABIC = "年月日号天时分秒个次人名家户万亿千百元%％倍项件条座所批期届岁米吨亩";

/** After 一、 these start a list of numerals (一、二线城市, 一、二、三产业), not a heading. */
export const NUMERAL_LIST_FOLLOWERS = "、线产类级等";

/**
 * Marks after a Chinese numeral that may separate two numerals in a list (一、二季度 = 一二季度, 一，二年级): when the
 * next numeral (value + 1) follows, the line is prose, not a heading.
 */
export const NUMERAL_LIST_MARKS = "、，,､";

/**
 * After the next numeral these show a count, not a list (二、三大攻坚战, 三、四个全面 — a real heading 二、 or 三、 whose
 * words begin with a number): such a line stays a heading.
 */
export const COUNT_AFTER_NEXT_NUMERAL = "大个农";

/** A weak shape is only a heading marker when its first sentence is at most this long. */
export const WEAK_HEADING_MAX_SENTENCE = 40;

/**
 * GB/T 9704—2012 7.3.4 附件说明: 附件：1. …… then 2. …… on the following lines, aligned under the first name. The
 * numbers of that list are not heading markers, and its lines are not part titles (review 2026-11-22). Notes under a
 * table or a communiqué are laid out the same way (注：1、本公报为初步统计数。/ 2、…, 国家统计局年度统计).
 */
export const ATTACHMENT_LABELS: readonly string[] = ["附件：", "附件:", "附表：", "附表:", "注：", "注:", "说明：", "说明:", "备注：", "备注:"];
