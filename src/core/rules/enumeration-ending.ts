/**
 * enumeration-ending — 惯例 of the genre (domain primer §3): the items of an inline enumeration inside one paragraph
 * end alike — all with ；(and a final 。) or all with 。. A hint, with a fix to the style the first item set.
 *
 * The last item closes the enumeration with 。: one ending its paragraph with ；(……；三是……；) gets a hint with the fix
 * ； → 。, one with no closing punctuation at all a hint with 。 added (none in a table cell, where items often stand
 * bare). Only where the enumeration's style is plain — the item before it in the same paragraph, or its paragraph
 * ending with ；(or, for a missing mark, with ；/。); items in different paragraphs are otherwise not compared.
 * A house style (options.enumeration.itemEnding) fixes the ending instead of the first item: every item is compared.
 */
import { Finding, singleEditFix } from "../finding";
import type { DocSnapshot } from "../model";
import { enumerationSteps, type EnumerationItem } from "../analysis/enumerations";
import { BASIS, msg, ruleText } from "../messages";
import { isSpaceCode } from "../text/spaces";
import { makeFinding } from "./report";
import { inItemSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "enumeration-ending",
  category: "enumeration",
  ...ruleText.enumerationEnding,
  defaultSeverity: "info",
  fixable: true,
  basis: BASIS.practice,
};

/** Item endings compared; a comma between items is left alone. */
const ENDINGS = "。；";
/** Closers that may follow an item's last words (……“丙”): the mark is looked for before them. */
const CLOSERS = "”’」』）)";
const SEMICOLONS = "；;";
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_ENDS = /[。！？!?]/;

export const enumerationEnding: Rule = steppedRule(meta, function* (doc, options) {
  const findings: Finding[] = [];
  const house = options.enumeration.itemEnding;
  const items = yield* enumerationSteps(doc);
  // Per run, by its id (small integers counted from 1 by the analysis): arrays, not Maps — a long report has
  // thousands of runs, and three Maps grown entry by entry were most of this rule's allocation.
  const firstEnding: Array<string | undefined> = [];
  /** The last item of each run so far, and the one before it: no pair allocated per item. */
  const previous: Array<EnumerationItem | undefined> = [];
  const beforeLast: Array<EnumerationItem | undefined> = [];
  /** Run ids in the order their first item comes in the items: the order the final hints are made in. */
  const runs: number[] = [];
  // In slices of items: in a cold page at 4× this loop, run in one task, took 40–250 ms on 800 pages.
  yield* inItemSlices(items.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const item = items[k];
      if (item.family === "word" || item.runId === 0) continue;
      const runId = item.runId;
      const before = previous[runId];
      if (before === undefined) runs.push(runId);
      previous[runId] = item;
      beforeLast[runId] = before;
      if (!before || before.marker.paragraphIndex !== item.marker.paragraphIndex) continue;
      const text = doc.paragraphs[item.marker.paragraphIndex].text;
      let at = item.marker.start - 1;
      while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
      const ending = text[at];
      if (!ENDINGS.includes(ending ?? "x")) continue;
      const style = house ?? firstEnding[runId];
      if (style === undefined) firstEnding[runId] = ending;
      else if (style !== ending) {
        findings.push(
          makeFinding(meta, doc, {
            paragraphIndex: item.marker.paragraphIndex,
            range: [at, at + 1],
            message: house ? msg.enumerationEndingHouse(ending, style) : msg.enumerationEnding(ending, style),
            fix: singleEditFix(item.marker.paragraphIndex, [at, at + 1], style),
          }),
        );
      }
    }
  });
  yield* inItemSlices(runs.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const before = beforeLast[runs[r]];
      const finding = before && finalEnding(doc, before, previous[runs[r]]!);
      if (finding) findings.push(finding);
    }
  });
  return findings;
});

/** The paragraph's last non-space character's index (-1 when blank). */
function lastVisible(text: string): number {
  let at = text.length - 1;
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
  return at;
}

/** The hint on an enumeration's last item that does not end with 。 (……；三是……；, or no mark at all). */
function finalEnding(doc: DocSnapshot, before: EnumerationItem, last: EnumerationItem): Finding | undefined {
  const paragraphIndex = last.marker.paragraphIndex;
  const paragraph = doc.paragraphs[paragraphIndex];
  const text = paragraph.text;
  // A 。 after the last marker closed the item (what follows is other prose).
  if (SENTENCE_ENDS.test(text.slice(last.marker.end))) return undefined;
  const end = lastVisible(text);
  let mark = end;
  while (mark > last.marker.end && CLOSERS.includes(text[mark])) mark--;
  if (mark < last.marker.end) return undefined;
  const sameParagraph = before.marker.paragraphIndex === paragraphIndex;
  const beforeText = doc.paragraphs[before.marker.paragraphIndex].text;
  const beforeEnding = beforeText[lastVisible(beforeText)];
  if (SEMICOLONS.includes(text[mark]) && mark === end) {
    if (!sameParagraph && !SEMICOLONS.includes(beforeEnding ?? "x")) return undefined;
    return makeFinding(meta, doc, {
      paragraphIndex,
      range: [mark, mark + 1],
      message: msg.enumerationFinalEnding(text[mark]),
      fix: singleEditFix(paragraphIndex, [mark, mark + 1], "。"),
    });
  }
  if (!WORD_CHAR.test(text[mark]) || paragraph.tableNestingLevel > 0) return undefined;
  if (!sameParagraph && !(SEMICOLONS + ENDINGS).includes(beforeEnding ?? "x")) return undefined;
  return makeFinding(meta, doc, {
    paragraphIndex,
    range: [end, end + 1],
    message: msg.enumerationFinalMissing(),
    fix: singleEditFix(paragraphIndex, [end + 1, end + 1], "。"),
  });
}
