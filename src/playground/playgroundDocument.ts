/**
 * What the playground page needs from the simulated Word document: read paragraphs with their formatting, follow
 * changes, take the writer's edits and cursor; show the headers, footers, notes and text boxes (read-only here).
 * bridge.ts adapts the simulated host to this.
 */
import type { PageLayout, ParagraphLayout } from "../core/layout/types";
import type { DocPart } from "../core/model";
import type { ParagraphFormat as ParagraphFormatSpec, SimRun } from "./fakeWord/types";

/** A stretch of text as Word shows it: the fonts, size and weight it is in (styles and defaults resolved). */
export interface ViewRun {
  readonly text: string;
  readonly eastAsiaFont: string;
  readonly latinFont: string;
  readonly sizePt: number;
  readonly bold: boolean;
}

/** A paragraph's effective paragraph formatting. */
export interface ParagraphFormat {
  readonly alignment: "left" | "centered" | "right" | "justified";
  /** Characters (Word's 首行缩进 N 字符) or points; negative hangs. */
  readonly firstLineIndent: { readonly chars: number } | { readonly pt: number };
  readonly lineSpacing: { readonly rule: "multiple"; readonly lines: number } | { readonly rule: "exact" | "atLeast"; readonly pt: number };
}

export interface ViewParagraph {
  readonly text: string;
  readonly listString?: string;
  readonly tableNestingLevel: number;
  readonly format: ParagraphFormat;
  /** Adjacent stretches of equal formatting; one run (with the empty text) for an empty paragraph. */
  readonly runs: readonly ViewRun[];
}

/** What unformatted text is in (the document defaults), and the page's size and margins, in points. */
export interface ViewPage {
  readonly defaults: Omit<ViewRun, "text">;
  readonly widthPt: number;
  readonly topPt: number;
  readonly bottomPt: number;
  readonly leftPt: number;
  readonly rightPt: number;
  /** The document grid's line pitch when it has one: Word snaps single-spaced lines to it. */
  readonly linePitchPt?: number;
}

export interface ViewSelection {
  readonly paragraphIndex: number;
  readonly start: number;
  /** In the paragraph `endParagraphIndex` (default: the same paragraph). */
  readonly end: number;
  /** Where a selection dragged or extended across paragraphs ends; absent within one paragraph. */
  readonly endParagraphIndex?: number;
}

/** A header, footer, note or text box that holds text: its part and its paragraphs' texts. */
export interface ViewPart {
  readonly part: DocPart;
  readonly paragraphs: readonly string[];
}

/** A selection inside one of `parts()` (the add-in located a finding there): `story` is its index in that list. */
export interface ViewPartSelection extends ViewSelection {
  readonly story: number;
}

export interface ViewComment {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NewParagraph {
  readonly text: string;
  readonly listString?: string;
  readonly listLevel?: number;
  readonly styleBuiltIn?: string;
  readonly tableNestingLevel?: number;
  /** Absent for the main text; a header's, footer's, note's or text box's paragraph otherwise (.docx reader). */
  readonly part?: DocPart;
  /** Fonts, sizes and paragraph formats as the .docx reader resolved them (DocParagraph.layout). */
  readonly layout?: ParagraphLayout;
  /** The sample's own formatting in the simulated Word's terms (direct formatting and runs). */
  readonly format?: ParagraphFormatSpec;
  readonly runs?: readonly SimRun[];
}

export interface PlaygroundDocument {
  paragraphs(): readonly ViewParagraph[];
  page(): ViewPage;
  /** The selection in the main text; undefined while it is in a part. */
  selection(): ViewSelection | undefined;
  parts(): readonly ViewPart[];
  /** The selection when it is in a part. */
  partSelection(): ViewPartSelection | undefined;
  comments(): readonly ViewComment[];
  /** Called after every change, whoever made it. */
  subscribe(listener: () => void): () => void;
  /** Replaces the whole document, its parts included (load a file, reset to the sample); `page`: a file's page setup. */
  replaceAll(paragraphs: readonly NewParagraph[], page?: PageLayout): void;
  /** The writer typed: new texts for every paragraph (formatting kept by position, new paragraphs plain). */
  applyTypedTexts(texts: readonly string[]): void;
  /** The writer moved the cursor or selected text in the page. */
  setSelection(selection: ViewSelection): void;
}
