/**
 * The document model every part of the add-in shares: a read-only copy of the Word document's paragraphs, taken in
 * one round trip by src/word (or built from a .txt / .docx file by the CLI and the playground).
 */

/** One paragraph as Word reports it. */
export interface DocParagraph {
  /** The paragraph's text exactly as `paragraph.text` returns it: automatic numbering is NOT part of it. */
  readonly text: string;
  /** Word automatic numbering shown before the text (`listItem.listString`, e.g. "一、"); absent when not a list item. */
  readonly listString?: string;
  /** 0-based list level of an automatically numbered paragraph. */
  readonly listLevel?: number;
  /** Built-in style name (`styleBuiltIn`, e.g. "Heading1", "Normal"); absent when unknown. */
  readonly styleBuiltIn?: string;
  /** Outline level 1–9 of a heading paragraph; absent for body text. */
  readonly outlineLevel?: number;
  /** 0 outside tables, 1 inside a table, 2 inside a nested table … */
  readonly tableNestingLevel: number;
}

export interface DocSnapshot {
  readonly paragraphs: readonly DocParagraph[];
}

/** Builds a snapshot from plain text, one paragraph per line (the format of .txt files and of the seeds). */
export function snapshotFromLines(text: string): DocSnapshot {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { paragraphs: lines.map((line) => ({ text: line, tableNestingLevel: 0 })) };
}
