import type { DocPart, DocSnapshot } from "../../core/model";
import { outlineOf } from "../../core/stats/outline";

const LABEL_MAX = 20;

export type Location =
  | { readonly kind: "heading" }
  | { readonly kind: "under"; readonly heading: string }
  | { readonly kind: "beforeHeadings" }
  /** Outside the main text: in a header, a footer, a note or a text box (no heading applies there). */
  | { readonly kind: "part"; readonly part: DocPart };

/**
 * For each paragraph, where a writer finds it in Word, which shows no paragraph numbers: the heading it sits under
 * ("二、存在的问题和不足"), or that it is a heading itself, or that it comes before the first heading; for a
 * paragraph of a header, footer, note or text box, that part.
 */
export function headingLocations(snapshot: DocSnapshot): readonly Location[] {
  const locations: Location[] = new Array(snapshot.paragraphs.length);
  const outline = outlineOf(snapshot);
  let next = 0;
  let current: string | undefined;
  for (let index = 0; index < snapshot.paragraphs.length; index++) {
    let isHeading = false;
    while (next < outline.length && outline[next].paragraphIndex <= index) {
      const heading = outline[next].marker + outline[next].title;
      current = heading.length > LABEL_MAX ? `${heading.slice(0, LABEL_MAX)}…` : heading;
      isHeading = outline[next].paragraphIndex === index;
      next += 1;
    }
    const part = snapshot.paragraphs[index].part;
    if (part) {
      locations[index] = { kind: "part", part };
      continue;
    }
    locations[index] = isHeading ? { kind: "heading" } : current ? { kind: "under", heading: current } : { kind: "beforeHeadings" };
  }
  return locations;
}
