/**
 * The in-memory document behind the simulated Word: paragraphs, a selection, comments and every live range, moved
 * on each edit the way Word moves tracked ranges. Observable and editable by the playground page.
 * Word keeps headers, footers and notes in stories of their own (a range never spans two): each is a
 * SimulatedDocument too, owned by the main one (parts.ts), which holds the one selection and the listeners.
 */
import { DEFAULT_PAGE, type SimPage } from "./page";
import { DocumentParts, type PartsSpec } from "./parts";
import { comparePos, mapRange, type EditShift, type LiveRange, type Pos } from "./positions";
import { formatAt, joinRuns, sliceRuns } from "./runs";
import { toParagraph, type ParagraphFormat, type ParagraphSpec, type SimComment, type SimParagraph, type SimRun, type SimSelection } from "./types";

/** One paragraph of inserted content. `format` set: takes it (OOXML); unset: inherits from where it lands. */
export interface Piece {
  readonly text: string;
  readonly format?: ParagraphFormat;
  /** With `format`: the direct formatting of each stretch of `text` (OOXML runs). */
  readonly runs?: readonly SimRun[];
  /** With `format`: the built-in style its w:pStyle names (default Normal). */
  readonly styleBuiltIn?: string;
  /** Which original paragraph an unformatted piece copies its properties from. */
  readonly inherit?: "start" | "end";
  /** OOXML pieces: the number its w:numPr shows, and its table depth when the OOXML put it in a table. */
  readonly listString?: string;
  readonly tableNestingLevel?: number;
}

/** A comment as the document stores it: its range is tracked like any other. */
export interface StoredComment {
  /** Word.Comment.id: unique in the document, kept for the comment's life. */
  readonly id: string;
  readonly range: LiveRange;
  readonly text: string;
}

/** Word's outline level of a paragraph in a built-in style: 1–9 for headings, 10 (body text) otherwise. */
function outlineOf(styleBuiltIn: string): number {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  return heading ? Number(heading[1]) : 10;
}

/** Comment ids are unique across every simulated document, so an id from another document never matches. */
let commentSerial = 0;

export class SimulatedDocument {
  private paras: SimParagraph[] = [];
  private readonly live = new Set<LiveRange>();
  private readonly sel: LiveRange = { start: { para: 0, offset: 0 }, end: { para: 0, offset: 0 } };
  private readonly notes: StoredComment[] = [];
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /** The story holding the selection: this document's main text or one of its parts' stories. */
  private selectedStory: SimulatedDocument = this;
  /** Headers, footers and notes; only on the main document. */
  readonly parts: DocumentParts | undefined;
  /** Page setup, one for the whole document here (the simulated sections exist for their headers and footers). */
  private pageSetup: SimPage = DEFAULT_PAGE;

  constructor(
    specs: readonly ParagraphSpec[] = [""],
    /** Set for a story of a part: the main document, which is told of every change and holds the selection. */
    private readonly owner?: SimulatedDocument,
  ) {
    this.parts = owner ? undefined : new DocumentParts((texts) => new SimulatedDocument(texts, this));
    this.setParagraphs(specs);
  }

