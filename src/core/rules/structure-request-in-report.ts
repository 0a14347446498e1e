/**
 * structure-request-in-report — 《党政机关公文处理工作条例》第十五条: a 报告 must not carry 请示 matters, so endings
 * such as 妥否，请批示 / 请予审批 are a warning. Skipped when the title shows the document is itself a 请示.
 */
import type { Finding } from "../finding";
import { REQUEST_GENRE_WORD, REQUEST_PHRASES } from "../patterns/structure";
import { BASIS, msg, ruleText } from "../messages";
import { trimSpaces } from "../text/spaces";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "structure-request-in-report",
  category: "structure",
  ...ruleText.structureRequestInReport,
  defaultSeverity: "warning",
  fixable: false,
  basis: BASIS.regulation15,
};

const REQUEST = new RegExp(REQUEST_PHRASES.join("|"), "g");

export const structureRequestInReport: Rule = {
  meta,
  check(doc) {
    const title = doc.paragraphs.find((p) => trimSpaces(p.text).length > 0)?.text ?? "";
    if (title.includes(REQUEST_GENRE_WORD) && trimSpaces(title).length <= 60) return [];
    const findings: Finding[] = [];
    doc.paragraphs.forEach((p, paragraphIndex) => {
      REQUEST.lastIndex = 0;
      for (let m = REQUEST.exec(p.text); m !== null; m = REQUEST.exec(p.text)) {
        findings.push(makeFinding(meta, doc, { paragraphIndex, range: [m.index, m.index + m[0].length], message: msg.structureRequestInReport(m[0]) }));
      }
    });
    return findings;
  },
};
