/**
 * numbering-sequence — GB/T 9704—2012 7.3.3 (结构层次序数): heading numbers run 一、二、三… within one run, without
 * gaps or duplicates, starting at 一 under every new parent. A restart at 一 after an unnumbered part title is normal
 * (long reports); without one it is only a hint. An unnumbered title standing exactly where skipped numbers belong is
 * reported as a lost marker (so 五) or a dropped （二） does not cascade into false gaps).
 */
import type { Finding } from "../finding";
import { analyzeOutline } from "../analysis/outline";
import { formatMarker } from "../markers/parse";
import { BASIS, msg, ruleText } from "../messages";
import { leadingSpaceLength, trimSpaces } from "../text/spaces";
import { expectedMarker, markerFix, markerRange, readsBackAs, targetShapes } from "./numberingRuns";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "numbering-sequence",
  category: "numbering",
  ...ruleText.numberingSequence,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.gbt9704,
};

export const numberingSequence: Rule = {
  meta,
  check(doc, options) {
    const outline = analyzeOutline(doc);
    const shapes = targetShapes(outline.items, options);
    const findings: Finding[] = [];
    for (const item of outline.items) {
      const onList = item.marker.source === "listString";
      if (item.event !== "break" && item.event !== "wrongStart" && !item.restartWithoutTitle) continue;
      const shape = shapes.get(item.runId)!;
      const expected = expectedMarker(item, shape);
      const actual = item.marker.raw;
      const base = { paragraphIndex: item.paragraphIndex, range: markerRange(item), onListString: onList, fix: markerFix(item, shape, doc.paragraphs[item.paragraphIndex].text) };
      if (item.event === "break") {
        const duplicate = item.previousValue === item.marker.value;
        const message = duplicate ? msg.numberingDuplicate(expected, actual) : msg.numberingGap(expected, actual);
        findings.push(makeFinding(meta, doc, { ...base, message }));
      } else if (item.event === "wrongStart") {
        findings.push(makeFinding(meta, doc, { ...base, message: msg.numberingWrongStart(expected, actual) }));
      } else if (item.restartWithoutTitle) {
        findings.push(makeFinding(meta, doc, { ...base, fix: undefined, severity: "info", message: msg.numberingRestart(actual) }));
      }
    }
    for (const lost of outline.missing) {
      const text = doc.paragraphs[lost.paragraphIndex].text;
      const start = leadingSpaceLength(text);
      const shape = shapes.get(lost.runId) ?? options.numbering.canonicalShapes[lost.level];
      const marker = formatMarker(lost.level, lost.expected, shape);
      const fix = { range: [start, start] as const, text: marker };
      findings.push(
        makeFinding(meta, doc, {
          paragraphIndex: lost.paragraphIndex,
          range: [start, start + trimSpaces(text).length],
          message: msg.numberingMissing(marker),
          // Offered only when the line then reads as that heading (2. before 9×… would make 2.9, not a marker).
          ...(readsBackAs(text, fix, lost.level, lost.expected) ? { fix } : {}),
        }),
      );
    }
    return findings;
  },
};
