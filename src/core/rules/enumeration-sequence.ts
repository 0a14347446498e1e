/**
 * enumeration-sequence — 惯例 of the genre (domain primer §3): an inline enumeration runs 一是, 二是, 三是 … (or 一要…,
 * 第一，…) from 一 with no gap or duplicate, within one heading's scope, restarting at every new 一是.
 */
import type { Finding } from "../finding";
import { analyzeEnumerations } from "../analysis/enumerations";
import { BASIS, msg, ruleText } from "../messages";
import { enumerationFix, expectedEnumerationMarker } from "./enumerationText";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "enumeration-sequence",
  category: "enumeration",
  ...ruleText.enumerationSequence,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.practice,
};

export const enumerationSequence: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    for (const item of analyzeEnumerations(doc)) {
      if (item.event !== "break" && item.event !== "wrongStart") continue;
      const expected = expectedEnumerationMarker(item)!;
      const actual = item.marker.raw;
      const message =
        item.event === "wrongStart"
          ? msg.enumerationWrongStart(expected, actual)
          : item.previousValue === item.marker.value
            ? msg.enumerationDuplicate(expected, actual)
            : msg.enumerationGap(expected, actual);
      findings.push(
        makeFinding(meta, doc, {
          paragraphIndex: item.marker.paragraphIndex,
          range: [item.marker.start, item.marker.end],
          message,
          fix: enumerationFix(item, doc.paragraphs[item.marker.paragraphIndex].text),
        }),
      );
    }
    return findings;
  },
};
