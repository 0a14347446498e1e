/**
 * punctuation-doc-number — GB/T 9704—2012 7.2.4: in a 发文字号 the year is given in full and put in 六角括号
 * 〔〕 (国发〔2024〕12号); [2024], （2024） and 【2024】 are the usual slips, since 〔〕 is not on the keyboard. A
 * 发文字号 is recognised where it is cited too (依据京政发[2023]5号文件), so that the citation is right as well.
 * 案号 such as （2024）京01民初1号 are another form and are not matched (see DOC_NUMBER).
 */
import type { Finding } from "../finding";
import { singleEditFix } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import { DOC_NUMBER } from "./punctuationChars";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-doc-number",
  category: "punctuation",
  ...punctuationRuleText.docNumber,
  defaultSeverity: "error",
  fixable: true,
  basis: PUNCTUATION_BASIS.docNumber,
};

export const punctuationDocNumber: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    doc.paragraphs.forEach((paragraph, paragraphIndex) => {
      const text = paragraph.text;
      if (!text.includes("号")) return;
      // exec on the one expression, not matchAll: that copies the expression for every paragraph with 号.
      DOC_NUMBER.lastIndex = 0;
      for (let m = DOC_NUMBER.exec(text); m !== null; m = DOC_NUMBER.exec(text)) {
        if (m[1] === "〔" && m[3] === "〕") continue;
        const expected = `〔${m[2]}〕`;
        const range: [number, number] = [m.index, m.index + m[0].length];
        findings.push(makeFinding(meta, doc, { paragraphIndex, range, message: punctuationMsg.docNumberBrackets(m[0], expected), fix: singleEditFix(paragraphIndex, range, expected) }));
      }
    });
    return findings;
  },
};
