/**
 * Word.SectionCollection and Word.Section of the simulated Word: what reading headers and footers needs
 * (getFirst, getNext, items, getHeader, getFooter). A linked header (与上一节相同) is the previous section's story:
 * Word shows and returns the same content. Imports body.ts, which imports this module back: safe, because neither
 * extends a class of the other (the classes are only used inside methods, after both modules have loaded).
 */
import { FakeBody } from "./body";
import { FakeCollection } from "./collections";
import { FakeClientObject, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakePageSetup } from "./pageSetup";
import { HEADER_FOOTER_TYPES, type DocumentParts, type HeaderFooterType, type HeaderOrFooter } from "./parts";

function partsOf(context: FakeContext): DocumentParts {
  const parts = context.doc.parts;
  if (!parts) throw new FakeOfficeError("GeneralException", "No sections outside the main document.");
  return parts;
}

export class FakeSection extends FakeClientObject {
  private at: number | undefined;
  private pageSetupProxy: FakePageSetup | undefined;

  /** Section.pageSetup (WordApiDesktop 1.3): the document's one page setup in the simulated Word. */
  get pageSetup(): FakePageSetup {
    this.pageSetupProxy ??= new FakePageSetup(this.context);
    return this.pageSetupProxy;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "pageSetup" ? this.pageSetup : undefined;
  }

  /** Runs at sync: which section this proxy is; undefined makes a null object. */
  place(index: number | undefined): void {
    this.at = index;
    this.setValue("isNullObject", index === undefined);
  }

  private index(): number {
    if (this.at === undefined) throw new FakeOfficeError("ItemNotFound", "The section is a null object or was never resolved.");
    return this.at;
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  getHeader(type: HeaderFooterType): FakeBody {
    return this.headerFooter("header", type);
  }
  getFooter(type: HeaderFooterType): FakeBody {
    return this.headerFooter("footer", type);
  }

  private headerFooter(kind: HeaderOrFooter, type: HeaderFooterType): FakeBody {
    const body = new FakeBody(this.context);
    this.context.enqueue("navigate", () => {
      if (!HEADER_FOOTER_TYPES.includes(type)) throw new FakeOfficeError("InvalidArgument", `'${String(type)}' is not a HeaderFooterType.`);
      body.bindStory(partsOf(this.context).headerFooter(kind, this.index(), type));
    });
    return body;
  }

  /** WordApi 1.3. */
  getNext(): FakeSection {
    return this.next(false);
  }
  getNextOrNullObject(): FakeSection {
    return this.next(true);
  }

  private next(orNull: boolean): FakeSection {
    const out = new FakeSection(this.context);
    this.context.enqueue("navigate", () => {
      const k = this.index() + 1;
      if (k < partsOf(this.context).sectionCount) return out.place(k);
      if (!orNull) throw new FakeOfficeError("ItemNotFound", "This is the last section.");
      out.place(undefined);
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

export class FakeSectionCollection extends FakeCollection<FakeSection> {
  protected makeItems(): FakeSection[] {
    return Array.from({ length: partsOf(this.context).sectionCount }, (_, k) => {
      const section = new FakeSection(this.context);
      section.place(k);
      return section;
    });
  }

  getFirst(): FakeSection {
    const out = new FakeSection(this.context);
    this.context.enqueue("navigate", () => out.place(0)); // a document always has a section
    return out;
  }
}
