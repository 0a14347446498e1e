/** Body and Document proxies of the simulated Word. */
import { FakeClientObject, type FakeContext } from "./context";
import type { SimulatedDocument } from "./document";
import type { Span } from "./edit";
import { FakeNoteItemCollection } from "./notes";
import { FakeRange } from "./ranges";
import { FakeSectionCollection } from "./sections";

/**
 * A body behaves as a range over a whole story, with the body's own insert locations: the main text's, or (bound
 * at sync by Section.getHeader or NoteItem.body) a header's, a footer's or a note's.
 */
export class FakeBody extends FakeRange {
  protected override readonly insertLocations = ["Replace", "Start", "End"];
  private notesProxies: Partial<Record<"footnote" | "endnote", FakeNoteItemCollection>> = {};

  constructor(context: FakeContext, story?: SimulatedDocument) {
    super(context);
    this.bindStory(story);
  }

  /** Runs at sync for a body found by navigation; the span itself is always the whole story (span()). */
  bindStory(story: SimulatedDocument | undefined): void {
    this.bind({ start: { para: 0, offset: 0 }, end: { para: 0, offset: 0 } }, story);
  }

  override span(): Span {
    const doc = this.doc;
    const last = doc.paragraphCount - 1;
    return { start: { para: 0, offset: 0 }, end: { para: last, offset: doc.paragraph(last).text.length } };
  }

  /** Body.clear() (WordApi 1.1): empties the story, comments included. */
  clear(): void {
    this.context.enqueue("delete", () => this.doc.clearStory());
  }

  /** Body.footnotes / Body.endnotes (WordApi 1.5): the notes referenced from this story (the main text's only here). */
  get footnotes(): FakeNoteItemCollection {
    return this.notes("footnote");
  }
  get endnotes(): FakeNoteItemCollection {
    return this.notes("endnote");
  }
  private notes(kind: "footnote" | "endnote"): FakeNoteItemCollection {
    this.notesProxies[kind] ??= new FakeNoteItemCollection(this.context, kind, () => this.doc);
    return this.notesProxies[kind];
  }

  protected override scalarNames(): readonly string[] {
    return ["text"];
  }
}

export class FakeDocument extends FakeClientObject {
  private bodyProxy: FakeBody | undefined;
  private sectionsProxy: FakeSectionCollection | undefined;

  get body(): FakeBody {
    this.bodyProxy ??= new FakeBody(this.context);
    return this.bodyProxy;
  }

  get sections(): FakeSectionCollection {
    this.sectionsProxy ??= new FakeSectionCollection(this.context);
    return this.sectionsProxy;
  }

  /** The selection, in whichever story holds it: a header the add-in selected text in, say. */
  getSelection(): FakeRange {
    const out = new FakeRange(this.context);
    this.context.enqueue("navigate", () => {
      const story = this.context.doc.selectedIn();
      const sel = story.selectionRange();
      out.bind(this.context.own({ start: sel.start, end: sel.end }, story), story);
    });
    return out;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(name: string): unknown {
    return this.unknownProperty(name);
  }
}
