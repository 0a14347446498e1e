/** The canonical text of an inline enumeration marker, shared by the enumeration rules so their fixes coincide. */
import type { Fix } from "../finding";
import type { EnumerationItem } from "../analysis/enumerations";
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

/** Whole-marker replacement, identical whichever enumeration rule proposes it. */
export function enumerationFix(item: EnumerationItem): Fix | undefined {
  const text = expectedEnumerationMarker(item);
  return text === undefined ? undefined : { range: [item.marker.start, item.marker.end], text };
}
