/**
 * Headers, footers, notes and text boxes of the simulated document. Word keeps each in a story of its own; here
 * each story is a SimulatedDocument owned by the main one. Sections exist only to hold headers and footers: the
 * main text stays one story (src/word never reads a section's own body).
 */
import type { SimulatedDocument } from "./document";
import type { ParagraphSpec } from "./types";

export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
export const HEADER_FOOTER_TYPES: readonly HeaderFooterType[] = ["Primary", "FirstPage", "EvenPages"];
export type HeaderOrFooter = "header" | "footer";
export type NoteKind = "footnote" | "endnote";

/** A section's header or footer of one type: its own paragraphs, or "linked" (与上一节相同, Word's default). */
export type HeaderFooterSpec = readonly ParagraphSpec[] | "linked";

export interface SectionSpec {
  readonly headers?: Partial<Record<HeaderFooterType, HeaderFooterSpec>>;
  readonly footers?: Partial<Record<HeaderFooterType, HeaderFooterSpec>>;
}

export interface PartsSpec {
  /** Default: one section with empty headers and footers. */
  readonly sections?: readonly SectionSpec[];
  /** One entry per note, its paragraphs. */
  readonly footnotes?: readonly (readonly ParagraphSpec[])[];
  readonly endnotes?: readonly (readonly ParagraphSpec[])[];
  /** Kept and shown by the page, but no API of the simulated Word reads them (as without WordApiDesktop 1.2). */
  readonly textBoxes?: readonly (readonly ParagraphSpec[])[];
}

type Slot = SimulatedDocument | "linked";
type SectionStories = Record<HeaderOrFooter, Record<HeaderFooterType, Slot>>;

/** A part's story as the playground page lists it. */
export interface PartStory {
  readonly part: HeaderOrFooter | NoteKind | "textBox";
  readonly story: SimulatedDocument;
}

export class DocumentParts {
  private sections: SectionStories[] = [];
  private notes: Record<NoteKind, SimulatedDocument[]> = { footnote: [], endnote: [] };
  private boxes: SimulatedDocument[] = [];

  constructor(private readonly makeStory: (paragraphs: readonly ParagraphSpec[]) => SimulatedDocument) {
    this.reset({});
  }

  reset(spec: PartsSpec): void {
    const sections = spec.sections?.length ? spec.sections : [{}];
    this.sections = sections.map((section, k) => ({
      header: this.slots(section.headers, k === 0),
      footer: this.slots(section.footers, k === 0),
    }));
    this.notes = {
      footnote: (spec.footnotes ?? []).map((paragraphs) => this.makeStory(paragraphs)),
      endnote: (spec.endnotes ?? []).map((paragraphs) => this.makeStory(paragraphs)),
    };
    this.boxes = (spec.textBoxes ?? []).map((paragraphs) => this.makeStory(paragraphs));
  }

  /** The first section has nothing to link to: an unset header there is an empty story, as Word returns one. */
  private slots(spec: SectionSpec["headers"], first: boolean): Record<HeaderFooterType, Slot> {
    const slot = (type: HeaderFooterType): Slot => {
      const given = spec?.[type] ?? (first ? [""] : "linked");
      return given === "linked" && !first ? "linked" : this.makeStory(given === "linked" ? [""] : given);
    };
    return { Primary: slot("Primary"), FirstPage: slot("FirstPage"), EvenPages: slot("EvenPages") };
  }

  get sectionCount(): number {
    return this.sections.length;
  }

  /** What Section.getHeader/getFooter returns: a linked one is the previous section's, the very same story. */
  headerFooter(kind: HeaderOrFooter, section: number, type: HeaderFooterType): SimulatedDocument {
    for (let k = section; k >= 0; k--) {
      const slot = this.sections[k][kind][type];
      if (slot !== "linked") return slot;
    }
    throw new RangeError("the first section is never linked");
  }

  noteStories(kind: NoteKind): readonly SimulatedDocument[] {
    return this.notes[kind];
  }

  /** Every distinct story that holds text, headers first, in the order the page shows them. */
  stories(): PartStory[] {
    const out: PartStory[] = [];
    const seen = new Set<SimulatedDocument>();
    const add = (part: PartStory["part"], story: SimulatedDocument) => {
      if (seen.has(story) || story.texts().every((t) => t === "")) return;
      seen.add(story);
      out.push({ part, story });
    };
    for (const kind of ["header", "footer"] as const) {
      this.sections.forEach((_, k) => HEADER_FOOTER_TYPES.forEach((type) => add(kind, this.headerFooter(kind, k, type))));
    }
    for (const kind of ["footnote", "endnote"] as const) for (const story of this.notes[kind]) add(kind, story);
    for (const story of this.boxes) add("textBox", story);
    return out;
  }
}
