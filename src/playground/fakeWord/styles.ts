/**
 * The styles, document defaults and theme fonts of the simulated Word, and how a character's or a paragraph's
 * effective formatting is resolved through them (direct formatting → paragraph style → Normal → w:docDefaults), as
 * Word resolves it.
 *
 * Which defaults: a blank document of a current Chinese (zh-CN) Microsoft 365 Word, as we believe it to be (not
 * checked on a real Word here; README "verify on real Word"): w:docDefaults give the theme's minor fonts (w:asciiTheme
 * minorHAnsi, w:eastAsiaTheme minorEastAsia), 五号 (w:sz 21 = 10.5 pt); the Office theme's minor font for Simplified
 * Chinese (a:font script="Hans") and the Latin one are 等线, the major ones 等线 Light; Normal (正文) is justified
 * (w:jc both) with single line spacing and no indent; 标题 1 is 二号 bold, 标题 2 the major font 三号 bold,
 * 标题 3 三号 bold, Title (标题) the major font 三号 bold centred. Word 2007–2013 used 宋体 + Calibri instead, and
 * WPS 宋体: a document made there carries its own defaults, which only a loaded .docx brings in.
 */
import type { ParagraphFormat, RunFormat, SimLineSpacing, SimParagraph } from "./types";

export const THEME_FONTS = {
  minorLatin: "等线",
  minorEastAsia: "等线",
  majorLatin: "等线 Light",
  majorEastAsia: "等线 Light",
} as const;

/** Where a style takes its fonts from: the theme's body (minor) or heading (major) fonts. */
type ThemeFontSlot = "minor" | "major";

export interface SimStyle {
  readonly id: string;
  /** The name Word writes in styles.xml (w:name), English as Word stores it for built-in styles. */
  readonly name: string;
  readonly basedOn?: string;
  readonly themeFonts?: ThemeFontSlot;
  readonly run: RunFormat;
  readonly paragraph: Omit<ParagraphFormat, keyof RunFormat>;
  readonly outlineLevel?: number;
}

/** w:docDefaults: the run and paragraph properties every style starts from. */
export const DOC_DEFAULTS: { readonly themeFonts: ThemeFontSlot; readonly run: RunFormat; readonly paragraph: Omit<ParagraphFormat, keyof RunFormat> } = {
  themeFonts: "minor",
  run: { sizeHalfPoints: 21 },
  paragraph: {},
};

const SINGLE: SimLineSpacing = { rule: "auto", line: 240 };

/** The built-in styles the simulated Word knows, by styleBuiltIn (which is also their style id here). */
export const STYLES: Readonly<Record<string, SimStyle>> = {
  Normal: { id: "Normal", name: "Normal", run: {}, paragraph: { alignment: "both", lineSpacing: SINGLE } },
  Heading1: { id: "Heading1", name: "heading 1", basedOn: "Normal", run: { bold: true, sizeHalfPoints: 44 }, paragraph: { lineSpacing: { rule: "auto", line: 578 } }, outlineLevel: 0 },
  Heading2: { id: "Heading2", name: "heading 2", basedOn: "Normal", themeFonts: "major", run: { bold: true, sizeHalfPoints: 32 }, paragraph: { lineSpacing: { rule: "auto", line: 416 } }, outlineLevel: 1 },
  Heading3: { id: "Heading3", name: "heading 3", basedOn: "Normal", run: { bold: true, sizeHalfPoints: 32 }, paragraph: { lineSpacing: { rule: "auto", line: 416 } }, outlineLevel: 2 },
  Title: { id: "Title", name: "Title", basedOn: "Normal", themeFonts: "major", run: { bold: true, sizeHalfPoints: 32 }, paragraph: { alignment: "center" } },
};

/** The style of a paragraph: an unknown built-in (a list paragraph, a quote) behaves as Normal here. */
export function styleOf(styleBuiltIn: string): SimStyle {
  return STYLES[styleBuiltIn] ?? { ...STYLES.Normal, id: styleBuiltIn, name: styleBuiltIn, basedOn: "Normal", paragraph: {} };
}

/** Fully resolved character formatting of one stretch of text: every slot known. */
export interface EffectiveRun {
  readonly fontEastAsia: string;
  readonly fontAscii: string;
  readonly fontHAnsi: string;
  readonly sizeHalfPoints: number;
  readonly bold: boolean;
}

