/** ParagraphCollection, RangeCollection and ListItem of the simulated Word. */
import { finish, type Steps } from "../../core/steps";
import { inSlices } from "../../host/turns";
import { FakeClientObject, parsePaths, type FakeContext } from "./context";
import type { SimulatedDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { LiveRange } from "./positions";
import { FakeParagraph, FakeRange } from "./ranges";

/** Items loaded per step of a collection's load: well under a millisecond's work on a slow PC. */
const ITEMS_PER_STEP = 50;

export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private loadedItems: T[] | undefined;

  /** The items, made as the load reaches them (a paragraph's range is tracked from then on). */
  protected abstract makeItems(): Iterable<T>;

  get items(): T[] {
    if (!this.loadedItems) return this.get<T[]>("items");
    return this.loadedItems;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(name: string): unknown {
    return this.unknownProperty(name);
  }

  /** A collection's own load runs in slices at sync (../context.ts): 7,000 paragraphs are no long task. */
  override load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = parsePaths(spec);
    this.context.enqueue("load", () => inSlices(this.loading(paths)));
    return this;
  }

  override applyLoad(paths: readonly string[]): void {
    finish(this.loading(paths));
  }

  private *loading(paths: readonly string[]): Steps<void> {
    // "items/text" and "text" both mean: load `text` on every item (Office.js accepts both spellings).
    let inner = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p.length > 0);
    if (!this.context.state.nestedCollectionLoads) inner = inner.filter((p) => !p.includes("/"));
    const items: T[] = [];
    for (const item of this.makeItems()) {
      item.applyLoad(inner);
      if (items.push(item) % ITEMS_PER_STEP === 0) yield;
    }
    this.loadedItems = items;
  }

  /** Queues a navigation to one item; `null` picks nothing (OrNullObject) or throws ItemNotFound. */
  protected pick(make: () => T, choose: () => LiveRange | undefined, orNull: boolean, bind: (item: T, r: LiveRange | undefined) => void): T {
    const item = make();
    this.context.enqueue("navigate", () => {
      const r = choose();
      if (!r && !orNull) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      bind(item, r);
    });
    return item;
  }
}

export class FakeParagraphCollection extends FakeCollection<FakeParagraph> {
  constructor(
    context: FakeContext,
    /** Paragraph indices in the collection, computed when the batch runs. */
    private readonly source: () => number[],
    /** The story they are in, also known only when the batch runs (a header's body is found at sync). */
    private readonly story: () => SimulatedDocument,
  ) {
    super(context);
  }

  protected *makeItems(): Iterable<FakeParagraph> {
    const story = this.story();
    for (const i of this.source()) yield FakeParagraph.at(this.context, i, story);
  }

  private paragraphRange(which: "first" | "last"): LiveRange | undefined {
    const all = this.source();
    const i = which === "first" ? all[0] : all[all.length - 1];
    return i === undefined ? undefined : this.context.own({ start: { para: i, offset: 0 }, end: { para: i, offset: 0 }, paragraph: true }, this.story());
  }

  getFirst(): FakeParagraph {
    return this.pick(() => new FakeParagraph(this.context), () => this.paragraphRange("first"), false, (p, r) => p.bind(r, this.story()));
  }
  getLast(): FakeParagraph {
    return this.pick(() => new FakeParagraph(this.context), () => this.paragraphRange("last"), false, (p, r) => p.bind(r, this.story()));
  }
  getLastOrNullObject(): FakeParagraph {
    return this.pick(() => new FakeParagraph(this.context), () => this.paragraphRange("last"), true, (p, r) => p.bind(r, this.story()));
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  private refs: LiveRange[] | undefined;
  private story: SimulatedDocument | undefined;

  /** Runs at sync, inside the search op: the matches, in the story that was searched. */
  setRefs(refs: LiveRange[], story: SimulatedDocument): void {
    this.story = story;
    this.refs = refs.map((r) => this.context.own(r, story));
  }

  private searched(): SimulatedDocument {
    return this.story ?? this.context.doc;
  }

  private all(): LiveRange[] {
    if (!this.refs) throw new FakeOfficeError("GeneralException", "Range collection used before its search ran.");
    return this.refs;
  }

  protected makeItems(): FakeRange[] {
    const refs = this.all();
    this.context.state.searchResultsLoaded += refs.length;
    return refs.map((r) => FakeRange.bound(this.context, r, this.searched()));
  }

  getFirst(): FakeRange {
    return this.pick(() => new FakeRange(this.context), () => this.copy(this.all()[0]), false, (x, r) => x.bind(r, this.searched()));
  }
  getFirstOrNullObject(): FakeRange {
    return this.pick(() => new FakeRange(this.context), () => this.copy(this.all()[0]), true, (x, r) => x.bind(r, this.searched()));
  }

  private copy(r: LiveRange | undefined): LiveRange | undefined {
    return r && this.context.own({ start: r.start, end: r.end }, this.searched());
  }
}

/** Paragraph.listItemOrNullObject: a null object (isNullObject true) when the paragraph is not numbered. */
export class FakeListItem extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly paragraphIndex: () => number,
    private readonly story: () => SimulatedDocument,
  ) {
    super(context);
  }

  private info(): { listString: string; level: number } | undefined {
    const p = this.story().paragraph(this.paragraphIndex());
    return p.listString === undefined ? undefined : { listString: p.listString, level: p.listLevel ?? 0 };
  }

  protected scalarNames(): readonly string[] {
    return ["listString", "level"];
  }
  protected readScalar(name: string): unknown {
    const info = this.info();
    if (name === "listString") return info?.listString;
    if (name === "level") return info?.level;
    return this.unknownProperty(name);
  }

  override applyLoad(paths: readonly string[]): void {
    const isNull = this.info() === undefined;
    this.setValue("isNullObject", isNull);
    if (!isNull) super.applyLoad(paths);
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }
  get listString(): string {
    return this.get<string>("listString");
  }
  get level(): number {
    return this.get<number>("level");
  }
}
