/**
 * enumeration-sequence — 惯例 of the genre (domain primer §3): an inline enumeration runs 一是, 二是, 三是 … (or 一要…,
 * 第一，…) from 一 with no gap or duplicate, within one heading's scope, restarting at every new 一是.
 *
 * Sequence words follow 首先 → 其次 → 再次 (→ 最后). They are ordinary words too, so they are only read as items of a
 * sequence a 首先， opened (see analysis/enumerations): there a word out of order or repeated is a warning (the word
 * might still be prose), and 其次，…再次， with no 首先 at all is a hint — the first item is often written without one.
 */
import type { Finding } from "../finding";
import { changingEdits } from "../fixPlan";
import type { DocSnapshot } from "../model";
import { enumerationSteps } from "../analysis/enumerations";
import { BASIS, msg, ruleText } from "../messages";
import { SEQUENCE_WORDS } from "../patterns/enumeration";
import type { EnumerationItem } from "../analysis/enumerations";
import { expectedEnumerationMarker, renumberEnumerationFix, wordFix } from "./enumerationText";
import { makeFinding } from "./report";
import { STEP_MS } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "enumeration-sequence",
  category: "enumeration",
  ...ruleText.enumerationSequence,
  defaultSeverity: "error",
  fixable: true,
  basis: BASIS.practice,
};

export const enumerationSequence: Rule = steppedRule(meta, function* (doc) {
  const findings: Finding[] = [];
  const began = performance.now();
  const items = yield* enumerationSteps(doc);
  // The findings' pass in steps of its own after a long analysis: each break's fix reads its run's later items
  // again, and in a cold page at 4x this pass, run in the analysis's last step, made that step the check's longest
  // (65-250 ms). A short document's check stays one step.
  if (performance.now() - began >= STEP_MS) yield;
  let since = performance.now();
  const runs = numberedRuns(items);
  // Index loops here and in numberedRuns: for-of makes an iterator result per item in a cold page.
  for (let k = 0; k < items.length; k++) {
    if (performance.now() - since >= STEP_MS) {
      yield;
      since = performance.now();
    }
    const item = items[k];
    if (item.event === "wordBreak" || item.event === "wordWithoutFirst") {
      findings.push(wordFinding(doc, item));
      continue;
    }
    if (item.event !== "break" && item.event !== "wrongStart") continue;
    const expected = expectedEnumerationMarker(item);
    if (expected === undefined) continue; // past 九十九是: no writer meant such a sequence
    const actual = item.marker.raw;
    const message =
      item.event === "wrongStart"
        ? msg.enumerationWrongStart(expected, actual)
        : item.previousValue === item.marker.value
          ? msg.enumerationDuplicate(expected, actual)
          : msg.enumerationGap(expected, actual);
    // One finding per break; its fix renumbers the rest of the sequence (issue 8).
    const run = runs.get(item.runId)!;
    const fix = renumberEnumerationFix(run, run.indexOf(item), doc);
    const later = changingEdits(fix, doc).length - 1;
    findings.push(
      makeFinding(meta, doc, {
        paragraphIndex: item.marker.paragraphIndex,
        range: [item.marker.start, item.marker.end],
        message: message + (later > 0 ? msg.renumberLater(later) : ""),
        fix,
      }),
    );
  }
  return findings;
});

/**
 * The numbered sequences (一是, 一要, 第一) that break somewhere, by run id, each in document order: a break's fix
 * renumbers the rest of its run. Only those: a long report has thousands of runs and a few dozen breaks, and a list
 * per run was a tenth of the check's allocation.
 */
function numberedRuns(items: readonly EnumerationItem[]): Map<number, EnumerationItem[]> {
  const runs = new Map<number, EnumerationItem[]>();
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.family !== "word" && (item.event === "break" || item.event === "wrongStart")) runs.set(item.runId, []);
  }
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.family === "word") continue;
    runs.get(item.runId)?.push(item);
  }
  // Nearly every run comes in order already (a loose first item is placed when its second comes): sort the others.
  for (const run of runs.values()) if (!inOrder(run)) run.sort(byPlace);
  return runs;
}

function byPlace(a: EnumerationItem, b: EnumerationItem): number {
  return a.marker.paragraphIndex - b.marker.paragraphIndex || a.marker.start - b.marker.start;
}

function inOrder(run: readonly EnumerationItem[]): boolean {
  for (let i = 1; i < run.length; i++) if (byPlace(run[i - 1], run[i]) > 0) return false;
  return true;
}

function wordFinding(doc: DocSnapshot, item: EnumerationItem): Finding {
  const { marker } = item;
  const base = { paragraphIndex: marker.paragraphIndex, range: [marker.start, marker.end] as const };
  const text = doc.paragraphs[marker.paragraphIndex].text;
  if (item.event === "wordWithoutFirst") {
    return makeFinding(meta, doc, { ...base, severity: "info", message: msg.enumerationWordWithoutFirst(marker.word!.word) });
  }
  const fix = wordFix(item, text);
  const expected = item.suggestion === undefined ? undefined : item.suggestion + (marker.mark ?? "");
  const previous = item.previousValue!;
  const message =
    marker.value === previous || (marker.value === 1 && expected !== undefined)
      ? expected !== undefined
        ? msg.enumerationDuplicate(expected, marker.raw)
        : msg.enumerationWordRepeat(marker.word!.word)
      : marker.value < previous
        ? msg.enumerationWordOrder(marker.word!.word, wordName(previous), expected)
        : expected !== undefined
          ? msg.enumerationGap(expected, marker.raw)
          : msg.enumerationWordOrder(marker.word!.word, wordName(previous));
  return makeFinding(meta, doc, { ...base, severity: "warning", message, fix });
}

function wordName(rank: number): string {
  return SEQUENCE_WORDS.find((w) => w.rank === rank)!.word;
}
