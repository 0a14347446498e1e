/**
 * Walks w:body in document order and collects every paragraph as Word's `body.paragraphs` lists them: top-level
 * paragraphs, paragraphs in table cells (nested tables too), paragraphs inside content controls and custom XML.
 * Text boxes, footnotes, headers and comments are not body paragraphs and are not visited.
 */
import { FieldState } from "./fields";
import { runText } from "./run-text";
import { childElements, isW, MC_NAMESPACE, wChild, type XmlElement } from "./xml";

export interface RawParagraph {
  readonly text: string;
  readonly pPr?: XmlElement;
  readonly tableNestingLevel: number;
}

export function collectParagraphs(body: XmlElement): RawParagraph[] {
  const walker = new BodyWalker();
  walker.blocks(body, 0);
  walker.flush(0);
  return walker.paragraphs;
}

class BodyWalker {
  readonly paragraphs: RawParagraph[] = [];
  private readonly fields = new FieldState();
  /** Text of paragraphs whose mark was deleted in tracked changes: it joins the next paragraph, as in Word's final view. */
  private carried = "";

  blocks(container: XmlElement, nesting: number): void {
    for (const el of childElements(container)) {
      if (isW(el, "p")) this.paragraph(el, nesting);
      else if (isW(el, "tbl")) this.table(el, nesting + 1);
      else if (isW(el, "sdt")) this.blocks(wChild(el, "sdtContent") ?? el, nesting);
      else if (isW(el, "customXml") || isW(el, "ins") || isW(el, "moveTo")) this.blocks(el, nesting);
      else if (isAlternateContent(el)) this.blocks(chooseAlternative(el), nesting);
      // Anything else (sectPr, bookmarks, altChunk, unknown extensions) holds no body paragraphs.
    }
  }

  /** Leftover text of a deleted paragraph mark at the end of a container becomes its own paragraph. */
  flush(nesting: number): void {
    if (this.carried === "") return;
    this.paragraphs.push({ text: this.carried, tableNestingLevel: nesting });
    this.carried = "";
  }

  private paragraph(p: XmlElement, nesting: number): void {
    const pPr = wChild(p, "pPr");
    const text = this.carried + this.inline(p);
    const markRunProps = wChild(pPr, "rPr");
    if (wChild(markRunProps, "del") !== undefined || wChild(markRunProps, "moveFrom") !== undefined) {
      this.carried = text;
      return;
    }
    this.carried = "";
    this.paragraphs.push({ text, pPr, tableNestingLevel: nesting });
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
        this.rows(wChild(el, "sdtContent") ?? el, nesting);
      } else if (isW(el, "customXml")) {
        this.rows(el, nesting);
      }
    }
  }

  /** The paragraph's displayed text, from its runs and the inline containers around them. */
  private inline(container: XmlElement): string {
    let text = "";
    for (const el of childElements(container)) {
      if (isW(el, "r")) text += runText(el, this.fields);
      else if (isW(el, "del") || isW(el, "moveFrom") || isW(el, "pPr")) continue;
      else if (isW(el, "sdt")) text += this.inline(wChild(el, "sdtContent") ?? el);
      else if (isAlternateContent(el)) text += this.inline(chooseAlternative(el));
      // w:ins, w:moveTo, w:hyperlink, w:smartTag, w:customXml, w:fldSimple (its runs are the result), w:dir, w:bdo.
      else if (isInlineContainer(el)) text += this.inline(el);
    }
    return text;
  }
}

const INLINE_CONTAINERS = ["ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo"];

function isInlineContainer(el: XmlElement): boolean {
  return INLINE_CONTAINERS.some((local) => isW(el, local));
}

function isAlternateContent(el: XmlElement): boolean {
  return el.localName === "AlternateContent" && el.namespaceURI === MC_NAMESPACE;
}

/** Markup compatibility: the first mc:Choice is what a current Word shows; mc:Fallback otherwise. */
function chooseAlternative(el: XmlElement): XmlElement {
  const options = childElements(el).filter((child) => child.namespaceURI === MC_NAMESPACE);
  return options.find((child) => child.localName === "Choice") ?? options.find((c) => c.localName === "Fallback") ?? el;
}
