/** Data types of the simulated document, shared by the model, the Office.js proxies and the playground page. */
import { normalizeRuns } from "./runs";

/**
 * Character formatting set directly on text (OOXML w:rPr), as opposed to what a style or the document defaults give.
 * Fonts are concrete names: the simulated Word resolves theme fonts (styles.ts) before storing anything here.
 */
export interface RunFormat {
  readonly fontEastAsia?: string;
  readonly fontAscii?: string;
  readonly fontHAnsi?: string;
  /** w:sz: half-points. */
  readonly sizeHalfPoints?: number;
  readonly bold?: boolean;
}

/** Line spacing as OOXML's w:spacing stores it: "auto" in 240ths of a line, "exact"/"atLeast" in twips. */
export interface SimLineSpacing {
  readonly rule: "auto" | "exact" | "atLeast";
  readonly line: number;
}

/**
 * A paragraph's direct formatting: its paragraph properties (w:pPr) and the character formatting given to the whole
 * paragraph (what src/word/ooxml.ts puts on its one run). Per-stretch formatting is `SimParagraph.runs`, which wins.
 */
export interface ParagraphFormat extends RunFormat {
  readonly alignment?: "left" | "center" | "right" | "both";
  /** w:ind/@w:firstLineChars: hundredths of a character; when set, Word uses it rather than `firstLineTwips`. */
  readonly firstLineChars?: number;
  /** w:ind/@w:firstLine (negative: w:hanging), in twips; kept only when `firstLineChars` is absent. */
  readonly firstLineTwips?: number;
  readonly lineSpacing?: SimLineSpacing;
}

/** A stretch of a paragraph's text with its own direct character formatting (a bold phrase, a 黑体 run-in heading). */
export interface SimRun {
  readonly text: string;
  readonly format: RunFormat;
}

/** One paragraph as the simulated Word stores it. */
export interface SimParagraph {
  readonly text: string;
  /** Automatic numbering shown before the text (not part of `text`), as `listItem.listString` reports it. */
  readonly listString?: string;
  readonly listLevel?: number;
  readonly styleBuiltIn: string;
  /** 1–9 for headings, 10 for body text (Word's wdOutlineLevelBodyText). */
  readonly outlineLevel: number;
  readonly tableNestingLevel: number;
  readonly format?: ParagraphFormat;
  /**
   * Direct formatting per stretch of `text`, over `format`: the texts add up to `text`. Undefined: the paragraph's
   * text is uniformly formatted by `format` (and its style).
   */
  readonly runs?: readonly SimRun[];
}

/** How a test or the page describes a paragraph: only `text` is required. */
export type ParagraphSpec = string | (Partial<SimParagraph> & { readonly text: string });

export interface SimComment {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  /** The commented text at the time it is read. */
  readonly excerpt: string;
  readonly text: string;
}

export interface SimSelection {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly endParagraphIndex: number;
  readonly end: number;
}

export function toParagraph(spec: ParagraphSpec): SimParagraph {
  const s = typeof spec === "string" ? { text: spec } : spec;
  const heading = /^Heading([1-9])$/.exec(s.styleBuiltIn ?? "");
  return {
    text: s.text,
    listString: s.listString,
    listLevel: s.listString === undefined ? undefined : (s.listLevel ?? 0),
    styleBuiltIn: s.styleBuiltIn ?? "Normal",
    outlineLevel: s.outlineLevel ?? (heading ? Number(heading[1]) : 10),
    tableNestingLevel: s.tableNestingLevel ?? 0,
    format: s.format,
    runs: normalizeRuns(s.text, s.runs),
  };
}