  // ---- reading (page, tests, proxies) ----
  get paragraphCount(): number {
    return this.paras.length;
  }
  paragraph(i: number): SimParagraph {
    const p = this.paras[i];
    if (!p) throw new RangeError(`no paragraph ${i}`);
    return p;
  }
  paragraphs(): readonly SimParagraph[] {
    return this.paras.slice();
  }
  texts(): string[] {
    return this.paras.map((p) => p.text);
  }
  get changeCount(): number {
    return this.version;
  }
  selectionRange(): LiveRange {
    return this.sel;
  }
  /** Where the selection is: in this main text or in a part's story (a header the add-in selected text in). */
  selectedIn(): SimulatedDocument {
    return (this.owner ?? this).selectedStory;
  }
  /** True for the story of a header, footer or note. */
  get isPartStory(): boolean {
    return this.owner !== undefined;
  }
  selection(): SimSelection {
    return { paragraphIndex: this.sel.start.para, start: this.sel.start.offset, endParagraphIndex: this.sel.end.para, end: this.sel.end.offset };
  }
  comments(): SimComment[] {
    return this.notes.map(({ range, text }) => ({
      paragraphIndex: range.start.para,
      start: range.start.offset,
      end: range.end.para === range.start.para ? range.end.offset : this.paragraph(range.start.para).text.length,
      excerpt: this.textOf(range),
      text,
    }));
  }
  /**
   * Text of a range; paragraphs joined by "\r" as Word's Range.text does. A range ending after a paragraph mark
   * (a paragraph's "Whole" range) ends with "\r", including past the document's final mark.
   */
  textOf(r: { start: Pos; end: Pos }): string {
    if (r.start.para >= this.paras.length) return "";
    if (r.end.para >= this.paras.length) return this.textOf({ start: r.start, end: this.inText(r.end) }) + "\r";
    const parts: string[] = [];
    for (let i = r.start.para; i <= r.end.para; i++) {
      const t = this.paragraph(i).text;
      parts.push(t.slice(i === r.start.para ? r.start.offset : 0, i === r.end.para ? r.end.offset : t.length));
    }
    return parts.join("\r");
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get page(): SimPage {
    return (this.owner ?? this).pageSetup;
  }

  // ---- editing (page, writer-simulation hooks, proxies) ----
  /** PageSetup writes, or a loaded file's page (undefined: a blank document's). */
  setPage(page: SimPage = DEFAULT_PAGE): void {
    (this.owner ?? this).pageSetup = page;
    this.changed();
  }
  setParagraphs(specs: readonly ParagraphSpec[]): void {
    this.paras = (specs.length ? specs : [""]).map(toParagraph);
    this.live.clear();
    this.notes.length = 0;
    this.sel.start = this.sel.end = { para: 0, offset: 0 };
    if (this.selectedStory !== this && !this.owner) this.selectedStory = this;
    this.changed();
  }
  /** A new document's headers, footers and notes (setParagraphs keeps them: the writer pressing Enter uses it). */
  setParts(spec: PartsSpec = {}): void {
    this.parts?.reset(spec);
    this.selectedStory = this;
    this.changed();
  }
  /**
   * Body.clear(): one empty, unnumbered paragraph outside any table is left; the comments anchored in the text go
   * with it, and every live range collapses to the start.
   */
  clearStory(): void {
    this.paras = [toParagraph("")];
    for (const r of this.live) {
      r.start = { para: 0, offset: 0 };
      r.end = { para: 0, offset: 0 };
    }
    this.notes.length = 0;
    this.sel.start = this.sel.end = { para: 0, offset: 0 };
    this.changed();
  }
  /** The whole document from text, one paragraph per line. */
  setText(text: string): void {
    this.setParagraphs(text.replace(/\r\n?/g, "\n").split("\n"));
  }
  /** A writer retyping one paragraph: ranges inside it collapse, as in Word. */
  setParagraphText(i: number, text: string): void {
    this.replace({ para: i, offset: 0 }, { para: i, offset: this.paragraph(i).text.length }, [{ text }]);
  }
  setSelection(paragraphIndex: number, start: number, end = start, endParagraphIndex = paragraphIndex): void {
    const a = this.clamp({ para: paragraphIndex, offset: start });
    const b = this.clamp({ para: endParagraphIndex, offset: end });
    [this.sel.start, this.sel.end] = comparePos(a, b) <= 0 ? [a, b] : [b, a];
    this.takeSelection();
    this.changed();
  }
  setFormat(i: number, format: ParagraphFormat): void {
    this.paras[i] = { ...this.paragraph(i), format };
    this.changed();
  }
  /** The proxies' formatting writes (font, alignment, indents): the whole paragraph record, replaced. */
  updateParagraph(i: number, change: (p: SimParagraph) => SimParagraph): void {
    this.paras[i] = change(this.paragraph(i));
    this.changed();
  }

  // ---- used by the proxies ----
  track(r: LiveRange): LiveRange {
    this.live.add(r);
    return r;
  }
  untrack(r: LiveRange): void {
    this.live.delete(r);
  }
  selectRange(r: LiveRange): void {
    this.sel.start = this.inText(r.start);
    this.sel.end = this.inText(r.end);
    this.takeSelection();
    this.changed();
  }
  /** Word has one selection: selecting in this story moves it here from any other. */
  private takeSelection(): void {
    (this.owner ?? this).selectedStory = this;
  }
  addComment(r: LiveRange, text: string): StoredComment {
    const note: StoredComment = { id: `{SIM-COMMENT-${++commentSerial}}`, range: { start: r.start, end: r.end }, text };
    this.notes.push(note);
    this.changed();
    return note;
  }
  /** Body.getComments(): the stored comments, in document order. */
  storedComments(): readonly StoredComment[] {
    return [...this.notes].sort((a, b) => comparePos(a.range.start, b.range.start) || comparePos(a.range.end, b.range.end));
  }
  /** Comment.delete(): false when the comment was already gone. */
  deleteComment(note: StoredComment): boolean {
    const i = this.notes.indexOf(note);
    if (i < 0) return false;
    this.notes.splice(i, 1);
    this.changed();
    return true;
  }
  /** The point just after paragraph i's mark: the next paragraph's start, or past the final mark (para = count). */
  afterMark(i: number): Pos {
    return { para: i + 1, offset: 0 };
  }
  /** A position past the final paragraph mark, brought back before it: Word never removes the document's last mark. */
  inText(p: Pos): Pos {
    const last = this.paras.length - 1;
    return p.para > last ? { para: last, offset: this.paragraph(last).text.length } : p;
  }
  clamp(p: Pos): Pos {
    const para = Math.max(0, Math.min(p.para, this.paras.length - 1));
    return { para, offset: Math.max(0, Math.min(p.offset, this.paragraph(para).text.length)) };
  }

  /**
   * Replaces [start, end) by `pieces` (paragraph breaks between them): the first piece joins the text before
   * `start`, the last the text after `end`. Returns the range covering the inserted content.
   */
  replace(startAt: Pos, endAt: Pos, pieces: readonly Piece[]): { start: Pos; end: Pos } {
    if (pieces.length === 0) throw new Error("replace needs at least one piece");
    const start = this.inText(startAt);
    const end = this.inText(endAt);
    const first = this.paragraph(start.para);
    const last = this.paragraph(end.para);
    const before = first.text.slice(0, start.offset);
    const after = last.text.slice(end.offset);
    // Typed text takes the formatting of the character it replaces, or of the one before the insertion point.
    const typed = formatAt(first, comparePos(start, end) < 0 ? start.offset + 1 : start.offset);
    const made = pieces.map((piece, i): SimParagraph => {
      const head = i === 0 ? before : "";
      const tail = i === pieces.length - 1 ? after : "";
      const text = head + piece.text + tail;
      const ownRuns = piece.format ? (piece.runs ?? [{ text: piece.text, format: {} }]) : [{ text: piece.text, format: typed }];
      const runs = joinRuns(text, [
        i === 0 ? sliceRuns(first, 0, start.offset) : [],
        ownRuns,
        i === pieces.length - 1 ? sliceRuns(last, end.offset, last.text.length) : [],
      ]);
      if (piece.format) {
        const listed = piece.listString === undefined ? {} : { listString: piece.listString, listLevel: 0 };
        const style = piece.styleBuiltIn ?? "Normal";
        return { text, styleBuiltIn: style, outlineLevel: outlineOf(style), tableNestingLevel: piece.tableNestingLevel ?? first.tableNestingLevel, format: piece.format, runs, ...listed };
      }
      const base = piece.inherit === "end" ? last : first;
      // Only the paragraph that keeps the original start stays in the list: a split-off part is a new paragraph.
      return i === 0 || piece.inherit === "end" ? { ...base, text, runs } : { ...base, text, runs, listString: undefined, listLevel: undefined };
    });
    this.paras.splice(start.para, end.para - start.para + 1, ...made);
    const lastPiece = pieces[pieces.length - 1].text;
    const newEnd: Pos = {
      para: start.para + pieces.length - 1,
      offset: (pieces.length === 1 ? start.offset : 0) + lastPiece.length,
    };
    const shift: EditShift = { start, end, newEnd, paraDelta: pieces.length - 1 - (end.para - start.para) };
    for (const r of this.live) mapRange(r, shift);
    mapRange(this.sel, shift);
    for (const c of this.notes) mapRange(c.range, shift);
    this.changed();
    return { start, end: newEnd };
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
    this.owner?.changed(); // the page redraws on any change, the main text's or a part's
  }
}
