/**
 * Walks one story (the body, a header, a footnote, a text box's content) in document order and collects its
 * paragraphs as Word's `paragraphs` collections list them: top-level paragraphs, paragraphs in table cells (nested
 * tables too), paragraphs inside content controls and custom XML. Text boxes met on the way are not paragraphs of
 * the story (Word's body.paragraphs does not list them): they are handed back, to be walked as stories of their own.
 */
import { FieldState } from "./fields";
import { runText } from "./run-text";
import { findTextBoxes, isAlternateContent, chooseAlternative } from "./text-boxes";
import { childElements, isW, wAttr, wChild, wFlag, type XmlElement } from "./xml";

export type Span = readonly [number, number];

/** A stretch of a paragraph's text that came from one w:r, with that run's properties (resolved in layout.ts). */
export interface RawRun {
  readonly start: number;
  readonly end: number;
  readonly rPr?: XmlElement;
}

export interface RawParagraph {
  readonly text: string;
  readonly pPr?: XmlElement;
  readonly tableNestingLevel: number;
  /** [start, end) of text shown as a content control's placeholder prompt. */
  readonly placeholderSpans?: readonly Span[];
  /**
   * The runs that gave the text, in order, each with a non-empty range: built in the same walk that builds `text`, so
   * their ranges cannot drift from it (runs showing nothing, such as field instructions or hidden text, are left out).
   */
  readonly runs: readonly RawRun[];
}

export interface Story {
  readonly paragraphs: RawParagraph[];
  /** w:txbxContent of the text boxes anchored in the story, each once (one alternative of mc:AlternateContent). */
  readonly textBoxes: XmlElement[];
  /** w:id of the footnotes and endnotes the story refers to: the notes Word shows. */
  readonly footnoteIds: Set<string>;
  readonly endnoteIds: Set<string>;
  /** Section properties (w:sectPr) met in the story, in order: they name the headers and footers. */
  readonly sections: XmlElement[];
}

export function walkStory(container: XmlElement): Story {
  const walker = new StoryWalker();
  walker.blocks(container, 0);
  walker.flush(0);
  return walker.story;
}

/** Text, placeholder spans and runs of the paragraph being read. */
interface Line {
  text: string;
  readonly spans: Span[];
  readonly runs: RawRun[];
}

function emptyLine(): Line {
  return { text: "", spans: [], runs: [] };
}

/**
 * Also used block by block on the body as the parser finishes each of its children, so the body is never held
 * whole: the caller takes the paragraphs out of `story.paragraphs` as they come.
 */
export class StoryWalker {
  readonly story: Story = { paragraphs: [], textBoxes: [], footnoteIds: new Set(), endnoteIds: new Set(), sections: [] };
  private readonly fields = new FieldState();
  /** Text of paragraphs whose mark was deleted in tracked changes: it joins the next paragraph, as in Word's final view. */
  private carried: Line = emptyLine();
  /** Inside a block- or row-level content control that shows its placeholder: all its text is the prompt. */
  private placeholderDepth = 0;

  blocks(container: XmlElement, nesting: number): void {
    for (const el of childElements(container)) this.block(el, nesting);
  }

  /** One child of a story or cell. Recursion here follows the XML's nesting, which the parser bounds (MAX_XML_DEPTH). */
  block(el: XmlElement, nesting: number): void {
    if (isW(el, "p")) this.paragraph(el, nesting);
    else if (isW(el, "tbl")) this.table(el, nesting + 1);
    else if (isW(el, "sdt")) this.contentControl(el, (content) => this.blocks(content, nesting));
    else if (isW(el, "customXml") || isW(el, "ins") || isW(el, "moveTo")) this.blocks(el, nesting);
    else if (isAlternateContent(el)) this.blocks(chooseAlternative(el), nesting);
    else if (isW(el, "sectPr")) this.story.sections.push(el);
    // Anything else (bookmarks, altChunk, unknown extensions) holds no paragraphs.
  }

  /** Leftover text of a deleted paragraph mark at the end of a container becomes its own paragraph. */
  flush(nesting: number): void {
    if (this.carried.text === "") return;
    this.push(this.carried, undefined, nesting);
    this.carried = emptyLine();
  }

