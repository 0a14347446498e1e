/**
 * Where a paragraph sits for a writer: body paragraphs by their number in the main text, paragraphs of headers,
 * footers, notes and text boxes by their number within that part (the snapshot lists them after the body).
 */
import { PART_NAMES } from "../core/messages";
import type { DocPart, DocSnapshot } from "../core/model";
import { CLI_MESSAGES } from "./messages";

export interface Place {
  /** Absent for the body. */
  readonly part?: DocPart;
  /** 1-based within the part (within the body for body paragraphs). */
  readonly number: number;
}

/** One place per snapshot paragraph, computed in one pass. */
export function paragraphPlaces(snapshot: DocSnapshot): Place[] {
  const seen = new Map<DocPart | "body", number>();
  return snapshot.paragraphs.map((paragraph) => {
    const number = (seen.get(paragraph.part ?? "body") ?? 0) + 1;
    seen.set(paragraph.part ?? "body", number);
    return paragraph.part === undefined ? { number } : { part: paragraph.part, number };
  });
}

/** 第4段 in the main text, 页眉第1段 elsewhere: the same words in the report and the CSV. */
export function placeLabel(place: Place | undefined, paragraphIndex: number): string {
  return place?.part === undefined
    ? CLI_MESSAGES.paragraph(place?.number ?? paragraphIndex + 1)
    : CLI_MESSAGES.partParagraph(PART_NAMES[place.part], place.number);
}
