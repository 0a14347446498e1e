/** The canonical text of an inline enumeration marker, shared by the enumeration rules so their fixes coincide. */
import { Fix, ParagraphEdit, singleEditFix } from "../finding";
import type { DocSnapshot } from "../model";
import type { EnumerationItem } from "../analysis/enumerations";
import { scanEnumerationMarkers } from "../analysis/enumerationScan";
import { ACCEPTED_ORDINAL_MARKS, NUMBERED_FAMILIES, NumberedFamily } from "../patterns/enumeration";
import { MAX_CHINESE_NUMBER, numberToChinese } from "../text/numerals";

/** 一是 / 二要 / 第三， (the mark after 第N kept when it is ，or ：, otherwise ，). */
export function canonicalEnumerationMarker(family: NumberedFamily, n: number, mark?: string): string {
  const pattern = NUMBERED_FAMILIES[family];
  const numeral = numberToChinese(n);
  if (pattern.prefix !== undefined) {
    const kept = mark && ACCEPTED_ORDINAL_MARKS.includes(mark) ? mark : ACCEPTED_ORDINAL_MARKS[0];
    return pattern.prefix + numeral + kept;
  }
  return numeral + (pattern.suffix ?? "");
}

/** The marker this item should carry: its sequence's style, its expected number, no stray space. */
export function expectedEnumerationMarker(item: EnumerationItem): string | undefined {
  if (item.family === "word" || item.expected < 1 || item.expected > MAX_CHINESE_NUMBER) return undefined;
  const mark = item.family === item.marker.family ? item.marker.mark : undefined;
  return canonicalEnumerationMarker(item.family, item.expected, mark);
}

/**
 * Whole-marker replacement writing the item as number `value` of its sequence, identical whichever enumeration rule
 * proposes it; none when the paragraph, fixed, would not read that marker back (so a fix never leaves text the rule
 * reads differently and fires on again).
 */
function markerEdit(item: EnumerationItem, value: number, paragraphText: string): ParagraphEdit | undefined {
  if (value < 1 || value > MAX_CHINESE_NUMBER) return undefined;
  const text = expectedEnumerationMarker({ ...item, expected: value });
  if (text === undefined) return undefined;
  const { start, end, paragraphIndex } = item.marker;
  const fixed = paragraphText.slice(0, start) + text + paragraphText.slice(end);
  // The original marker was accepted at `start`, and the text before it is unchanged: start a clause there.
  const reread = scanEnumerationMarkers(fixed, paragraphIndex, start).find((m) => m.start === start);
  const readsBack = reread !== undefined && reread.raw === text && reread.value === value && !reread.hasStraySpace;
  return readsBack ? { paragraphIndex, range: [start, end], text } : undefined;
}

/** The item written as it should be at its position, in its sequence's style. */
export function enumerationFix(item: EnumerationItem, paragraphText: string): Fix | undefined {
  const edit = markerEdit(item, item.expected, paragraphText);
  return edit ? { edits: [edit] } : undefined;
}

/**
 * The fix of a break at `run[from]`: it and the later items of its sequence renumbered to follow on from the item
 * before it as written (from 一 for a wrong start), so that one fix settles the run (一是 三是 四是 → 一是 二是 三是).
 * Items already right stay in the fix as claims (see Fix). None when one of them would not read back.
 */
export function renumberEnumerationFix(run: readonly EnumerationItem[], from: number, doc: DocSnapshot): Fix | undefined {
  const base = from > 0 ? run[from - 1].marker.value : 0;
  const edits: ParagraphEdit[] = [];
  for (let k = from; k < run.length; k++) {
    const item = run[k];
    const edit = markerEdit(item, base + (k - from) + 1, doc.paragraphs[item.marker.paragraphIndex].text);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits.length > 0 ? { edits } : undefined;
}

/**
 * For a sequence word out of place (首先…再次…其次): the word its position calls for, keeping the mark after it; none
 * when there is no such word or the paragraph, fixed, would not read it back (其次是 → 再次是 is no marker).
 */
export function wordFix(item: EnumerationItem, paragraphText: string): Fix | undefined {
  if (item.suggestion === undefined) return undefined;
  const { start, end, mark } = item.marker;
  const text = item.suggestion + (mark ?? "");
  const fixed = paragraphText.slice(0, start) + text + paragraphText.slice(end);
  const reread = scanEnumerationMarkers(fixed, item.marker.paragraphIndex, start).find((m) => m.start === start);
  const readsBack = reread !== undefined && reread.raw === text && reread.value === item.expected;
  return readsBack ? singleEditFix(item.marker.paragraphIndex, [start, end], text) : undefined;
}
