/**
 * Range, Paragraph and Comment proxies of the simulated Word: the same subset of methods src/word uses, same rules.
 * Which span a location names is worked out in locations.ts; the edits themselves run in edit.ts.
 * The three classes stay in one file because Word's object model is recursive: a range derives ranges, its
 * paragraphs (collections.ts) are ranges, a comment is on a range. Apart, they would import each other, and
 * FakeParagraph's module would be in a cycle with its base class's module (through collections.ts), where `extends`
 * can run before the base class exists, depending on which module loads first. The one cycle kept, with
 * collections.ts, is safe because neither module extends a class of the other.
 */
import { FakeListItem, FakeParagraphCollection, FakeRangeCollection } from "./collections";
import { FakeClientObject, type FakeContext, type OpKind } from "./context";
import * as edit from "./edit";
import { FakeClientResult, relation } from "./clientResult";
import { FakeOfficeError } from "./errors";
import type { SimulatedDocument, StoredComment } from "./document";
import { coveringSpan, paragraphLocationSpan, RANGE_LOCATIONS, rangeLocationSpan, selectionSpan, type RangeLocation } from "./locations";
import { comparePos, type LiveRange } from "./positions";
import { FakeFont } from "./font";
import { flatOpcSteps } from "./ooxmlWrite";
import { inSlices } from "../../host/turns";
import { paragraphProperty, setParagraphProperty, PARAGRAPH_FORMAT_PROPERTIES, type ParagraphFormatProperty } from "./paragraphFormat";

abstract class FakeRangeBase extends FakeClientObject {
  protected ref: LiveRange | undefined;
  /** The story the range is in (a header's, a note's); unset: the main text. Bound with the range, at sync. */
  private story: SimulatedDocument | undefined;
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private fontProxy: FakeFont | undefined;

  protected abstract readonly insertLocations: readonly string[];

  bind(r: LiveRange | undefined, story?: SimulatedDocument): void {
    this.ref = r;
    if (story) this.story = story;
    this.setValue("isNullObject", r === undefined);
  }

  /** The text this range is in: Word never lets a range cross from one story into another. */
  get doc(): SimulatedDocument {
    return this.story ?? this.context.doc;
  }

  /** Word.run's ranges of different stories cannot be joined. */
  protected sameStory(other: FakeRangeBase, method: string): void {
    if (other.doc !== this.doc) throw new FakeOfficeError("InvalidArgument", `${method}: the two ranges are in different stories (e.g. a header and the main text).`);
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  /** The covered span, at sync time. */
  span(): edit.Span {
    if (!this.ref) throw new FakeOfficeError("ItemNotFound", "The object is a null object or was never resolved.");
    return this.ref;
  }

  get paragraphs(): FakeParagraphCollection {
    this.paragraphsProxy ??= new FakeParagraphCollection(
      this.context,
      () => {
        const s = this.span();
        const end = this.doc.inText(s.end);
        return Array.from({ length: end.para - s.start.para + 1 }, (_, k) => s.start.para + k);
      },
      () => this.doc,
    );
    return this.paragraphsProxy;
  }

  /** Range.font / Paragraph.font / Body.font (WordApi 1.1): the formatting of the text the object covers. */
  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.context, () => ({ doc: this.doc, span: this.span() }));
    return this.fontProxy;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "font" ? this.font : undefined;
  }

  /** `loaded`: code the op needs, loaded (once) before it runs; the batch's later ops wait for it. */
  protected derive(kind: OpKind, compute: () => edit.Span, loaded?: () => Promise<void>): FakeRange {
    const out = new FakeRange(this.context);
    const run = () => {
      const s = compute();
      out.bind(this.context.own({ start: s.start, end: s.end }, this.doc), this.doc);
    };
    this.context.enqueue(kind, loaded ? () => loaded().then(run) : run);
    return out;
  }

  getRange(loc: RangeLocation = "Whole"): FakeRange {
    return this.derive("navigate", () => {
      edit.checkLocation(loc, RANGE_LOCATIONS, "getRange");
      return this.locationSpan(loc, this.span());
    });
  }

  protected locationSpan(loc: RangeLocation, s: edit.Span): edit.Span {
    return rangeLocationSpan(loc, s);
  }

  search(text: string, options?: edit.SearchOptionsLike): FakeRangeCollection {
    const out = new FakeRangeCollection(this.context);
    this.context.enqueue("search", () => out.setRefs(edit.search(this.doc, this.span(), text, options).map((s) => ({ ...s })), this.doc));
    return out;
  }

  insertText(text: string, loc: edit.Location): FakeRange {
    return this.derive("insertText", () => {
      edit.checkLocation(loc, this.insertLocations, "insertText");
      return this.afterInsert(edit.insertText(this.doc, this.span(), loc, text), loc);
    });
  }

  insertOoxml(ooxml: string, loc: edit.Location): FakeRange {
    return this.derive("insertOoxml", () => {
      edit.checkLocation(loc, this.insertLocations, "insertOoxml");
      return this.afterInsert(edit.insertOoxml(this.doc, this.span(), loc, ooxml), loc);
    }, edit.ooxmlReaderLoaded);
  }

  /** "Start"/"End" insert inside the range: it grows to include the new content. */
  private afterInsert(made: edit.Span, loc: edit.Location): edit.Span {
    if (this.ref && loc === "Start") this.ref.start = made.start;
    if (this.ref && loc === "End") this.ref.end = made.end;
    return made;
  }

  /**
   * Range/Paragraph/Body.getOoxml (WordApi 1.1): the covered content as a flat OPC package, after the sync. Word
   * writes it in its own process; here it is written in slices, the browser getting turns in between (ooxmlWrite.ts),
   * and the batch's later ops wait for it, as in Word.
   */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue("getOoxml", async () => {
      const xml = await inSlices(flatOpcSteps(this.doc, this.span()));
      const latency = this.context.state.getOoxmlMs;
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      result.set(xml);
    });
    return result;
  }

  /** Word.LocationRelation of this range to another (a subset: what a paragraph-level comparison needs). */
  compareLocationWith(other: FakeRangeBase): { readonly value: string } {
    const result = new FakeClientResult<string>();
    this.context.enqueue("navigate", () => result.set(other.doc === this.doc ? relation(this.span(), other.span()) : "Unrelated"));
    return result;
  }

  delete(): void {
    this.context.enqueue("delete", () => {
      const s = this.span();
      this.doc.replace(s.start, s.end, [{ text: "" }]);
    });
  }

  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue("select", () => {
      const at = selectionSpan(mode, this.span());
      this.doc.selectRange({ start: at.start, end: at.end });
    });
  }
}

