/**
 * numbering-sequence — GB/T 9704—2012 7.3.3 (结构层次序数): heading numbers run 一、二、三… within one run, without
 * gaps or duplicates, starting at 一 under every new parent — or carrying on the numbers of the previous parent, a
 * house style of long reports (民生实事 1.–82. through 一、…十、). A restart at 一 after an unnumbered part title is
 * normal (long reports); without one it is only a hint. An unnumbered title standing exactly where skipped numbers
 * belong is reported as a lost marker (so 五) or a dropped （二） does not cascade into false gaps). A break is one
 * finding whose fix renumbers the rest of its run (issue 8: 一、三、四、五、 is one finding, not three).
 */
import { Finding, singleEditFix } from "../finding";
import { changingEdits } from "../fixPlan";
import { outlineSteps } from "../analysis/outline";
import { formatMarker } from "../markers/parse";
import { BASIS, msg, ruleText } from "../messages";
import { leadingSpaceLength, trimSpaces } from "../text/spaces";
import { canWrite, expectedMarker, groupRuns, markerRange, readsBackAs, renumberFix, runTargetShape } from "./numberingRuns";
import { makeFinding } from "./report";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "numbering-sequence",
  category: "numbering",
  ...ruleText.numberingSequence,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.gbt9704,
};

export const numberingSequence: Rule = steppedRule(meta, function* (doc, options) {
  const outline = yield* outlineSteps(doc);
  const findings: Finding[] = [];
  const runs = groupRuns(outline.items);
  for (const run of runs) {
    const shape = runTargetShape(run, options);
    run.forEach((item, k) => {
      if (item.event !== "break" && item.event !== "wrongStart" && !item.restartWithoutTitle) return;
      if (!canWrite(shape, item.expected)) return; // past 九十九: no writer meant such a run (robustness suite)
      const expected = expectedMarker(item, shape);
      const actual = item.marker.raw;
      const base = { paragraphIndex: item.paragraphIndex, range: markerRange(item), onListString: item.marker.source === "listString" };
      if (item.restartWithoutTitle) {
        findings.push(makeFinding(meta, doc, { ...base, severity: "info", message: msg.numberingRestart(actual) }));
        return;
      }
      // One finding per break; its fix renumbers the rest of the run, and the message says how far that reaches.
      const fix = renumberFix(run, k, shape, doc);
      const later = Math.max(0, changingEdits(fix, doc).length - 1);
      const duplicate = item.event === "break" && item.previousValue === item.marker.value;
      const message =
        item.event === "wrongStart"
          ? msg.numberingWrongStart(expected, actual)
          : duplicate
            ? msg.numberingDuplicate(expected, actual)
            : msg.numberingGap(expected, actual);
      findings.push(makeFinding(meta, doc, { ...base, message: message + (later > 0 ? msg.renumberLater(later) : ""), fix }));
    });
  }
  const runById = new Map(runs.map((run) => [run[0].runId, run]));
  for (const lost of outline.missing) {
    const text = doc.paragraphs[lost.paragraphIndex].text;
    const start = leadingSpaceLength(text);
    const run = runById.get(lost.runId);
    const shape = run ? runTargetShape(run, options) : options.numbering.canonicalShapes[lost.level];
    const marker = formatMarker(lost.level, lost.expected, shape);
    const insertion = { range: [start, start] as const, text: marker };
    findings.push(
      makeFinding(meta, doc, {
        paragraphIndex: lost.paragraphIndex,
        range: [start, start + trimSpaces(text).length],
        message: msg.numberingMissing(marker),
        // Offered only when the line then reads as that heading (2. before 9×… would make 2.9, not a marker).
        ...(readsBackAs(text, insertion, lost.level, lost.expected) ? { fix: singleEditFix(lost.paragraphIndex, insertion.range, marker) } : {}),
      }),
    );
  }
  return findings;
});
