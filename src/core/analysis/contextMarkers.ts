/**
 * Heading markers read in the light of their neighbours (issue 8, lawtext reports): lines that alone read as prose
 * but stand where a run expects exactly their number.
 */
import type { DocSnapshot } from "../model";
import { formatMarker, HeadingMarker, parseBareArabicMarker, parseHeadingMarker, parseTextMarkerBeforeDigits } from "../markers/parse";
import type { HeadingLevel } from "../markers/shapes";
import type { SequenceTracker } from "./sequence";

/** How far a 1. followed by digits looks for the 2. that shows it is the first item of a list. */
const LOOKAHEAD_LINES = 3;

/**
 * Markers read in the light of their neighbours (issue 8, lawtext reports), where the line alone reads as prose:
 * 10.53项冠军产品 after 9. (an Arabic marker followed by digits), and 41“振兴初中” after 40. (a number that lost its
 * mark: a slip, reported as such, not a gap at 42.). The open run must expect exactly this number and, for a number
 * without its mark, the next item follow on from it; digits after 1. count where a 2. follows within the next lines.
 */
export function markerInContext(doc: DocSnapshot, index: number, trackers: ReadonlyMap<HeadingLevel, SequenceTracker>): HeadingMarker | undefined {
  const paragraph = doc.paragraphs[index];
  if (paragraph.listString !== undefined) return undefined;
  const bare = parseBareArabicMarker(paragraph.text);
  if (bare && trackers.get(bare.level)!.expects(bare.value) && nextItemValue(doc, index, bare.level) === bare.value + 1) return bare;
  const marker = parseTextMarkerBeforeDigits(paragraph.text);
  if (!marker) return undefined;
  if (trackers.get(marker.level)!.expects(marker.value)) return marker;
  return marker.value === 1 && nextItemValue(doc, index, marker.level) === 2 ? marker : undefined;
}

/**
 * （6） opening a paragraph whose previous paragraph holds …（4）…（5） inline (永州 2020, 铜仁 2014): the list goes on
 * from the text before it, it does not start at （6）. Bracketed numbers only: 5. inside a sentence is a decimal.
 */
export function continuesInlineList(doc: DocSnapshot, index: number, marker: HeadingMarker): boolean {
  if (marker.value < 2 || marker.source !== "text" || !/[）)]/.test(marker.shape)) return false;
  let previous = index - 1;
  while (previous >= 0 && doc.paragraphs[previous].text.trim() === "") previous--;
  if (previous < 0) return false;
  const text = doc.paragraphs[previous].text;
  // The two items before it inline (or just （1）): one bracketed number in a sentence may be anything.
  const last = text.indexOf(formatMarker(marker.level, marker.value - 1, marker.shape));
  return last > 0 && (marker.value === 2 || text.lastIndexOf(formatMarker(marker.level, marker.value - 2, marker.shape), last) >= 0);
}

/** The number of the next item at `level` within the next few lines, if one is there. */
function nextItemValue(doc: DocSnapshot, index: number, level: HeadingLevel): number | undefined {
  for (let next = index + 1; next < Math.min(doc.paragraphs.length, index + 1 + LOOKAHEAD_LINES); next++) {
    const following = doc.paragraphs[next];
    const seen = parseHeadingMarker(following) ?? (following.listString === undefined ? parseTextMarkerBeforeDigits(following.text) : undefined);
    if (seen?.level === level) return seen.value;
  }
  return undefined;
}
