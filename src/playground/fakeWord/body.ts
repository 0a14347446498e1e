/** Body and Document proxies of the simulated Word. */
import { FakeClientObject, type FakeContext } from "./context";
import type { Span } from "./edit";
import { FakeRange } from "./ranges";

/** The body behaves as a range over the whole document, with the body's own insert locations. */
export class FakeBody extends FakeRange {
  protected override readonly insertLocations = ["Replace", "Start", "End"];

  constructor(context: FakeContext) {
    super(context);
    this.bind({ start: { para: 0, offset: 0 }, end: { para: 0, offset: 0 } });
  }

  override span(): Span {
    const doc = this.context.doc;
    const last = doc.paragraphCount - 1;
    return { start: { para: 0, offset: 0 }, end: { para: last, offset: doc.paragraph(last).text.length } };
  }

  protected override scalarNames(): readonly string[] {
    return ["text"];
  }
}

export class FakeDocument extends FakeClientObject {
  private bodyProxy: FakeBody | undefined;

  get body(): FakeBody {
    this.bodyProxy ??= new FakeBody(this.context);
    return this.bodyProxy;
  }

  getSelection(): FakeRange {
    const out = new FakeRange(this.context);
    this.context.enqueue("navigate", () => {
      const sel = this.context.doc.selectionRange();
      out.bind(this.context.own({ start: sel.start, end: sel.end }));
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
