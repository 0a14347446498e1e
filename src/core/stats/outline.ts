/** The heading outline shown in 概览: every 一、/（一）/1./（1） heading, typed or numbered by Word. */
import type { DocSnapshot } from "../model";
import { parseHeadingMarker } from "../markers";
import type { HeadingLevel } from "../markers";
import { firstSentenceEnd } from "../text/sentences";

export interface OutlineEntry {
  readonly paragraphIndex: number;
  /** The paragraph's text when read, to check the document has not changed before selecting it. */
  readonly paragraphText: string;
  readonly level: HeadingLevel;
  /** The number as the reader sees it: typed, or Word's automatic number. */
  readonly marker: string;
  /** The heading's words; a heading that runs into its paragraph ends at its first full stop. */
  readonly title: string;
  readonly automatic: boolean;
}

const TITLE_MAX_LENGTH = 60;

export function outlineOf(snapshot: DocSnapshot): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  snapshot.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.tableNestingLevel > 0) return; // a numbered cell is not a heading of the document
    const marker = parseHeadingMarker(paragraph);
    if (!marker) return;
    const words = paragraph.text.slice(marker.bodyStart);
    const title = words.slice(0, firstSentenceEnd(words)).trim();
    outline.push({
      paragraphIndex,
      paragraphText: paragraph.text,
      level: marker.level,
      marker: marker.raw.trim(),
      title: title.length > TITLE_MAX_LENGTH ? `${title.slice(0, TITLE_MAX_LENGTH)}…` : title,
      automatic: marker.source === "listString",
    });
  });
  return outline;
}