export class FakeRange extends FakeRangeBase {
  protected readonly insertLocations = ["Replace", "Start", "End", "Before", "After"];

  static bound(context: FakeContext, r: LiveRange, story: SimulatedDocument): FakeRange {
    const x = new FakeRange(context);
    x.bind(r, story);
    return x;
  }

  protected scalarNames(): readonly string[] {
    return ["text", "isEmpty"];
  }
  protected readScalar(name: string): unknown {
    const s = this.span();
    if (name === "text") return this.doc.textOf(s);
    if (name === "isEmpty") return comparePos(s.start, s.end) === 0;
    return this.unknownProperty(name);
  }
  get text(): string {
    return this.get<string>("text");
  }
  get isEmpty(): boolean {
    return this.get<boolean>("isEmpty");
  }

  expandTo(other: FakeRange): FakeRange {
    return this.derive("navigate", () => {
      this.sameStory(other, "expandTo");
      return coveringSpan(this.span(), other.span());
    });
  }

  /** Range.getComments / Body.getComments (WordApi 1.4): the comments on this range, in document order. */
  getComments(): FakeCommentCollection {
    const out = new FakeCommentCollection(this.context);
    this.context.enqueue("navigate", () => {
      if (this.context.state.apiVersion < 1.4) throw new FakeOfficeError("ApiNotFound", "getComments requires WordApi 1.4.");
      const s = this.span();
      const on = this.doc.storedComments().filter((c) => comparePos(c.range.start, s.end) <= 0 && comparePos(c.range.end, s.start) >= 0);
      out.setNotes(on.map((note) => FakeComment.of(this.context, note)));
    });
    return out;
  }

  insertComment(text: string): FakeComment {
    const comment = new FakeComment(this.context);
    this.context.enqueue("insertComment", () => {
      if (this.context.state.apiVersion < 1.4) throw new FakeOfficeError("ApiNotFound", "insertComment requires WordApi 1.4.");
      // Word's 新建批注 is unavailable in headers, footers and notes; assumed the same for the API (stricter is safe).
      if (this.doc.isPartStory) throw new FakeOfficeError("GeneralException", "Comments cannot be added in this part of the document.");
      const s = this.span();
      if (comparePos(s.start, s.end) === 0) throw new FakeOfficeError("InvalidArgument", "Cannot comment on an empty range.");
      comment.attach(this.doc.addComment(s, text));
    });
    return comment;
  }
}

/** Word.Comment (WordApi 1.4): id, content, the range it is on, and delete(). */
export class FakeComment extends FakeClientObject {
  private note: StoredComment | undefined;

  static of(context: FakeContext, note: StoredComment): FakeComment {
    const comment = new FakeComment(context);
    comment.attach(note);
    return comment;
  }

  /** Runs at sync, inside the insertComment op. */
  attach(note: StoredComment): void {
    this.note = note;
  }

  private stored(): StoredComment {
    if (!this.note) throw new FakeOfficeError("ItemNotFound", "The comment was never created.");
    return this.note;
  }

  /** The range the comment is on: it follows edits like any range (a retyped paragraph collapses it). */
  getRange(): FakeRange {
    const out = new FakeRange(this.context);
    this.context.enqueue("navigate", () => {
      const r = this.stored().range;
      // The comment's own range object: reading it reads where the comment is now.
      out.bind(r);
    });
    return out;
  }

