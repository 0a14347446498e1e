/**
 * Theme fonts (DrawingML a:fontScheme in word/theme/theme1.xml): what w:asciiTheme="minorHAnsi" or
 * w:eastAsiaTheme="minorEastAsia" in a run's w:rFonts stand for (ECMA-376 Part 1, 17.3.2.26 rFonts; 20.1.4.1.16
 * majorFont, 20.1.4.1.25 minorFont). Word's own default styles use them, so "正文" text in a fresh document is in a
 * theme font. Without the theme part the font is unknown: nothing is guessed.
 */
import { attr, childElements, type XmlElement } from "./xml";

const DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";

export interface ThemeFontPair {
  /** a:latin typeface. */
  readonly latin?: string;
  /**
   * a:ea typeface when it names one; otherwise the a:font entry for Simplified Chinese (script "Hans"), which is what
   * Word shows Chinese text in when the theme leaves a:ea empty (as Office's default theme does). Word picks that entry
   * by the text's East Asian language (w:lang w:eastAsia); this reader assumes zh-CN, the language of the documents
   * it checks, and does not look at w:lang (a Traditional Chinese or Japanese text would take another entry).
   */
  readonly eastAsia?: string;
}

export interface ThemeFonts {
  readonly major: ThemeFontPair;
  readonly minor: ThemeFontPair;
}

export function readThemeFonts(root: XmlElement | undefined): ThemeFonts | undefined {
  const scheme = root === undefined ? undefined : descendant(root, ["themeElements", "fontScheme"]);
  if (scheme === undefined) return undefined;
  return { major: readPair(drawingChild(scheme, "majorFont")), minor: readPair(drawingChild(scheme, "minorFont")) };
}

/**
 * The font a w:*Theme attribute value names (ST_Theme: majorEastAsia, majorBidi, majorAscii, majorHAnsi, minor…);
 * undefined when the theme or the entry is missing, or for the complex-script slots this reader does not use.
 */
export function themeFont(theme: ThemeFonts | undefined, slot: string): string | undefined {
  if (theme === undefined) return undefined;
  const pair = slot.startsWith("major") ? theme.major : slot.startsWith("minor") ? theme.minor : undefined;
  if (pair === undefined) return undefined;
  const kind = slot.slice(5);
  if (kind === "EastAsia") return pair.eastAsia;
  return kind === "Ascii" || kind === "HAnsi" ? pair.latin : undefined;
}

function readPair(font: XmlElement | undefined): ThemeFontPair {
  if (font === undefined) return {};
  const typeface = (el: XmlElement | undefined): string | undefined => (el === undefined ? undefined : nonEmpty(attr(el, "typeface")));
  const hans = childElements(font).find((el) => isDrawing(el, "font") && attr(el, "script") === "Hans");
  return { latin: typeface(drawingChild(font, "latin")), eastAsia: typeface(drawingChild(font, "ea")) ?? typeface(hans) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function isDrawing(el: XmlElement, local: string): boolean {
  return el.localName === local && el.namespaceURI === DRAWINGML;
}

function drawingChild(el: XmlElement, local: string): XmlElement | undefined {
  return childElements(el).find((child) => isDrawing(child, local));
}

function descendant(root: XmlElement, path: readonly string[]): XmlElement | undefined {
  let el: XmlElement | undefined = root;
  for (const local of path) el = el === undefined ? undefined : drawingChild(el, local);
  return el;
}
