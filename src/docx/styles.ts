/**
 * Paragraph styles from styles.xml: the built-in name Office.js reports as `styleBuiltIn`, and the properties a
 * paragraph inherits through w:basedOn (outline level, numbering).
 */
import { childElements, isW, wAttr, wChild, wIntVal, wVal, type XmlElement } from "./xml";

export interface NumPr {
  readonly numId?: number;
  readonly ilvl?: number;
}

interface StyleDef {
  readonly id: string;
  readonly name: string;
  readonly basedOn?: string;
  readonly outlineLvl?: number;
  readonly numPr?: NumPr;
}

/** Built-in names as styles.xml spells them (lower-cased, no spaces) → Word.BuiltInStyleName. */
const BUILT_IN = new Map<string, string>([
  ["normal", "Normal"], ["title", "Title"], ["subtitle", "Subtitle"], ["listparagraph", "ListParagraph"],
  ["nospacing", "NoSpacing"], ["quote", "Quote"], ["intensequote", "IntenseQuote"], ["caption", "Caption"],
  ["header", "Header"], ["footer", "Footer"], ["footnotetext", "FootnoteText"], ["endnotetext", "EndnoteText"],
  ["tocheading", "TocHeading"], ["bibliography", "Bibliography"],
  // Localised names that WPS and some templates write instead of the English built-in names.
  ["正文", "Normal"], ["标题", "Title"], ["副标题", "Subtitle"], ["列表段落", "ListParagraph"], ["无间隔", "NoSpacing"],
]);

export function builtInStyleName(name: string): string {
  const key = name.toLowerCase().replace(/\s+/g, "");
  const heading = /^(?:heading|标题)([1-9])$/.exec(key);
  if (heading) return `Heading${heading[1]}`;
  const toc = /^toc([1-9])$/.exec(key);
  if (toc) return `Toc${toc[1]}`;
  // Word reports "Other" for user-defined styles.
  return BUILT_IN.get(key) ?? "Other";
}

export function readNumPr(pPr: XmlElement | undefined): NumPr | undefined {
  const numPr = wChild(pPr, "numPr");
  if (numPr === undefined) return undefined;
  return { numId: wIntVal(numPr, "numId"), ilvl: wIntVal(numPr, "ilvl") };
}

/** w:default, an ST_OnOff attribute on the w:style itself: the style of its type that text without one takes. */
export function isDefaultStyle(style: XmlElement): boolean {
  return ["1", "true", "on"].includes(wAttr(style, "default") ?? "");
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultParagraphStyle?: string;

  constructor(root: XmlElement | undefined) {
    let defaultId: string | undefined;
    for (const el of root === undefined ? [] : childElements(root)) {
      if (!isW(el, "style") || (wAttr(el, "type") ?? "paragraph") !== "paragraph") continue;
      const id = wAttr(el, "styleId");
      if (id === undefined) continue;
      const pPr = wChild(el, "pPr");
      this.styles.set(id, {
        id,
        name: wVal(el, "name") ?? id,
        basedOn: wVal(el, "basedOn"),
        outlineLvl: wIntVal(pPr, "outlineLvl"),
        numPr: readNumPr(pPr),
      });
      if (isDefaultStyle(el)) defaultId ??= id;
    }
    this.defaultParagraphStyle = defaultId;
  }

  /** The style a paragraph uses: its w:pStyle if that style exists (Word falls back to the default), else Normal. */
  effectiveStyleId(pStyle: string | undefined): string | undefined {
    if (pStyle !== undefined && this.styles.has(pStyle)) return pStyle;
    return this.defaultParagraphStyle;
  }

  builtInName(styleId: string | undefined): string | undefined {
    const style = styleId === undefined ? undefined : this.styles.get(styleId);
    // Without styles.xml Word treats every paragraph as Normal.
    if (style === undefined) return styleId === undefined ? "Normal" : undefined;
    return builtInStyleName(style.name);
  }

  /** w:outlineLvl (0-based) through the basedOn chain; built-in headings imply theirs when it is missing. */
  outlineLvl(styleId: string | undefined): number | undefined {
    for (const style of this.chain(styleId)) {
      if (style.outlineLvl !== undefined) return style.outlineLvl;
    }
    const heading = /^Heading([1-9])$/.exec(this.builtInName(styleId) ?? "");
    return heading ? Number(heading[1]) - 1 : undefined;
  }

  /**
   * numId and ilvl each come from the nearest style in the chain that sets them. Remembered per style: every
   * paragraph asks, and the walk up the chain (a Set and a generator) was most of what resolving one allocated.
   */
  numPr(styleId: string | undefined): NumPr | undefined {
    if (this.numPrs.has(styleId)) return this.numPrs.get(styleId);
    let numId: number | undefined;
    let ilvl: number | undefined;
    for (const style of this.chain(styleId)) {
      numId ??= style.numPr?.numId;
      ilvl ??= style.numPr?.ilvl;
    }
    const numPr = numId === undefined ? undefined : { numId, ilvl };
    this.numPrs.set(styleId, numPr);
    return numPr;
  }

  private readonly numPrs = new Map<string | undefined, NumPr | undefined>();

  /** The style and its ancestors, nearest first; cycles (seen in damaged files) end the chain. */
  private *chain(styleId: string | undefined): Generator<StyleDef> {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (style === undefined) return;
      yield style;
      id = style.basedOn;
    }
  }
}
