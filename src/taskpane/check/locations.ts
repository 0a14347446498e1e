import { sameOutlineInput } from "../../core/analysis/outlineMemo";
import type { DocPart, DocSnapshot } from "../../core/model";
import { outlineOf } from "../../core/stats/outline";

const LABEL_MAX = 20;

export type Location =
  | { readonly kind: "heading" }
  | { readonly kind: "under"; readonly heading: string }
  | { readonly kind: "beforeHeadings" }
  /** Outside the main text: in a header, a footer, a note or a text box (no heading applies there). */
  | { readonly kind: "part"; readonly part: DocPart };

/** The label of paragraph `index` when it is a heading (its number and words, cut short), else undefined. */
function headingLabel(paragraphs: DocSnapshot["paragraphs"], index: number): string | undefined {
  // A heading's number depends on its own paragraph only: its outline alone is the document's, shifted.
  const [entry] = outlineOf({ paragraphs: [paragraphs[index]] });
  if (!entry) return undefined;
  const heading = entry.marker + entry.title;
  return heading.length > LABEL_MAX ? `${heading.slice(0, LABEL_MAX)}…` : heading;
}

/**
 * Where a writer finds each paragraph in Word, which shows no paragraph numbers: the heading it sits under
 * ("二、存在的问题和不足"), or that it is a heading itself, or that it comes before the first heading; for a
 * paragraph of a header, footer, note or text box, that part.
 *
 * Worked out only for the paragraphs asked, looking back from each to the nearest heading (and remembering what it
 * passed, so that no paragraph is looked at twice): a card far down an 800-page report costs the paragraphs back to
 * its heading, not every paragraph before it. Reading the headings from the top as far as asked took over 100 ms of
 * the 检查 tab's first drawing at 4× CPU slowdown, whose first group card can list a place near the end (issue 11).
 */
export function headingLocator(snapshot: DocSnapshot): (paragraphIndex: number) => Location | undefined {
  const { paragraphs } = snapshot;
  const count = paragraphs.length;
  const locations: (Location | undefined)[] = new Array(count);
  // For each paragraph looked at: its label when it is a heading, null when it is not.
  const labels: (string | null | undefined)[] = new Array(count);
  // For each paragraph passed: the nearest heading at or before it (-1: none), or -2 when not known yet.
  const nearest = new Int32Array(count).fill(-2);
  const labelOf = (index: number) => {
    let label = labels[index];
    if (label === undefined) label = labels[index] = headingLabel(paragraphs, index) ?? null;
    return label;
  };
  const headingAtOrBefore = (index: number): number => {
    let at = index;
    let found = -1;
    for (; at >= 0; at--) {
      if (nearest[at] !== -2) {
        found = nearest[at];
        break;
      }
      if (labelOf(at) !== null) {
        found = at;
        break;
      }
    }
    for (let k = index; k > at; k--) nearest[k] = found;
    if (at >= 0) nearest[at] = found;
    return found;
  };
  return (paragraphIndex) => {
    if (paragraphIndex < 0 || paragraphIndex >= count) return undefined;
    let location = locations[paragraphIndex];
    if (!location) {
      const part = paragraphs[paragraphIndex].part;
      if (part) location = { kind: "part", part };
      else if (labelOf(paragraphIndex) !== null) location = { kind: "heading" };
      else {
        const heading = paragraphIndex > 0 ? headingAtOrBefore(paragraphIndex - 1) : -1;
        location = heading >= 0 ? { kind: "under", heading: labelOf(heading) as string } : { kind: "beforeHeadings" };
      }
      locations[paragraphIndex] = location;
    }
    return location;
  };
}

/**
 * True when `b`'s places are `a`'s: a place is told from what the outline reads (a paragraph's text and automatic
 * number, which make a heading, its table level, its part), so the outline's own comparison says it. A re-check of an
 * unchanged document, or the 格式 part joining with the layout read, then keeps the places already read instead of
 * reading them all again at once, which took some 150 ms of the list's drawing at 4× CPU slowdown (issue 11).
 * Comparing is a pass over the paragraphs without parsing any heading number.
 */
export const sameHeadingsInput: (a: DocSnapshot, b: DocSnapshot) => boolean = sameOutlineInput;
