import type { DocPart, DocSnapshot } from "../../core/model";
import { outlineOf } from "../../core/stats/outline";
import { nextTurn } from "../shared/nextTurn";

const LABEL_MAX = 20;

export type Location =
  | { readonly kind: "heading" }
  | { readonly kind: "under"; readonly heading: string }
  | { readonly kind: "beforeHeadings" }
  /** Outside the main text: in a header, a footer, a note or a text box (no heading applies there). */
  | { readonly kind: "part"; readonly part: DocPart };

/** Paragraphs read at a time: a few milliseconds at 4× CPU slowdown, and few reads for a whole report. */
const CHUNK = 512;

/**
 * Where a writer finds each paragraph in Word, which shows no paragraph numbers: the heading it sits under
 * ("二、存在的问题和不足"), or that it is a heading itself, or that it comes before the first heading; for a
 * paragraph of a header, footer, note or text box, that part.
 *
 * Worked out only as far down the document as asked, a chunk at a time: the cards drawn first need the places of
 * their findings only, and reading every paragraph's heading number at once took some 80 ms of the 检查 tab's first
 * drawing of an 800-page report at 4× CPU slowdown (issue 11); the rest is read as later cards are drawn.
 */
export function headingLocator(snapshot: DocSnapshot): (paragraphIndex: number) => Location | undefined {
  const { paragraphs } = snapshot;
  const locations: Location[] = [];
  let current: string | undefined;
  const readTo = (end: number) => {
    const from = locations.length;
    // A heading's number depends on its own paragraph only: a chunk's outline is the document's, shifted.
    const outline = outlineOf({ paragraphs: paragraphs.slice(from, end) });
    let next = 0;
    for (let index = from; index < end; index++) {
      let isHeading = false;
      if (next < outline.length && outline[next].paragraphIndex + from === index) {
        const heading = outline[next].marker + outline[next].title;
        current = heading.length > LABEL_MAX ? `${heading.slice(0, LABEL_MAX)}…` : heading;
        isHeading = true;
        next += 1;
      }
      const part = paragraphs[index].part;
      if (part) locations.push({ kind: "part", part });
      else locations.push(isHeading ? { kind: "heading" } : current ? { kind: "under", heading: current } : { kind: "beforeHeadings" });
    }
  };
  return (paragraphIndex) => {
    if (paragraphIndex >= locations.length && paragraphIndex < paragraphs.length) {
      readTo(Math.min(paragraphs.length, Math.max(paragraphIndex + 1, locations.length + CHUNK)));
    }
    return locations[paragraphIndex];
  };
}

/**
 * Reads the places of all `count` paragraphs a chunk per turn, so that a re-check compares its cards' places with
 * readings already done, never reading the old document's headings then (`stopped`: a newer reading took over).
 */
export async function readInTurns(locate: (paragraphIndex: number) => unknown, count: number, stopped: () => boolean): Promise<void> {
  for (let index = 0; index < count; index += CHUNK) {
    await nextTurn();
    if (stopped()) return;
    locate(index);
  }
}

/** Every paragraph's place at once (see headingLocator). */
export function headingLocations(snapshot: DocSnapshot): readonly Location[] {
  const locate = headingLocator(snapshot);
  return snapshot.paragraphs.map((_, index) => locate(index) as Location);
}