  /** Deletes the comment (and its replies); a comment already deleted is ItemNotFound, as for any deleted object. */
  delete(): void {
    this.context.enqueue("deleteComment", () => {
      if (!this.context.doc.deleteComment(this.stored())) throw new FakeOfficeError("ItemNotFound", "The comment no longer exists.");
    });
  }

  protected scalarNames(): readonly string[] {
    return ["id", "content"];
  }
  protected readScalar(name: string): unknown {
    if (name === "id") return this.stored().id;
    if (name === "content") return this.stored().text;
    return this.unknownProperty(name);
  }
  get id(): string {
    return this.get<string>("id");
  }
  get content(): string {
    return this.get<string>("content");
  }
}

/** Word.CommentCollection (WordApi 1.4): its items, loaded like any collection. */
export class FakeCommentCollection extends FakeClientObject {
  private notes: FakeComment[] | undefined;
  private loaded: FakeComment[] | undefined;

  /** Runs at sync, inside the getComments op. */
  setNotes(notes: FakeComment[]): void {
    this.notes = notes;
  }

  get items(): FakeComment[] {
    if (!this.loaded) return this.get<FakeComment[]>("items");
    return this.loaded;
  }

  override applyLoad(paths: readonly string[]): void {
    if (!this.notes) throw new FakeOfficeError("GeneralException", "Comment collection used before getComments ran.");
    const inner = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p.length > 0);
    for (const comment of this.notes) comment.applyLoad(inner);
    this.loaded = this.notes;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(name: string): unknown {
    return this.unknownProperty(name);
  }
}

export class FakeParagraph extends FakeRangeBase {
  protected readonly insertLocations = ["Replace", "Start", "End"];
  private listProxy: FakeListItem | undefined;

  static at(context: FakeContext, i: number, story: SimulatedDocument): FakeParagraph {
    const p = new FakeParagraph(context);
    p.bind(context.own({ start: { para: i, offset: 0 }, end: { para: i, offset: 0 }, paragraph: true }, story), story);
    return p;
  }

  private index(): number {
    if (!this.ref) throw new FakeOfficeError("ItemNotFound", "The paragraph is a null object.");
    return this.ref.start.para;
  }

  /** A paragraph object always covers its paragraph's whole text (its `text` never holds the paragraph mark). */
  override span(): edit.Span {
    const i = this.index();
    return { start: { para: i, offset: 0 }, end: { para: i, offset: this.doc.paragraph(i).text.length } };
  }

  protected override locationSpan(loc: RangeLocation, s: edit.Span): edit.Span {
    return paragraphLocationSpan(loc, s, this.doc.afterMark(this.index()));
  }

  protected scalarNames(): readonly string[] {
    return ["text", "styleBuiltIn", "outlineLevel", "tableNestingLevel", "isListItem", "isLastParagraph", ...PARAGRAPH_FORMAT_PROPERTIES];
  }
  protected readScalar(name: string): unknown {
    const i = this.index();
    const p = this.doc.paragraph(i);
    switch (name) {
      case "text": return p.text;
      case "styleBuiltIn": return p.styleBuiltIn;
      case "outlineLevel": return p.outlineLevel;
      case "tableNestingLevel": return p.tableNestingLevel;
      case "isListItem": return p.listString !== undefined;
      case "isLastParagraph": return i === this.doc.paragraphCount - 1;
      case "alignment":
      case "firstLineIndent":
      case "lineSpacing":
        return paragraphProperty(p, name);
      default: return this.unknownProperty(name);
    }
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "listItemOrNullObject" ? this.listItemOrNullObject : super.navigation(name);
  }

  private setFormatProperty(name: ParagraphFormatProperty, value: unknown): void {
    this.context.enqueue("format", () => {
      const i = this.index();
      this.doc.updateParagraph(i, (p) => setParagraphProperty(p, name, value));
    });
    this.setValue(name, value);
  }

  /** "Left" | "Centered" | "Right" | "Justified" (WordApi 1.1). */
  get alignment(): string { return this.get<string>("alignment"); }
  set alignment(value: string) { this.setFormatProperty("alignment", value); }
  /** Points; negative hangs (WordApi 1.1). */
  get firstLineIndent(): number { return this.get<number>("firstLineIndent"); }
  set firstLineIndent(value: number) { this.setFormatProperty("firstLineIndent", value); }
  /** Points; see paragraphFormat.ts for what setting it really does (WordApi 1.1). */
  get lineSpacing(): number { return this.get<number>("lineSpacing"); }
  set lineSpacing(value: number) { this.setFormatProperty("lineSpacing", value); }

  get text(): string { return this.get<string>("text"); }
  get styleBuiltIn(): string { return this.get<string>("styleBuiltIn"); }
  get outlineLevel(): number { return this.get<number>("outlineLevel"); }
  get tableNestingLevel(): number { return this.get<number>("tableNestingLevel"); }
  get isListItem(): boolean { return this.get<boolean>("isListItem"); }
  get listItemOrNullObject(): FakeListItem {
    this.listProxy ??= new FakeListItem(this.context, () => this.index(), () => this.doc);
    return this.listProxy;
  }
}
