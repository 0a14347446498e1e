/**
 * Word.NoteItemCollection and Word.NoteItem (WordApi 1.5) of the simulated Word: body.footnotes / body.endnotes,
 * each note's own body. On a Word without WordApi 1.5 the host refuses them at sync (ApiNotFound), as it refuses
 * insertComment below 1.4. Imports body.ts, which imports this module back: safe (see sections.ts).
 */
import { FakeBody } from "./body";
import { FakeCollection } from "./collections";
import { FakeClientObject, type FakeContext } from "./context";
import type { SimulatedDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { NoteKind } from "./parts";

/** The notes referenced from a story: only the main text holds note references here. */
function notesOf(context: FakeContext, kind: NoteKind, story: SimulatedDocument): readonly SimulatedDocument[] {
  if (context.state.apiVersion < 1.5) throw new FakeOfficeError("ApiNotFound", "Footnotes and endnotes require WordApi 1.5.");
  return story.parts?.noteStories(kind) ?? [];
}

export class FakeNoteItem extends FakeClientObject {
  private story: SimulatedDocument | undefined;
  private at = -1;
  private bodyProxy: FakeBody | undefined;

  constructor(
    context: FakeContext,
    private readonly kind: NoteKind,
    private readonly owner: () => SimulatedDocument,
  ) {
    super(context);
  }

  /** Runs at sync: which note this proxy is; undefined makes a null object. */
  place(index: number | undefined): void {
    const notes = notesOf(this.context, this.kind, this.owner());
    this.at = index ?? -1;
    this.story = index === undefined ? undefined : notes[index];
    this.setValue("isNullObject", index === undefined);
  }

  private note(): SimulatedDocument {
    if (!this.story) throw new FakeOfficeError("ItemNotFound", "The note is a null object or was never resolved.");
    return this.story;
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }
  get type(): string {
    return this.get<string>("type");
  }

  get body(): FakeBody {
    if (!this.bodyProxy) {
      const body = new FakeBody(this.context);
      this.context.enqueue("navigate", () => body.bindStory(this.note()));
      this.bodyProxy = body;
    }
    return this.bodyProxy;
  }

  getNext(): FakeNoteItem {
    return this.next(false);
  }
  getNextOrNullObject(): FakeNoteItem {
    return this.next(true);
  }

  private next(orNull: boolean): FakeNoteItem {
    const out = new FakeNoteItem(this.context, this.kind, this.owner);
    this.context.enqueue("navigate", () => {
      this.note();
      const k = this.at + 1;
      if (k < notesOf(this.context, this.kind, this.owner()).length) return out.place(k);
      if (!orNull) throw new FakeOfficeError("ItemNotFound", "This is the last note.");
      out.place(undefined);
    });
    return out;
  }

  protected scalarNames(): readonly string[] {
    return ["type"];
  }
  protected readScalar(name: string): unknown {
    this.note();
    if (name === "type") return this.kind === "footnote" ? "Footnote" : "Endnote";
    return this.unknownProperty(name);
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "body" ? this.body : undefined;
  }
}

export class FakeNoteItemCollection extends FakeCollection<FakeNoteItem> {
  constructor(
    context: FakeContext,
    private readonly kind: NoteKind,
    private readonly owner: () => SimulatedDocument,
  ) {
    super(context);
  }

  protected makeItems(): FakeNoteItem[] {
    return notesOf(this.context, this.kind, this.owner()).map((_, k) => {
      const item = new FakeNoteItem(this.context, this.kind, this.owner);
      item.place(k);
      return item;
    });
  }

  getFirst(): FakeNoteItem {
    return this.first(false);
  }
  getFirstOrNullObject(): FakeNoteItem {
    return this.first(true);
  }

  private first(orNull: boolean): FakeNoteItem {
    const out = new FakeNoteItem(this.context, this.kind, this.owner);
    this.context.enqueue("navigate", () => {
      if (notesOf(this.context, this.kind, this.owner()).length > 0) return out.place(0);
      if (!orNull) throw new FakeOfficeError("ItemNotFound", "There are no notes.");
      out.place(undefined);
    });
    return out;
  }
}