function chain(styleBuiltIn: string): SimStyle[] {
  const out: SimStyle[] = [];
  for (let style: SimStyle | undefined = styleOf(styleBuiltIn); style; style = style.basedOn ? styleOf(style.basedOn) : undefined) {
    out.unshift(style);
    if (out.length > 9) break;
  }
  return out;
}

/** Styles never change while the page runs: each one's resolved formatting is worked out once. */
const styleRunCache = new Map<string, EffectiveRun>();

/** The style's formatting before any direct formatting: what a run with an empty w:rPr shows. */
export function styleRun(styleBuiltIn: string): EffectiveRun {
  let resolved = styleRunCache.get(styleBuiltIn);
  if (!resolved) {
    resolved = resolveStyleRun(styleBuiltIn);
    styleRunCache.set(styleBuiltIn, resolved);
  }
  return resolved;
}

function resolveStyleRun(styleBuiltIn: string): EffectiveRun {
  const styles = chain(styleBuiltIn);
  const slot = [...styles].reverse().find((s) => s.themeFonts)?.themeFonts ?? DOC_DEFAULTS.themeFonts;
  const latin = slot === "major" ? THEME_FONTS.majorLatin : THEME_FONTS.minorLatin;
  const eastAsia = slot === "major" ? THEME_FONTS.majorEastAsia : THEME_FONTS.minorEastAsia;
  const base: EffectiveRun = { fontEastAsia: eastAsia, fontAscii: latin, fontHAnsi: latin, sizeHalfPoints: 21, bold: false };
  return [DOC_DEFAULTS.run, ...styles.map((s) => s.run)].reduce<EffectiveRun>((acc, run) => overlay(acc, run), base);
}

function overlay(base: EffectiveRun, run: RunFormat): EffectiveRun {
  return {
    fontEastAsia: run.fontEastAsia ?? base.fontEastAsia,
    fontAscii: run.fontAscii ?? base.fontAscii,
    fontHAnsi: run.fontHAnsi ?? base.fontHAnsi,
    sizeHalfPoints: run.sizeHalfPoints ?? base.sizeHalfPoints,
    bold: run.bold ?? base.bold,
  };
}

/** A stretch's effective formatting: its style, then the paragraph-wide direct formatting, then the run's own. */
export function effectiveRun(p: Pick<SimParagraph, "styleBuiltIn" | "format">, run: RunFormat): EffectiveRun {
  return overlay(overlay(styleRun(p.styleBuiltIn), p.format ?? {}), run);
}

export interface EffectiveParagraph {
  readonly alignment: "left" | "center" | "right" | "both";
  /** Exactly one of the two is set: characters win over twips, as in Word. 0 twips: no indent. */
  readonly firstLineChars?: number;
  readonly firstLineTwips?: number;
  readonly lineSpacing: SimLineSpacing;
}

const styleParagraphCache = new Map<string, EffectiveParagraph>();

export function effectiveParagraph(p: Pick<SimParagraph, "styleBuiltIn" | "format">): EffectiveParagraph {
  let fromStyle = styleParagraphCache.get(p.styleBuiltIn);
  if (!fromStyle) {
    fromStyle = layer({ alignment: "left", firstLineTwips: 0, lineSpacing: SINGLE }, [DOC_DEFAULTS.paragraph, ...chain(p.styleBuiltIn).map((s) => s.paragraph)]);
    styleParagraphCache.set(p.styleBuiltIn, fromStyle);
  }
  return p.format ? layer(fromStyle, [p.format]) : fromStyle;
}

function layer(base: EffectiveParagraph, layers: readonly Omit<ParagraphFormat, keyof RunFormat>[]): EffectiveParagraph {
  let { alignment, lineSpacing } = base;
  let indent: { firstLineChars?: number; firstLineTwips?: number } =
    base.firstLineChars !== undefined ? { firstLineChars: base.firstLineChars } : { firstLineTwips: base.firstLineTwips };
  for (const l of layers) {
    alignment = l.alignment ?? alignment;
    if (l.firstLineChars !== undefined) indent = { firstLineChars: l.firstLineChars };
    else if (l.firstLineTwips !== undefined) indent = { firstLineTwips: l.firstLineTwips };
    lineSpacing = l.lineSpacing ?? lineSpacing;
  }
  return { alignment, ...indent, lineSpacing };
}
