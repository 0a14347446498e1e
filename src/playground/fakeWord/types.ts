/** Data types of the simulated document, shared by the model, the Office.js proxies and the playground page. */

/** Formatting that the OOXML inserted by src/word/ooxml.ts carries, kept per paragraph so tests can assert it. */
export interface ParagraphFormat {
  readonly alignment?: "left" | "center" | "right" | "both";
  /** w:ind/@w:firstLineChars: hundredths of a character. */
  readonly firstLineChars?: number;
  readonly fontEastAsia?: string;
  readonly fontAscii?: string;
  readonly fontHAnsi?: string;
  /** w:sz: half-points. */
  readonly sizeHalfPoints?: number;
  readonly bold?: boolean;
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
  };
}
