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
import type { DocSnapshot } from "../model";
import { paragraphPass } from "../paragraphMemo";
import { findingsIn } from "./keptFindings";
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
    for (let paragraphIndex = 0; paragraphIndex < doc.paragraphs.length; paragraphIndex++) {
      findingsIn(docNumberPass, doc, paragraphIndex, undefined, mayFind, paragraphFindings, findings);
    }
    return findings;
  },
};

/** A paragraph's findings: from its text alone, kept across checks (./keptFindings.ts). */
const docNumberPass = paragraphPass<undefined, readonly Finding[]>("punctuation-doc-number");

const mayFind = (text: string) => text.includes("号");

function paragraphFindings(doc: DocSnapshot, paragraphIndex: number): Finding[] {
  const findings: Finding[] = [];
  const paragraph = doc.paragraphs[paragraphIndex];
  const text = paragraph.text;
  if (!text.includes("号")) return findings;
  // exec on the one expression, not matchAll: that copies the expression for every paragraph with 号.
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(text); m !== null; m = DOC_NUMBER.exec(text)) {
    if (m[1] === "〔" && m[3] === "〕") continue;
    const expected = `〔${m[2]}〕`;
    const range: [number, number] = [m.index, m.index + m[0].length];
    findings.push(makeFinding(meta, doc, { paragraphIndex, range, message: punctuationMsg.docNumberBrackets(m[0], expected), fix: singleEditFix(paragraphIndex, range, expected) }));
  }
  return findings;
}
