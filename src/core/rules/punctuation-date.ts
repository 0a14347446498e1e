/**
 * punctuation-date — GB/T 9704—2012 7.3.5.4: the 成文日期 is written in Arabic numerals with year, month and day
 * all given, the year in full and no leading zero (2023年1月5日, not 23年1月5日, 2023年01月05日 or 2023.1.5). A
 * line that holds only a date is taken for the 成文日期 of the signature block. 二〇二三年一月五日 there is a hint
 * (info): the standard of 2012 asks for Arabic numerals, some offices keep the older form (option
 * punctuation.chineseNumeralDate). In running text a date with a leading zero (2023年01月05日) is a warning: the same
 * form, by practice.
 */
import type { Finding } from "../finding";
import { singleEditFix } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import type { DocSnapshot } from "../model";
import { chineseToNumber } from "../text/numerals";
import { leadingSpaceLength } from "../text/spaces";
import { isSpaceCode } from "./punctuationChars";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-date",
  category: "punctuation",
  ...punctuationRuleText.date,
  defaultSeverity: "error",
  fixable: true,
  basis: PUNCTUATION_BASIS.date,
};

const ARABIC_LINE = /^(\d{2,4})年(\d{1,2})月(\d{1,2})日$/;
const CHINESE_LINE = /^([〇零○Ｏ０一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const OTHER_LINE = /^((?:19|20)\d\d)[.．\-－/／](\d{1,2})[.．\-－/／](\d{1,2})$/;
/** A date in running text with a leading zero in its month or day: the four-digit year keeps 10年 and 01号 out. */
const ZERO_IN_TEXT = /(?<![\d０-９])((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?/g;

const YEAR_DIGITS: Readonly<Record<string, string>> = { "〇": "0", 零: "0", "○": "0", Ｏ: "0", "０": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

export const punctuationDate: Rule = {
  meta,
  check(doc, options) {
    const findings: Finding[] = [];
    doc.paragraphs.forEach((paragraph, paragraphIndex) => {
      const text = paragraph.text;
      if (!text.includes("年") && !/\d[.．\-－/／]\d/.test(text)) return;
      if (checkDateLine(doc, paragraphIndex, options.punctuation.chineseNumeralDate, findings)) return;
      if (!text.includes("年")) return;
      // exec on the one expression, not matchAll: that copies the expression for every paragraph with 年.
      ZERO_IN_TEXT.lastIndex = 0;
      for (let m = ZERO_IN_TEXT.exec(text); m !== null; m = ZERO_IN_TEXT.exec(text)) {
        const [, year, month, day] = m;
        if (!hasLeadingZero(month) && !hasLeadingZero(day)) continue;
        const expected = formatDate(year, month, day);
        findings.push(
          makeFinding(meta, doc, {
            paragraphIndex,
            range: [m.index, m.index + m[0].length],
            severity: "warning",
            basis: PUNCTUATION_BASIS.practice,
            message: punctuationMsg.dateLeadingZero(m[0], expected),
            fix: singleEditFix(paragraphIndex, [m.index, m.index + m[0].length], expected),
          }),
        );
      }
    });
    return findings;
  },
};

/** A line that holds only a date (the 成文日期): its findings. True when the line was such a date. */
function checkDateLine(doc: DocSnapshot, paragraphIndex: number, chineseNumeralHint: boolean, findings: Finding[]): boolean {
  const text = doc.paragraphs[paragraphIndex].text;
  const start = leadingSpaceLength(text);
  let end = text.length;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - start > 16) return false;
  const line = text.slice(start, end);
  const report = (message: string, expected?: string, severity?: "info") =>
    findings.push(
      makeFinding(meta, doc, {
        paragraphIndex,
        range: [start, end],
        message,
        ...(severity ? { severity } : {}),
        ...(expected ? { fix: singleEditFix(paragraphIndex, [start, end], expected) } : {}),
      }),
    );
  let m = ARABIC_LINE.exec(line);
  if (m) {
    const [, year, month, day] = m;
    if (year.length !== 4) report(punctuationMsg.dateShortYear(line));
    else if (hasLeadingZero(month) || hasLeadingZero(day)) report(punctuationMsg.dateLeadingZero(line, formatDate(year, month, day)), formatDate(year, month, day));
    return true;
  }
  m = OTHER_LINE.exec(line);
  if (m) {
    const expected = formatDate(m[1], m[2], m[3]);
    report(punctuationMsg.dateForm(line, expected), expected);
    return true;
  }
  m = CHINESE_LINE.exec(line);
  if (m) {
    const month = chineseToNumber(m[2]);
    const day = chineseToNumber(m[3]);
    if (chineseNumeralHint && month !== undefined && day !== undefined && month <= 12 && day <= 31) {
      const year = [...m[1]].map((c) => YEAR_DIGITS[c]).join("");
      const expected = `${year}年${month}月${day}日`;
      report(punctuationMsg.dateChineseNumerals(line, expected), expected, "info");
    }
    return true;
  }
  return false;
}

function hasLeadingZero(part: string | undefined): boolean {
  return part !== undefined && part.length === 2 && part[0] === "0";
}

function formatDate(year: string, month: string, day: string | undefined): string {
  return `${year}年${Number(month)}月` + (day === undefined ? "" : `${Number(day)}日`);
}
