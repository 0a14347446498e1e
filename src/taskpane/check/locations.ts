import type { DocSnapshot } from "../../core/model";
import { outlineOf } from "../../core/stats/outline";

const LABEL_MAX = 20;

/**
 * For each paragraph, the heading it sits under ("二、存在的问题和不足"), which a writer can find in Word; Word
 * shows no paragraph numbers. Paragraphs before the first heading have none.
 */
export function headingLocations(snapshot: DocSnapshot): readonly (string | undefined)[] {
  const locations: (string | undefined)[] = new Array(snapshot.paragraphs.length).fill(undefined);
  const outline = outlineOf(snapshot);
  let next = 0;
  let current: string | undefined;
  for (let index = 0; index < snapshot.paragraphs.length; index++) {
    while (next < outline.length && outline[next].paragraphIndex <= index) {
      const heading = outline[next].marker + outline[next].title;
      current = heading.length > LABEL_MAX ? `${heading.slice(0, LABEL_MAX)}…` : heading;
      next += 1;
    }
    locations[index] = current;
  }
  return locations;
}
