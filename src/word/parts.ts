/**
 * The parts of a document besides its main text, read for the placeholder check (公文 templates leave XX in 页眉 and
 * 页脚): every section's headers and footers (Section.getHeader/getFooter, WordApi 1.1; getNext 1.3) and, where
 * WordApi 1.5 is there, footnotes and endnotes (Body.footnotes/endnotes). Text boxes would need body.shapes
 * (WordApiDesktop 1.2, Microsoft 365 desktop only): not read, and the snapshot says so.
 *
 * Round trips: queued with the main text's read, round trip 1 loads the section list, the first section's six
 * headers and footers and the lists of notes. Only a document with more than one section, or with notes, needs
 * round trip 2 for the rest (sections and notes must be loaded before their items can be asked for anything).
 */
import type { DocParagraph, DocPart } from "../core/model";

export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
const TYPES: readonly HeaderFooterType[] = ["Primary", "FirstPage", "EvenPages"];
type NoteKind = "footnote" | "endnote";

/** Where a story is, by navigation only (no Word object outlives its Word.run): locating finds it again this way. */
export type StoryAddress =
  | { readonly part: "header" | "footer"; readonly section: number; readonly type: HeaderFooterType }
  | { readonly part: NoteKind; readonly index: number };

/** A paragraph of a part: its story, and its index among that story's paragraphs. */
export interface PartPlace {
  readonly story: StoryAddress;
  readonly local: number;
}

/** Placeholders are all that is checked outside the main text: the text (and table nesting, which the model wants). */
const PART_PATHS = "items/text,items/tableNestingLevel";

interface StoryRead {
  readonly address: StoryAddress;
  readonly paragraphs: Word.ParagraphCollection;
}

export interface PartsBatch {
  readonly sections: Word.SectionCollection;
  readonly notes: readonly { readonly kind: NoteKind; readonly items: Word.NoteItemCollection }[];
  readonly stories: StoryRead[];
}

function queueStory(body: Word.Body, address: StoryAddress, into: StoryRead[]): void {
  const paragraphs = body.paragraphs;
  paragraphs.load(PART_PATHS);
  into.push({ address, paragraphs });
}

/** Headers then footers, each type: a type the section does not use comes back as an empty body (skipped later). */
function queueSection(section: Word.Section, k: number, into: StoryRead[]): void {
  for (const type of TYPES) queueStory(section.getHeader(type), { part: "header", section: k, type }, into);
  for (const type of TYPES) queueStory(section.getFooter(type), { part: "footer", section: k, type }, into);
}

/** Round trip 1 (with the main text): the section list, the first section's headers and footers, the note lists. */
export function queueParts(context: Word.RequestContext, notes: boolean): PartsBatch {
  const sections = context.document.sections;
  sections.load("items");
  const stories: StoryRead[] = [];
  queueSection(sections.getFirst(), 0, stories);
  const lists = notes
    ? (["footnote", "endnote"] as const).map((kind) => {
        const body = context.document.body;
        const items = kind === "footnote" ? body.footnotes : body.endnotes;
        items.load("items/type"); // any small property: what is needed is how many notes there are
        return { kind, items };
      })
    : [];
  return { sections, notes: lists, stories };
}

/** After round trip 1: queues the other sections and the notes. True when that needs round trip 2. */
export function queueRestOfParts(batch: PartsBatch): boolean {
  const before = batch.stories.length;
  batch.sections.items.slice(1).forEach((section, k) => queueSection(section, k + 1, batch.stories));
  for (const { kind, items } of batch.notes) {
    items.items.forEach((note, index) => queueStory(note.body, { part: kind, index }, batch.stories));
  }
  return batch.stories.length > before;
}

/**
 * The parts' paragraphs, each distinct story once. A header or footer linked to the previous section's (与上一节相同,
 * Word's default) returns that section's content: Office.js has no linkToPrevious to tell, so a story reading
 * exactly as the same type in the previous section is taken as linked and skipped. An unlinked copy with the same
 * text is skipped too: its findings would repeat the first's word for word; once those are fixed, the next check
 * finds the copy. Stories with no text (an unused first-page header) are skipped.
 */
export function readParts(batch: PartsBatch): { paragraphs: DocParagraph[]; places: PartPlace[] } {
  const paragraphs: DocParagraph[] = [];
  const places: PartPlace[] = [];
  const previous = new Map<string, string>();
  for (const { address, paragraphs: read } of batch.stories) {
    const items = read.items;
    const joined = items.map((p) => p.text).join("\r");
    if (address.part === "header" || address.part === "footer") {
      const key = `${address.part}/${address.type}`;
      const linked = address.section > 0 && previous.get(key) === joined;
      previous.set(key, joined);
      if (linked) continue;
    }
    if (joined.trim() === "") continue;
    const part: DocPart = address.part;
    items.forEach((p, local) => {
      paragraphs.push({ text: p.text, tableNestingLevel: p.tableNestingLevel, part });
      places.push({ story: address, local });
    });
  }
  return { paragraphs, places };
}

/** The story's body, reached again by navigation only (queued; no round trip of its own). */
export function storyBody(context: Word.RequestContext, address: StoryAddress): Word.Body {
  if ("section" in address) {
    let section = context.document.sections.getFirst();
    for (let k = 0; k < address.section; k++) section = section.getNext();
    return address.part === "header" ? section.getHeader(address.type) : section.getFooter(address.type);
  }
  const body = context.document.body;
  let note = (address.part === "footnote" ? body.footnotes : body.endnotes).getFirst();
  for (let k = 0; k < address.index; k++) note = note.getNext();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- `body` is a navigation proxy, not a loaded value
  return note.body;
}

/**
 * Which snapshot paragraphs belong to parts, and where they are: the gateway keeps the map of its latest read, so a
 * finding's paragraphIndex (an index into that snapshot) can be located in its header, footer or note.
 */
export class PartMap {
  constructor(
    /** How many paragraphs of the snapshot are the main text's; the parts' follow. */
    readonly bodyCount: number,
    private readonly places: readonly PartPlace[],
  ) {}

  isPart(paragraphIndex: number): boolean {
    return paragraphIndex >= this.bodyCount;
  }

  /** Undefined for a paragraph of the main text, and for an index past the snapshot. */
  place(paragraphIndex: number): PartPlace | undefined {
    return this.isPart(paragraphIndex) ? this.places[paragraphIndex - this.bodyCount] : undefined;
  }
}
