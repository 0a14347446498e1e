/**
 * numbering-form — GB/T 9704—2012 7.3.3: markers are written "一、" "（一）" "1." "（1）" (configurable). Malformed
 * markers (一. （一）、 (一) 五) 1） （ 一）) are errors; a run mixing two acceptable forms (1. and 4、) is an error; a
 * run written consistently in a practice form (1、, a numeral alone on its line) is only a hint.
 */
import type { Finding } from "../finding";
import { analyzeOutline } from "../analysis/outline";
import { formatMarker } from "../markers/parse";
import type { HeadingLevel } from "../markers/shapes";
import { BASIS, LEVEL_NAMES, msg, ruleText } from "../messages";
import { expectedMarker, groupRuns, markerFix, markerRange, runTargetShape } from "./numberingRuns";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "numbering-form",
  category: "numbering",
  ...ruleText.numberingForm,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.gbt9704,
};

export const numberingForm: Rule = {
  meta,
  check(doc, options) {
    const findings: Finding[] = [];
    const hinted = new Set<string>(); // the practice hint is given once per level and shape, not once per run
    for (const run of groupRuns(analyzeOutline(doc).items)) {
      const level = run[0].marker.level as HeadingLevel;
      const canonical = options.numbering.canonicalShapes[level];
      const target = runTargetShape(run, options);
      const accepted = run.filter((i) => i.marker.form !== "malformed");
      const mixed = new Set(accepted.map((i) => i.marker.shape)).size > 1;
      for (const item of run) {
        if (item.marker.form !== "malformed" && !(mixed && item.marker.shape !== target)) continue;
        const onList = item.marker.source === "listString";
        const base = { paragraphIndex: item.paragraphIndex, range: markerRange(item), onListString: onList, fix: markerFix(item, target, doc.paragraphs[item.paragraphIndex].text) };
        const wanted = expectedMarker(item, target);
        if (item.marker.form === "malformed") {
          const message = onList
            ? msg.numberingListMalformed(LEVEL_NAMES[level], item.marker.raw, wanted)
            : msg.numberingMalformed(LEVEL_NAMES[level], item.marker.raw, wanted);
          findings.push(makeFinding(meta, doc, { ...base, message }));
        } else if (mixed && item.marker.shape !== target) {
          findings.push(makeFinding(meta, doc, { ...base, message: msg.numberingMixed(item.marker.raw, wanted) }));
        }
      }
      const first = accepted[0];
      if (first && !mixed && first.marker.shape !== canonical && !hinted.has(level + first.marker.shape)) {
        hinted.add(level + first.marker.shape);
        const suggestion = formatMarker(level, first.expected, canonical);
        findings.push(
          makeFinding(meta, doc, {
            paragraphIndex: first.paragraphIndex,
            range: markerRange(first),
            onListString: first.marker.source === "listString",
            severity: "info",
            basis: BASIS.practice,
            message: msg.numberingPractice(LEVEL_NAMES[level], first.marker.raw, suggestion),
            suggestions: [suggestion],
          }),
        );
      }
    }
    return findings;
  },
};
