/**
 * placeholder — domain primer §4: every placeholder (*, ＊, XX, ××, ○○, □□, X月X日, XXXX年, empty 【】（）[ ],
 * ____) must be filled before submission. No fix: a placeholder needs real content, so the finding only points at it.
 */
import type { Finding } from "../finding";
import { scanPlaceholders } from "../analysis/placeholderScan";
import { BASIS, msg, ruleText } from "../messages";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "placeholder",
  category: "placeholder",
  ...ruleText.placeholder,
  defaultSeverity: "error",
  fixable: false,
  basis: BASIS.practice,
};

export const placeholder: Rule = {
  meta,
  check(doc, options) {
    const findings: Finding[] = [];
    for (const match of scanPlaceholders(doc, options.placeholder.flagFootnoteStar)) {
      if (match.pattern.kind !== "blank") continue;
      const excerpt = doc.paragraphs[match.paragraphIndex].text.slice(match.start, match.end);
      findings.push(makeFinding(meta, doc, { paragraphIndex: match.paragraphIndex, range: [match.start, match.end], message: msg.placeholder(excerpt) }));
    }
    return findings;
  },
};
