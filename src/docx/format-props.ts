/**
 * The layout properties one level of Word's formatting hierarchy sets (document defaults, a style, direct
 * formatting), read from its w:rPr / w:pPr as written. layout.ts stacks the levels (ECMA-376 Part 1, 17.7.2).
 * Each property, and each attribute of w:rFonts, w:ind and w:spacing, is inherited on its own: a level that sets only
 * w:eastAsia keeps the Latin font of the level below.
 */
import { isWNamespace, onOff, wAttr, type XmlElement } from "./xml";

/** A font as a level names it: by name, or by theme slot (w:eastAsiaTheme="minorEastAsia"), resolved against theme1.xml. */
export type FontRef = { readonly name: string } | { readonly theme: string };

export interface RunProps {
  readonly eastAsia?: FontRef;
  readonly ascii?: FontRef;
  /** w:sz, in half-points. */
  readonly halfPoints?: number;
  /** w:b, a toggle property (17.7.3): how it combines across styles is layout.ts's business. */
  readonly bold?: boolean;
}

export interface ParaProps {
  /** w:jc as written. */
  readonly jc?: string;
  /** w:ind first-line family, in twips and hundredths of a character. */
  readonly firstLine?: number;
  readonly firstLineChars?: number;
  readonly hanging?: number;
  readonly hangingChars?: number;
  /** w:spacing w:line with its w:lineRule ("auto" when omitted, 17.3.1.33): they travel together. */
  readonly line?: { readonly value: number; readonly rule: string };
}

/** A run's own w:rPr: its character style and its direct formatting, read in one pass over the element. */
export interface DirectRunProps extends RunProps {
  readonly rStyle?: string;
  /** False when the w:rPr sets nothing the layout holds (colour, language …): the styles' format stands as is. */
  readonly formats: boolean;
}

/**
 * Objects of one shape, built once at the end: a WPS document repeats direct formatting on every run, and objects
 * grown property by property take many shapes, which makes every later read of them slow.
 */
export function readRunProps(rPr: XmlElement | undefined): DirectRunProps | undefined {
  if (rPr === undefined) return undefined;
  let eastAsia: FontRef | undefined;
  let ascii: FontRef | undefined;
  let halfPoints: number | undefined;
  let bold: boolean | undefined;
  let rStyle: string | undefined;
  for (const el of rPr.children) {
    if (!isWNamespace(el)) continue;
    switch (el.localName) {
      case "rStyle":
        rStyle = wAttr(el, "val");
        break;
      case "rFonts":
        // A theme attribute, when present, is used instead of the explicit font of the same slot (17.3.2.26).
        eastAsia = fontRef(el, "eastAsiaTheme", "eastAsia") ?? eastAsia;
        ascii = fontRef(el, "asciiTheme", "ascii") ?? ascii;
        break;
      case "sz":
        halfPoints = halfPointsOf(wAttr(el, "val")) ?? halfPoints;
        break;
      case "b":
        bold = onOff(wAttr(el, "val"));
        break;
    }
  }
  const formats = eastAsia !== undefined || ascii !== undefined || halfPoints !== undefined || bold !== undefined;
  return { eastAsia, ascii, halfPoints, bold, rStyle, formats };
}

export function readParaProps(pPr: XmlElement | undefined): ParaProps | undefined {
  if (pPr === undefined) return undefined;
  let jc: string | undefined;
  let ind: XmlElement | undefined;
  let spacing: XmlElement | undefined;
  for (const el of pPr.children) {
    if (!isWNamespace(el)) continue;
    if (el.localName === "jc") jc = wAttr(el, "val");
    else if (el.localName === "ind") ind = el;
    else if (el.localName === "spacing") spacing = el;
  }
  const firstLine = twipsOf(wAttr(ind, "firstLine"));
  const firstLineChars = integerOf(wAttr(ind, "firstLineChars"));
  const hanging = twipsOf(wAttr(ind, "hanging"));
  const hangingChars = integerOf(wAttr(ind, "hangingChars"));
  const lineValue = twipsOf(wAttr(spacing, "line"));
  const line = lineValue === undefined ? undefined : { value: lineValue, rule: wAttr(spacing, "lineRule") ?? "auto" };
  if (jc === undefined && firstLine === undefined && firstLineChars === undefined && hanging === undefined && hangingChars === undefined && line === undefined) {
    return undefined;
  }
  return { jc, firstLine, firstLineChars, hanging, hangingChars, line };
}

