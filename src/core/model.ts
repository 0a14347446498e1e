/**
 * The document model every part of the add-in shares: a read-only copy of the Word document's paragraphs, taken in
 * one round trip by src/word (or built from a .txt / .docx file by the CLI and the playground).
 */
import type { LayoutProperty, PageLayout, ParagraphLayout } from "./layout/types";

/**
 * Where a paragraph lives when it is not in the document's main text: headers and footers (公文 templates put 版记
 * lines there), footnotes and endnotes, text boxes (版头 such as XXXX人民政府文件 is often one). Such paragraphs follow
 * the body's in a snapshot; placeholders are looked for in them, headings and enumerations are not.
 */
export type DocPart = "header" | "footer" | "footnote" | "endnote" | "textBox";

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
  /** Absent for the document's main text (body); otherwise the part the paragraph belongs to. */
  readonly part?: DocPart;
  /**
   * [start, end) in `text` of what Word shows as a content control's placeholder prompt (the control is still
   * unfilled); absent when there is none. Filled by the .docx reader.
   */
  readonly placeholderSpans?: readonly (readonly [number, number])[];
  /**
   * Fonts, sizes, alignment and indents as Word shows them (src/core/layout/types.ts); present only when the layout was
   * read (the 格式 check is on, or a .docx was read), and then absent for a paragraph whose layout could not be told.
   */
  readonly layout?: ParagraphLayout;
}

/** True for a paragraph of the main text, where headings and enumerations live. */
export function isBodyParagraph(paragraph: DocParagraph): boolean {
  return paragraph.part === undefined;
}

export interface DocSnapshot {
  /** The body's paragraphs in document order, then those of other parts (headers, footers, notes, text boxes). */
  readonly paragraphs: readonly DocParagraph[];
  /**
   * Parts the reader could not check (the pane on a Word without the API for text boxes, say), so that the verdict
   * can say so instead of implying they were read. Absent when everything was read.
   */
  readonly unchecked?: readonly DocPart[];
  /** Present when the layout was read with the text (see DocParagraph.layout). */
  readonly layout?: DocLayoutInfo;
}

/** What the layout read says about the document as a whole. */
export interface DocLayoutInfo {
  /** The first section's page setup, when it could be read. */
  readonly page?: PageLayout;
  /** Properties this host cannot read at all (the pane says what was not checked, instead of implying it was). */
  readonly unreadable?: readonly LayoutProperty[];
}

/** Builds a snapshot from plain text, one paragraph per line (the format of .txt files and of the seeds). */
export function snapshotFromLines(text: string): DocSnapshot {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { paragraphs: lines.map((line) => ({ text: line, tableNestingLevel: 0 })) };
}
