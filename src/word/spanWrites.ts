/**
 * How replaceSpans queues its writes in round trip 2, and what it keeps of each so that the same batch can read
 * the result back and, in the rare case, take the write back in round trip 3.
 */
import { rangeOf, type Located } from "./locate";

/** One edit as queued in round trip 2, with what it takes to check it and, in the rare case, take it back. */
export interface Written {
  readonly index: number;
  /** The verified range, its text loaded just before the write (undefined for an insertion at a point). */
  readonly before?: Word.Range;
  /** What the write left: the range insertText returned (its text loaded right after), or for a removal undefined. */
  readonly out?: Word.Range;
}

/** The paragraphs touched by one call: the tracked paragraph, its text just before our writes, what we wrote. */
export interface Group {
  readonly paragraphIndex: number;
  readonly verified: string;
  readonly paragraph: Word.Paragraph;
  /** A separate proxy, so that the text loaded before the writes is not overwritten by the read after them. */
  readonly before: Word.Range;
  readonly written: Written[];
}

/** Queues (no sync) the read of a paragraph's text as it is just before our writes; the writes are added later. */
export function queueGroup(paragraph: Word.Paragraph, paragraphIndex: number, verified: string): Group {
  // "Content": the paragraph's text without its mark, as paragraph.text ("Whole" would end with "\r").
  const before = paragraph.getRange("Content");
  before.load("text");
  return { paragraphIndex, verified, paragraph, before, written: [] };
}

/** Queues one write (no sync) and the loads that let the caller check it afterwards. */
export function queueWrite(index: number, at: Located, text: string): Written {
  if (at.kind === "point") {
    // A collapsed range: "Replace" inserts at it, as at a collapsed selection (insert.ts).
    const out = at.point.insertText(text, "Replace");
    out.load("text");
    return { index, out };
  }
  const before = rangeOf(at);
  before.load("text");
  if (text === "") {
    // After delete() the range stays, collapsed where the text was: that is where a take-back puts it again.
    before.delete();
    return { index, before };
  }
  const out = before.insertText(text, "Replace");
  out.load("text");
  return { index, before, out };
}
