/**
 * numbering-hierarchy — GB/T 9704—2012 7.3.3: levels go 一、 → （一） → 1. → （1）. The first level a document uses is
 * its top (a top of （一） is accepted practice). Skipping a level downward (一、 then 1.) is tolerated: a hint. A level
 * coming back after a deeper one it should stand above (1. then （一）) is an error.
 */
import type { Finding } from "../finding";
import { analyzeOutline } from "../analysis/outline";
import { STANDARD_SHAPES } from "../markers/shapes";
import { BASIS, msg, ruleText } from "../messages";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "numbering-hierarchy",
  category: "numbering",
  ...ruleText.numberingHierarchy,
  defaultSeverity: "error",
  fixable: false,
  basis: BASIS.gbt9704,
};

export const numberingHierarchy: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    const skipsHinted = new Set<string>(); // a tolerated skip is hinted once per pair of levels, not under every parent
    for (const issue of analyzeOutline(doc).hierarchy) {
      if (issue.kind === "skip") {
        const pair = `${issue.otherLevel}>${issue.level}`;
        if (skipsHinted.has(pair)) continue;
        skipsHinted.add(pair);
      }
      const onList = issue.marker.source === "listString";
      const range: readonly [number, number] = onList ? [0, 0] : [issue.marker.start, issue.marker.end];
      const level = STANDARD_SHAPES[issue.level];
      const other = STANDARD_SHAPES[issue.otherLevel];
      const base = { paragraphIndex: issue.paragraphIndex, range, onListString: onList };
      if (issue.kind === "reversed") findings.push(makeFinding(meta, doc, { ...base, message: msg.hierarchyReversed(level, other) }));
      else if (issue.kind === "skip")
        findings.push(makeFinding(meta, doc, { ...base, severity: "info", basis: BASIS.practice, message: msg.hierarchySkip(level, other) }));
      else findings.push(makeFinding(meta, doc, { ...base, severity: "info", message: msg.hierarchyAboveTop(level, other) }));
    }
    return findings;
  },
};
