/**
 * What the playground page needs from the simulated Word document: read paragraphs with their formatting, follow
 * changes, take the writer's edits and cursor. bridge.ts adapts the simulated host to this.
 */
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
}

export interface PlaygroundDocument {
  paragraphs(): readonly ViewParagraph[];
  selection(): ViewSelection | undefined;
  comments(): readonly ViewComment[];
  /** Called after every change, whoever made it. */
  subscribe(listener: () => void): () => void;
  /** Replaces the whole document (load a file, reset to the sample). */
  replaceAll(paragraphs: readonly NewParagraph[]): void;
  /** The writer typed: new texts for every paragraph (formatting kept by position, new paragraphs plain). */
  applyTypedTexts(texts: readonly string[]): void;
  /** The writer moved the cursor or selected text in the page. */
  setSelection(selection: ViewSelection): void;
}
