/**
 * What the playground page needs from the simulated Word document: read paragraphs with their formatting, follow
 * changes, take the writer's edits and cursor; show the headers, footers, notes and text boxes (read-only here).
 * bridge.ts adapts the simulated host to this.
 */
import type { DocPart } from "../core/model";

export interface ParagraphFormat {
  readonly eastAsiaFont?: string;
  readonly asciiFont?: string;
  readonly sizePt?: number;
  readonly bold?: boolean;
  readonly alignment?: "left" | "centered" | "right" | "justified";
  readonly firstLineIndentChars?: number;
}

export interface ViewParagraph {
  readonly text: string;
  readonly listString?: string;
  readonly tableNestingLevel: number;
  readonly format: ParagraphFormat;
}

export interface ViewSelection {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
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
}

export interface PlaygroundDocument {
  paragraphs(): readonly ViewParagraph[];
  /** The selection in the main text; undefined while it is in a part. */
  selection(): ViewSelection | undefined;
  parts(): readonly ViewPart[];
  /** The selection when it is in a part. */
  partSelection(): ViewPartSelection | undefined;
  comments(): readonly ViewComment[];
  /** Called after every change, whoever made it. */
  subscribe(listener: () => void): () => void;
  /** Replaces the whole document, its parts included (load a file, reset to the sample). */
  replaceAll(paragraphs: readonly NewParagraph[]): void;
  /** The writer typed: new texts for every paragraph (formatting kept by position, new paragraphs plain). */
  applyTypedTexts(texts: readonly string[]): void;
  /** The writer moved the cursor or selected text in the page. */
  setSelection(selection: ViewSelection): void;
}
