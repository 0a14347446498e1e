/** The canonical text of an inline enumeration marker, shared by the enumeration rules so their fixes coincide. */
import type { Fix } from "../finding";
import type { EnumerationItem } from "../analysis/enumerations";
import { scanEnumerationMarkers } from "../analysis/enumerationScan";
import { ACCEPTED_ORDINAL_MARKS, NUMBERED_FAMILIES, NumberedFamily } from "../patterns/enumeration";
import { numberToChinese } from "../text/numerals";

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
  if (item.family === "word") return undefined;
  const mark = item.family === item.marker.family ? item.marker.mark : undefined;
  return canonicalEnumerationMarker(item.family, item.expected, mark);
}

/**
 * Whole-marker replacement, identical whichever enumeration rule proposes it; none when the paragraph, fixed, would
 * not read that marker back (so a fix never leaves text the rule reads differently and fires on again).
 */
export function enumerationFix(item: EnumerationItem, paragraphText: string): Fix | undefined {
  const text = expectedEnumerationMarker(item);
  if (text === undefined) return undefined;
  const { start, end } = item.marker;
  const fixed = paragraphText.slice(0, start) + text + paragraphText.slice(end);
  // The original marker was accepted at `start`, and the text before it is unchanged: start a clause there.
  const reread = scanEnumerationMarkers(fixed, item.marker.paragraphIndex, start).find((m) => m.start === start);
  const readsBack = reread !== undefined && reread.raw === text && reread.value === item.expected && !reread.hasStraySpace;
  return readsBack ? { range: [start, end], text } : undefined;
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
  return reread !== undefined && reread.raw === text && reread.value === item.expected ? { range: [start, end], text } : undefined;
}
