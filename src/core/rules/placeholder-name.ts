/**
 * placeholder-name — domain primer §4: 某某 is often a template name never replaced, but also legitimate prose
 * (某某同志 in a quoted example), so it is a warning the writer may ignore.
 */
import type { Finding } from "../finding";
import { scanPlaceholders } from "../analysis/placeholderScan";
import { BASIS, msg, ruleText } from "../messages";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "placeholder-name",
  category: "placeholder",
  ...ruleText.placeholderName,
  defaultSeverity: "warning",
  fixable: false,
  basis: BASIS.practice,
};

export const placeholderName: Rule = {
  meta,
  check(doc, options) {
    const findings: Finding[] = [];
    for (const match of scanPlaceholders(doc, options.placeholder.flagFootnoteStar)) {
      if (match.pattern.kind !== "name") continue;
      const excerpt = doc.paragraphs[match.paragraphIndex].text.slice(match.start, match.end);
      findings.push(makeFinding(meta, doc, { paragraphIndex: match.paragraphIndex, range: [match.start, match.end], message: msg.placeholderName(excerpt) }));
    }
    return findings;
  },
};
