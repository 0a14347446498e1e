/**
 * The layout of a paragraph as Word shows it (issue 13): what the 格式 check compares with GB/T 9704—2012 and what
 * 一键排版 writes. Host-neutral data: the .docx reader (src/docx) resolves it through styles as Word does, for the CLI
 * and, from the body's OOXML, for the task pane; every host applies it with its own API.
 *
 * A property that is `undefined` could not be read or resolved (an unknown theme font, a host without the API): the
 * check says so and never guesses. Nothing here is "mixed": mixed formatting is a list of runs.
 */
import type { ContentBlockRole } from "../content/types";

export type LayoutAlignment = "left" | "center" | "right" | "justify";

/** Line spacing as Word stores it: "exact" and "atLeast" in points, "multiple" in lines (1 = single). */
export type LineSpacing =
  | { readonly rule: "exact" | "atLeast"; readonly pt: number }
  | { readonly rule: "multiple"; readonly lines: number };

/** The character formatting of a stretch of a paragraph's text. */
export interface RunLayout {
  /** [start, end) in UTF-16 code units of the paragraph's text (DocParagraph.text); runs are contiguous. */
  readonly range: readonly [number, number];
  /** The font Chinese characters are shown in (OOXML w:eastAsia, after styles and theme fonts). */
  readonly eastAsiaFont?: string;
  /** The font digits and Latin letters are shown in (OOXML w:ascii). */
  readonly latinFont?: string;
  /** Size in points (OOXML w:sz / 2). */
  readonly sizePt?: number;
  readonly bold?: boolean;
}

/** First-line indent: Word keeps it in characters (w:firstLineChars) or in points (w:firstLine); negative hangs. */
export interface FirstLineIndent {
  /** Characters (w:firstLineChars / 100); when present, Word uses it rather than `pt`. */
  readonly chars?: number;
  readonly pt?: number;
}

export interface ParagraphLayout {
  readonly alignment?: LayoutAlignment;
  readonly firstLineIndent?: FirstLineIndent;
  readonly lineSpacing?: LineSpacing;
  /** Adjacent runs of equal formatting merged; empty for an empty paragraph. */
  readonly runs: readonly RunLayout[];
}

/** Page setup of the (first) section, GB/T 9704—2012 5.1–5.2. Lengths in millimetres. */
export interface PageLayout {
  readonly widthMm?: number;
  readonly heightMm?: number;
  readonly topMm?: number;
  readonly bottomMm?: number;
  readonly leftMm?: number;
  readonly rightMm?: number;
  /** Lines per page and characters per line of the document grid (w:docGrid), when a grid is set. */
  readonly linesPerPage?: number;
  readonly charsPerLine?: number;
}

/**
 * What a paragraph is in a 公文 (GB/T 9704—2012 7.3): the content library's block roles plus the 附件说明 line (7.3.4)
 * and the paragraphs the layout check leaves alone ("other": tables, quoted text, empty lines, parts outside the body).
 */
export type LayoutRole = ContentBlockRole | "attachment" | "other";

/** The properties a layout check reads: what the pane names when a host cannot read one. */
export type LayoutProperty = "eastAsiaFont" | "latinFont" | "sizePt" | "bold" | "alignment" | "firstLineIndent" | "lineSpacing" | "page";

/**
 * The layout to give one paragraph (a 格式 fix, 一键排版, or taking 一键排版 back): paragraph properties to set, and
 * character formatting per span. A property left undefined is not touched.
 */
export interface TargetLayout {
  readonly alignment?: LayoutAlignment;
  readonly firstLineIndent?: FirstLineIndent;
  readonly lineSpacing?: LineSpacing;
  /** Character formatting per span of the paragraph's text (a run-in heading: the heading in 楷体, the rest 仿宋). */
  readonly runs?: readonly RunLayout[];
}