  private paragraph(p: XmlElement, nesting: number): void {
    const pPr = wChild(p, "pPr");
    const section = wChild(pPr, "sectPr");
    if (section !== undefined) this.story.sections.push(section);
    const line = this.carried;
    const start = line.text.length;
    this.inline(p, line);
    if (this.placeholderDepth > 0 && line.text.length > start) line.spans.push([start, line.text.length]);
    const markRunProps = wChild(pPr, "rPr");
    if (wChild(markRunProps, "del") !== undefined || wChild(markRunProps, "moveFrom") !== undefined) return;
    this.carried = emptyLine();
    this.push(line, pPr, nesting);
  }

  private push(line: Line, pPr: XmlElement | undefined, nesting: number): void {
    const paragraph: { -readonly [K in keyof RawParagraph]: RawParagraph[K] } = {
      text: line.text, tableNestingLevel: nesting, runs: line.runs,
    };
    if (pPr !== undefined) paragraph.pPr = pPr;
    // Most paragraphs show no placeholder: no sorted copy and merge made for them.
    if (line.spans.length > 0) paragraph.placeholderSpans = mergeSpans(line.spans);
    this.story.paragraphs.push(paragraph);
  }

  private table(tbl: XmlElement, nesting: number): void {
    this.flush(nesting - 1);
    this.rows(tbl, nesting);
  }

  /** Rows and cells, also when content controls or custom XML wrap them. */
  private rows(container: XmlElement, nesting: number): void {
    for (const el of childElements(container)) {
      if (isW(el, "tc")) {
        this.blocks(el, nesting);
        this.flush(nesting);
      } else if (isW(el, "tr")) {
        // A row deleted in tracked changes is gone in Word's final view.
        if (wChild(wChild(el, "trPr"), "del") === undefined) this.rows(el, nesting);
      } else if (isW(el, "sdt")) {
        this.contentControl(el, (content) => this.rows(content, nesting));
      } else if (isW(el, "customXml")) {
        this.rows(el, nesting);
      }
    }
  }

  /** A content control's content; while it shows its placeholder, the text read inside it is the prompt. */
  private contentControl(sdt: XmlElement, read: (content: XmlElement) => void): void {
    const showsPlaceholder = wFlag(wChild(sdt, "sdtPr"), "showingPlcHdr");
    if (showsPlaceholder) this.placeholderDepth++;
    read(wChild(sdt, "sdtContent") ?? sdt);
    if (showsPlaceholder) this.placeholderDepth--;
  }

  /** The paragraph's displayed text, from its runs and the inline containers around them. */
  private inline(container: XmlElement, line: Line): void {
    for (const el of childElements(container)) {
      if (isW(el, "r")) this.run(el, line);
      else if (isW(el, "del") || isW(el, "moveFrom") || isW(el, "pPr")) continue;
      else if (isW(el, "sdt")) this.inlineContentControl(el, line);
      else if (isAlternateContent(el)) this.inline(chooseAlternative(el), line);
      // w:ins, w:moveTo, w:hyperlink, w:smartTag, w:customXml, w:fldSimple (its runs are the result), w:dir, w:bdo.
      else if (isInlineContainer(el)) this.inline(el, line);
    }
  }

  private inlineContentControl(sdt: XmlElement, line: Line): void {
    const start = line.text.length;
    this.inline(wChild(sdt, "sdtContent") ?? sdt, line);
    if (wFlag(wChild(sdt, "sdtPr"), "showingPlcHdr") && line.text.length > start) line.spans.push([start, line.text.length]);
  }

  private run(run: XmlElement, line: Line): void {
    const shown = runText(run, this.fields);
    if (shown.text !== "") {
      const start = line.text.length;
      line.text += shown.text;
      line.runs.push({ start, end: line.text.length, rPr: wChild(run, "rPr") });
    }
    // Hidden runs are skipped whole: Word shows neither their text nor what is anchored in them.
    if (shown.hidden) return;
    for (const child of childElements(run)) {
      if (isW(child, "footnoteReference")) addId(this.story.footnoteIds, child);
      else if (isW(child, "endnoteReference")) addId(this.story.endnoteIds, child);
      else if (!isW(child, "t") && !isW(child, "rPr")) findTextBoxes(child, this.story.textBoxes);
    }
  }
}

function addId(ids: Set<string>, reference: XmlElement): void {
  const id = wAttr(reference, "id");
  if (id !== undefined) ids.add(id);
}

/** Placeholder prompts nested in one another or side by side become one span each. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const INLINE_CONTAINERS = ["ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo"];

function isInlineContainer(el: XmlElement): boolean {
  return INLINE_CONTAINERS.some((local) => isW(el, local));
}
