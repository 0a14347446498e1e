/**
 * The layout properties one level of Word's formatting hierarchy sets (document defaults, a style, direct
 * formatting), read from its w:rPr / w:pPr as written. layout.ts stacks the levels (ECMA-376 Part 1, 17.7.2).
 * Each property, and each attribute of w:rFonts, w:ind and w:spacing, is inherited on its own: a level that sets only
 * w:eastAsia keeps the Latin font of the level below.
 */
import { wAttr, wChild, type XmlElement } from "./xml";

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

export function readRunProps(rPr: XmlElement | undefined): RunProps | undefined {
  if (rPr === undefined) return undefined;
  let props: { -readonly [K in keyof RunProps]: RunProps[K] } | undefined;
  for (const el of rPr.children) {
    switch (el.localName) {
      case "rFonts": {
        // A theme attribute, when present, is used instead of the explicit font of the same slot (17.3.2.26).
        const eastAsia = fontRef(el, "eastAsiaTheme", "eastAsia");
        const ascii = fontRef(el, "asciiTheme", "ascii");
        if (eastAsia !== undefined) (props ??= {}).eastAsia = eastAsia;
        if (ascii !== undefined) (props ??= {}).ascii = ascii;
        break;
      }
      case "sz": {
        const halfPoints = halfPointsOf(wAttr(el, "val"));
        if (halfPoints !== undefined) (props ??= {}).halfPoints = halfPoints;
        break;
      }
      case "b":
        (props ??= {}).bold = onOff(wAttr(el, "val"));
        break;
    }
  }
  return props;
}

export function readParaProps(pPr: XmlElement | undefined): ParaProps | undefined {
  if (pPr === undefined) return undefined;
  let props: { -readonly [K in keyof ParaProps]: ParaProps[K] } | undefined;
  const jc = wAttr(wChild(pPr, "jc"), "val");
  if (jc !== undefined) (props ??= {}).jc = jc;
  const ind = wChild(pPr, "ind");
  if (ind !== undefined) {
    const firstLine = twipsOf(wAttr(ind, "firstLine"));
    const firstLineChars = integerOf(wAttr(ind, "firstLineChars"));
    const hanging = twipsOf(wAttr(ind, "hanging"));
    const hangingChars = integerOf(wAttr(ind, "hangingChars"));
    if (firstLine !== undefined || firstLineChars !== undefined || hanging !== undefined || hangingChars !== undefined) {
      props = { ...props, firstLine, firstLineChars, hanging, hangingChars };
    }
  }
  const spacing = wChild(pPr, "spacing");
  const line = twipsOf(wAttr(spacing, "line"));
  if (line !== undefined) (props ??= {}).line = { value: line, rule: wAttr(spacing, "lineRule") ?? "auto" };
  return props;
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
  if (theme !== undefined && theme !== "") return { theme };
  const name = wAttr(rFonts, nameAttr);
  return name === undefined || name === "" ? undefined : { name };
}

/** ST_OnOff: absent w:val, "1", "true", "on" are on (17.18.60). */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !["0", "false", "off"].includes(val);
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
