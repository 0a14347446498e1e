/**
 * punctuation-spaces — 惯例: Chinese text has no spaces between characters or around its punctuation; a space there
 * is what copying out of a PDF or a web page leaves (全 面完成, 工作 。). Left alone:
 * - the indent (half- or full-width spaces at the start, a typed bullet ● - * among them) and trailing spaces;
 * - the space after a label at the start: 第一条 为了……, 第一章 总则, 一、 , （一） , a chronicle's 12月12日; and
 *   spaces in a heading's title up to its first 点号 (（一）坚持党建引领 推动高质量发展。……);
 * - a space between Chinese and Latin letters or digits: 公文 neither needs nor forbids it, and this check does not
 *   ask for the space CJK linters want there;
 * - in a line without 点号 (a title, a byline, a name list, a table row, a Markdown table row | …), spaces between
 *   Han characters: layout (市长 汪 泉, 目 录); so in a quoted slogan without 点号 (“不忘初心 牢记使命”) and in a
 *   two-character word padded to three anywhere (原 油 10,607万吨).
 * Spaces beside Chinese marks are reported everywhere.
 */
import type { Finding } from "../finding";
import { singleEditFix } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import { parseTextMarker } from "../markers/parse";
import { leadingSpaceLength } from "../text/spaces";
import { chineseToward, clauseRunAt, isChinesePunctuationCode, isClauseMarkAt, isHalfMarkCode, isHanCode, isSpaceCode, protectedSpans, SpanSet } from "./punctuationChars";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-spaces",
  category: "punctuation",
  ...punctuationRuleText.spaces,
  defaultSeverity: "warning",
  fixable: true,
  basis: PUNCTUATION_BASIS.practice,
};

/** A space after the indent, somewhere in the paragraph: otherwise nothing to look at. */
const CANDIDATE = /\S[\s\u200b]/;

/**
 * Labels after which a space is the form: 第一章 总则 / 第一条[U+3000]为了…… (regulations), 12月12日[U+3000]张学良…… /
 * 1921年7月[U+3000]…… (chronicles), 附件 / 附件1 (attachment notes).
 */
const LABEL =
  /^(?:第[一二三四五六七八九十百千零〇两\d０-９]+(?:章|节|条|编|款|部分|篇)|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[－—~～-]\d{1,2}(?:月\d{1,2})?日)?|\d{4}年|同日|同月|是日|附件\d*)/;

/** Characters a heading marker may start with: only then is the marker parser asked. */
const MARKER_START = /[([（［【0-9０-９一二三四五六七八九十]/;

/** Bullets typed at the start of a line: with the spaces around them, part of the indent. */
const BULLETS = "-*•·●○■□◆◇▪★☆※";

/** 点号: a line with none of them is a title, a byline, a list of names or a table row. */
const SENTENCE_MARKS = /[，。；：？！、,;:?!]/;

export const punctuationSpaces: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    doc.paragraphs.forEach((paragraph, paragraphIndex) => {
      const text = paragraph.text;
      if (!CANDIDATE.test(text)) return;
      const begin = indentLength(text);
      let end = text.length;
      while (end > begin && isSpaceCode(text.charCodeAt(end - 1))) end--;
      const { labelEnd, titleEnd } = labelOf(text, begin);
      const layout = !SENTENCE_MARKS.test(text) || text[begin] === "|";
      const guard = protectedSpans(text);
      const slogans = new SpanSet(sloganSpans(text));
      for (let i = begin; i < end; i++) {
        if (!isSpaceCode(text.charCodeAt(i))) continue;
        let stop = i;
        while (stop < end && isSpaceCode(text.charCodeAt(stop))) stop++;
        const start = i;
        i = stop - 1;
        if (start === labelEnd || stop < titleEnd || guard.covers(start)) continue;
        const before = text.charCodeAt(start - 1);
        const after = text.charCodeAt(stop);
        const betweenHan = isHanCode(before) && isHanCode(after) && !layout && !isPaddedPair(text, start, stop) && !slogans.covers(start);
        // A half-width mark on one side and Chinese on the other: the mark becomes Chinese when fixed, so the space
        // goes in the same 全部修正 (甲 ) → 甲）), not in a second one.
        const chineseBefore = isChinesePunctuationCode(before) || (isHalfMarkCode(before) && (isHanCode(after) || chineseToward(text, start - 1, -1) || clauseRunAt(text, start - 1) !== undefined));
        const chineseAfter = isChinesePunctuationCode(after) || (isHalfMarkCode(after) && (isHanCode(before) || chineseToward(text, stop, 1) || clauseRunAt(text, stop) !== undefined));
        const stray = betweenHan || chineseBefore || chineseAfter;
        // Between two 点号 (。 。) the run is punctuation-repeated's, which removes the space with the extra mark.
        if (!stray || (isClauseMarkAt(text, start - 1) && isClauseMarkAt(text, stop))) continue;
        const around = text.slice(start - 1, stop + 1);
        findings.push(makeFinding(meta, doc, { paragraphIndex, range: [start, stop], message: punctuationMsg.straySpace(around), fix: singleEditFix(paragraphIndex, [start, stop], "") }));
      }
    });
    return findings;
  },
};

/**
 * Two single Han characters spaced apart with no Han on either side (原[U+3000]油[U+3000]10607万吨, 汪[U+3000]泉): a two-character
 * name or item padded to the width of three, as tables and name lists do.
 */
function isPaddedPair(text: string, start: number, stop: number): boolean {
  return !isHanCode(text.charCodeAt(start - 2)) && !isHanCode(text.charCodeAt(stop + 1));
}

/**
 * Quoted slogans and themes without 点号 (“不忘初心 牢记使命” “贯彻党代会 奋进新征程”): the space between their
 * parts is how they are written.
 */
function sloganSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf("“"); open >= 0; open = text.indexOf("“", open + 1)) {
    const close = text.indexOf("”", open + 1);
    if (close < 0) break;
    if (!SENTENCE_MARKS.test(text.slice(open + 1, close))) spans.push([open, close]);
    open = close;
  }
  return spans;
}

/** The indent: leading spaces, and a typed bullet with the spaces after it (●[U+3000] - ). */
function indentLength(text: string): number {
  let i = leadingSpaceLength(text);
  if (BULLETS.includes(text[i] ?? "\n") && isSpaceCode(text.charCodeAt(i + 1))) i = leadingSpaceLength(text, i + 1) + i + 1;
  return i;
}

/**
 * Where a label at the start ends (a heading marker, 第一条, a chronicle's date; -1 when there is none) and, after a
 * heading marker, where the heading's title ends: at its first 点号 (-1 without a marker). Spaces inside such a title
 * are its form: paired phrases (（一）坚持党建引领 推动高质量发展。……) and a glossary term before its explanation
 * (15.“百亿元园区基础设施提升”工程 “十二五”期间…… in 昆明 2012).
 */
function labelOf(text: string, begin: number): { labelEnd: number; titleEnd: number } {
  const marker = MARKER_START.test(text[begin] ?? "") ? parseTextMarker(text.slice(begin)) : undefined;
  if (marker) {
    const firstMark = text.slice(begin + marker.end).search(SENTENCE_MARKS);
    return { labelEnd: begin + marker.end, titleEnd: firstMark < 0 ? text.length : begin + marker.end + firstMark };
  }
  const label = LABEL.exec(text.slice(begin, begin + 16));
  return { labelEnd: label ? begin + label[0].length : -1, titleEnd: -1 };
}
