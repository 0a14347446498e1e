/**
 * numbering-form — GB/T 9704—2012 7.3.3: markers are written "一、" "（一）" "1." "（1）" (configurable).
 * - A slip is an error wherever it stands: stray spaces inside (（ 一）), full-width digits, a comma, colon or space
 *   after the numeral (一，2022年工作回顾, 一 2024年工作总结).
 * - Another shape used consistently (1、 or 1． for a whole list, (一) throughout) is a house style real documents use
 *   (issue 8): one hint per level and shape, with a fix that writes them all in the standard form.
 * - A run mixing shapes (1. 2. 3、 4.) is an error on the odd ones out.
 * Slips and odd ones out are each reported once per run, on the first, with a fix for all of them.
 * A marker that also breaks its run's sequence is reported once, by numbering-sequence, whose fix writes the shape
 * too (one finding, one fix, one message per marker).
 */
import type { Finding, ParagraphEdit } from "../finding";
import { outlineSteps, type OutlineItem } from "../analysis/outline";
import type { DocSnapshot } from "../model";
import { formatMarker } from "../markers/parse";
import { STANDARD_SHAPES, type HeadingLevel } from "../markers/shapes";
import type { CheckOptions } from "../options";
import { BASIS, LEVEL_NAMES, msg, ruleText } from "../messages";
import { canWrite, expectedMarker, groupRuns, markerEdit, markerRange, runTargetShape } from "./numberingRuns";
import { makeFinding } from "./report";
import { inItemSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "numbering-form",
  category: "numbering",
  ...ruleText.numberingForm,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.gbt9704,
};

export const numberingForm: Rule = steppedRule(meta, function* (doc, options) {
  const findings: Finding[] = [];
  const sequenceReports = options.rules["numbering-sequence"] !== false;
  // Runs written in a house style, by level and shape: one hint each, its fix covering all of them.
  const houseStyles = new Map<string, OutlineItem[]>();
  const runs = groupRuns((yield* outlineSteps(doc)).items);
  // In slices of runs: in a cold page at 4× this pass over 800 pages took 40–130 ms in one task.
  yield* inItemSlices(runs.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const run = runs[r];
      const level = run[0].marker.level;
      const target = runTargetShape(run, options);
      // Past 九十九 no marker can be written (the run is no writer's): such items get no finding rather than a crash.
      const own = run.filter((item) => !(sequenceReports && (item.event === "break" || item.event === "wrongStart")) && canWrite(target, item.expected));
      const targetUsed = own.some((item) => item.marker.shape === target);
      // One finding per way a run's markers are written wrong, on the first, its fix covering all of them: a list
      // pasted with 2 、 throughout is one slip repeated, not twenty (issue 8).
      for (const group of groupByForm(own, (item) => item.marker.slip || item.marker.shape !== target)) {
        const first = group[0];
        const message = (wanted: string) =>
          (first.marker.slip
            ? first.marker.source === "listString"
              ? msg.numberingListMalformed(LEVEL_NAMES[level], first.marker.raw, wanted)
              : msg.numberingMalformed(LEVEL_NAMES[level], first.marker.raw, wanted)
            : targetUsed // an odd one out of a style the run uses (1. 2. 3、), or of the standard form (一. 二．)
              ? msg.numberingMixed(first.marker.raw, wanted)
              : msg.numberingMalformed(LEVEL_NAMES[level], first.marker.raw, wanted)) + countNote(group.length);
        findings.push(runFinding(doc, group, target, message));
      }
      if (target !== options.numbering.canonicalShapes[level]) {
        const key = `${level}${target}`;
        const items = houseStyles.get(key) ?? [];
        for (const item of run) if (!item.marker.slip && item.marker.shape === target) items.push(item);
        houseStyles.set(key, items);
      }
    }
  });
  for (const items of houseStyles.values()) if (items.length > 0) findings.push(houseStyleHint(doc, options, items));
  return findings;
});

/**
 * The markers `wrong` picks out, grouped by how they are written (the numerals aside), in the order each way first
 * appears: a list pasted with 2 、 throughout is one group, and so are the 3. scattered through a run of 1．.
 */
function groupByForm(run: readonly OutlineItem[], wrong: (item: OutlineItem) => boolean): OutlineItem[][] {
  const groups = new Map<string, OutlineItem[]>();
  for (const item of run) {
    if (!wrong(item)) continue;
    const key = formKey(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** A marker's writing with its numeral abstracted: 2 、 and 12 、 are alike, 2 、 and 2、 are not. */
function formKey(item: OutlineItem): string {
  return item.marker.raw.replace(/[0-9０-９]+|[〇零一二三四五六七八九十百]+/, "1");
}

/** A finding on the first of these markers, its fix writing each of them in `target` at its own position. */
function runFinding(doc: DocSnapshot, items: readonly OutlineItem[], target: string, message: (wanted: string) => string): Finding {
  const first = items[0];
  const edits = items.flatMap((item): ParagraphEdit[] => {
    const edit = markerEdit(item, target, item.expected, doc.paragraphs[item.paragraphIndex].text);
    return edit ? [edit] : [];
  });
  const whole = edits.length === items.length; // all or nothing, as every fix
  return makeFinding(meta, doc, {
    paragraphIndex: first.paragraphIndex,
    range: markerRange(first),
    onListString: first.marker.source === "listString",
    message: message(expectedMarker(first, target)),
    ...(whole ? { fix: { edits } } : {}),
  });
}

/** 本组共 N 处同样写法，修正时一并改正。 when the finding stands for more than its own marker. */
function countNote(count: number): string {
  return count > 1 ? msg.sameInRun(count) : "";
}

/** 本组三级标题用“1．”编号……: on the first marker of the style, with a fix writing every one of them as the standard. */
function houseStyleHint(doc: DocSnapshot, options: CheckOptions, items: readonly OutlineItem[]): Finding {
  const first = items[0];
  const level = first.marker.level as HeadingLevel;
  const canonical = options.numbering.canonicalShapes[level];
  const edits = items.flatMap((item): ParagraphEdit[] => {
    const edit = markerEdit(item, canonical, item.marker.value, doc.paragraphs[item.paragraphIndex].text);
    return edit ? [edit] : [];
  });
  const suggestion = formatMarker(level, first.marker.value, canonical);
  const fixable = edits.length > 0 && edits[0].paragraphIndex === first.paragraphIndex;
  return makeFinding(meta, doc, {
    paragraphIndex: first.paragraphIndex,
    range: markerRange(first),
    onListString: first.marker.source === "listString",
    severity: "info",
    basis: BASIS.practice,
    message: msg.numberingPractice(LEVEL_NAMES[level], first.marker.raw, suggestion, items.length, canonical !== STANDARD_SHAPES[level]),
    suggestions: [suggestion],
    ...(fixable ? { fix: { edits } } : {}),
  });
}