/** `over` on top of `base`, property by property. */
export function overlayRun(base: RunProps, over: RunProps | undefined): RunProps {
  if (over === undefined) return base;
  return {
    eastAsia: over.eastAsia ?? base.eastAsia,
    ascii: over.ascii ?? base.ascii,
    halfPoints: over.halfPoints ?? base.halfPoints,
    bold: over.bold ?? base.bold,
  };
}

/**
 * `over` on top of `base`. A level that indents the first line (w:firstLine / w:firstLineChars) ends a hanging indent
 * inherited from below and the reverse, since the two are exclusive (17.3.1.12); within one kind each attribute is
 * inherited on its own, so a style's w:firstLineChars still wins over a w:firstLine set directly, as the spec says the
 * Chars attribute does.
 */
export function overlayPara(base: ParaProps, over: ParaProps | undefined): ParaProps {
  if (over === undefined) return base;
  const setsHanging = over.hanging !== undefined || over.hangingChars !== undefined;
  const setsFirstLine = over.firstLine !== undefined || over.firstLineChars !== undefined;
  const keepHanging = !setsFirstLine || setsHanging;
  const keepFirstLine = !setsHanging || setsFirstLine;
  return {
    jc: over.jc ?? base.jc,
    firstLine: over.firstLine ?? (keepFirstLine ? base.firstLine : undefined),
    firstLineChars: over.firstLineChars ?? (keepFirstLine ? base.firstLineChars : undefined),
    hanging: over.hanging ?? (keepHanging ? base.hanging : undefined),
    hangingChars: over.hangingChars ?? (keepHanging ? base.hangingChars : undefined),
    line: over.line ?? base.line,
  };
}

function fontRef(rFonts: XmlElement, themeAttr: string, nameAttr: string): FontRef | undefined {
  const theme = wAttr(rFonts, themeAttr);
  if (theme !== undefined && theme !== "") return sharedRef(themeRefs, theme, () => ({ theme }));
  const name = wAttr(rFonts, nameAttr);
  return name === undefined || name === "" ? undefined : sharedRef(nameRefs, name, () => ({ name }));
}

/**
 * One FontRef per font name, since every run of a WPS document names its fonts again: fewer objects to collect. A
 * document naming more fonts than the cap (a damaged or hostile one) just gets new objects.
 */
const nameRefs = new Map<string, FontRef>();
const themeRefs = new Map<string, FontRef>();
const MAX_SHARED_REFS = 1000;

function sharedRef(map: Map<string, FontRef>, key: string, make: () => FontRef): FontRef {
  const found = map.get(key);
  if (found !== undefined) return found;
  const ref = make();
  if (map.size < MAX_SHARED_REFS) map.set(key, ref);
  return ref;
}

function integerOf(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\s*-?\d+\s*$/.test(raw)) return undefined;
  return Number.parseInt(raw, 10);
}

/** Points per unit of a universal measure (ST_UniversalMeasure, 22.9.2.15), which Strict files may use. */
const POINTS_PER_UNIT: Readonly<Record<string, number>> = { pt: 1, pc: 12, pi: 12, in: 72, mm: 72 / 25.4, cm: 72 / 2.54 };

/** A twips measure: an integer, or a universal measure such as "2cm" (both appear in ST_SignedTwipsMeasure). */
export function twipsOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const plain = integerOf(raw);
  if (plain !== undefined) return plain;
  const measure = /^\s*(-?\d+(?:\.\d+)?)(pt|pc|pi|in|mm|cm)\s*$/.exec(raw);
  return measure ? Number(measure[1]) * POINTS_PER_UNIT[measure[2]] * 20 : undefined;
}

/** w:sz (ST_HpsMeasure): half-points, or a universal measure; a size outside Word's 1–1638 pt (a damaged file) is ignored. */
function halfPointsOf(raw: string | undefined): number | undefined {
  const twips = raw !== undefined && /[a-z]/.test(raw) ? twipsOf(raw) : undefined;
  const halfPoints = twips !== undefined ? twips / 10 : integerOf(raw);
  return halfPoints !== undefined && halfPoints >= 2 && halfPoints <= 3276 ? halfPoints : undefined;
}
