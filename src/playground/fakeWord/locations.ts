/**
 * Location arithmetic of the simulated Word's Range and Paragraph proxies (ranges.ts): which span a
 * Word.RangeLocation, a selection mode or expandTo names. Pure functions of spans, run at sync time; the proxies
 * read the document (e.g. where a paragraph mark ends) and pass the positions in.
 */
import type { Span } from "./edit";
import { comparePos, type Pos } from "./positions";

export type RangeLocation = "Whole" | "Start" | "End" | "After" | "Content";

/** Every location getRange accepts, on a range and on a paragraph alike. */
export const RANGE_LOCATIONS: readonly RangeLocation[] = ["Whole", "Start", "End", "After", "Content"];

/** The collapsed span at one position: an insertion point. */
function pointAt(p: Pos): Span {
  return { start: p, end: p };
}

/** A range's Whole and Content are the range itself; Start is its start point, End and After its end point. */
export function rangeLocationSpan(loc: RangeLocation, s: Span): Span {
  if (loc === "Start") return pointAt(s.start);
  if (loc === "End" || loc === "After") return pointAt(s.end);
  return s;
}

/**
 * Word.RangeLocation for a paragraph spanning `s` (its text, without the mark): "End" is the point before the
 * paragraph mark and "Content" runs from Start to End; "Whole" includes the mark (its text ends with "\r") and
 * "After" is `afterMark`, the point after it.
 */
export function paragraphLocationSpan(loc: RangeLocation, s: Span, afterMark: Pos): Span {
  if (loc === "Whole") return { start: s.start, end: afterMark };
  if (loc === "After") return pointAt(afterMark);
  return rangeLocationSpan(loc, s);
}

/** What Range.select(mode) selects: the span, or the insertion point at its start or end. */
export function selectionSpan(mode: "Select" | "Start" | "End", s: Span): Span {
  if (mode === "Start") return pointAt(s.start);
  if (mode === "End") return pointAt(s.end);
  return s;
}

/** Range.expandTo: from the earlier start to the later end of the two spans. */
export function coveringSpan(a: Span, b: Span): Span {
  return { start: comparePos(a.start, b.start) <= 0 ? a.start : b.start, end: comparePos(a.end, b.end) >= 0 ? a.end : b.end };
}
