/**
 * Resolves a paragraph's layout as Word shows it (ECMA-376 Part 1, 17.7.2 style hierarchy): document defaults
 * (w:docDefaults), then the paragraph style and the styles it is based on, then the run's character style and its
 * chain, then direct formatting. Bold is a toggle property (17.7.3): a paragraph style and a character style that
 * both make a run bold cancel out, while direct w:b always wins. Table styles are not applied: the layout check leaves
 * table paragraphs alone.
 *
 * Resolved values are cached per style (and per style pair for runs), so a 200-page document costs one map lookup per
 * run that has no direct formatting.
 */
import type { FirstLineIndent, LayoutAlignment, LineSpacing, ParagraphLayout, RunLayout } from "../core/layout/types";
import type { RawRun } from "./body";
import { overlayPara, overlayRun, readParaProps, readRunProps, type FontRef, type ParaProps, type RunProps } from "./format-props";
import { LayoutInterner, type ParagraphFormat, type RunFormat } from "./layout-intern";
import { themeFont, type ThemeFonts } from "./theme";
import { childElements, isW, wAttr, wChild, wVal, type XmlElement } from "./xml";

interface StyleEntry {
  readonly type: string;
  readonly basedOn?: string;
  readonly para?: ParaProps;
  readonly run?: RunProps;
}


/** Word shows text in 10 pt when no level sets a size (17.3.2.38). */
const DEFAULT_HALF_POINTS = 20;

export class LayoutResolver {
  private readonly styles = new Map<string, StyleEntry>();
  private readonly defaults: { readonly para: ParaProps; readonly run: RunProps };
  private readonly defaultCharacterStyle?: string;
  private readonly paragraphRuns = new Map<string, RunProps>();
  private readonly paragraphFormats = new Map<string, ParagraphFormat>();
  private readonly characterRuns = new Map<string, RunProps>();
  private readonly runFormats = new Map<string, RunFormat>();
  private readonly intern = new LayoutInterner();

  constructor(stylesRoot: XmlElement | undefined, private readonly theme: ThemeFonts | undefined) {
    let defaultCharacterStyle: string | undefined;
    const docDefaults = stylesRoot === undefined ? undefined : wChild(stylesRoot, "docDefaults");
    this.defaults = {
      para: readParaProps(wChild(wChild(docDefaults, "pPrDefault"), "pPr")) ?? {},
      run: readRunProps(wChild(wChild(docDefaults, "rPrDefault"), "rPr")) ?? {},
    };
    for (const el of stylesRoot === undefined ? [] : childElements(stylesRoot)) {
      const id = isW(el, "style") ? wAttr(el, "styleId") : undefined;
      if (id === undefined || this.styles.has(id)) continue;
      const type = wAttr(el, "type") ?? "paragraph";
      this.styles.set(id, {
        type,
        basedOn: wVal(el, "basedOn"),
        para: type === "paragraph" ? readParaProps(wChild(el, "pPr")) : undefined,
        run: readRunProps(wChild(el, "rPr")),
      });
      if (type === "character" && ["1", "true", "on"].includes(wAttr(el, "default") ?? "")) defaultCharacterStyle ??= id;
    }
    this.defaultCharacterStyle = defaultCharacterStyle;
  }

  /**
   * The layout of a paragraph whose (existing, or undefined for none) paragraph style is `styleId`, with its direct
   * w:pPr and the runs the walk collected for its text.
   */
  paragraph(styleId: string | undefined, pPr: XmlElement | undefined, runs: readonly RawRun[]): ParagraphLayout {
    const format = this.paragraphFormat(styleId ?? "", pPr);
    const formats: RunFormat[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (const run of runs) {
      const runFormat = this.runFormat(styleId ?? "", run.rPr);
      const last = formats.length - 1;
      // Formats are shared objects (layout-intern.ts): equal formats are the same object.
      if (last >= 0 && ends[last] === run.start && formats[last] === runFormat) {
        ends[last] = run.end;
      } else {
        formats.push(runFormat);
        starts.push(run.start);
        ends.push(run.end);
      }
    }
    // An array of exact length (one grown by push keeps room for 16).
    const out = new Array<RunLayout>(formats.length);
    for (let i = 0; i < formats.length; i++) out[i] = this.intern.run(starts[i], ends[i], formats[i]);
    return this.intern.paragraph(format, out);
  }

  /** The font size of text in the paragraph style `styleId` without character formatting (Normal's size for the grid). */
  sizePt(styleId: string | undefined): number {
    return this.runFormat(styleId ?? "", undefined).sizePt ?? DEFAULT_HALF_POINTS / 2;
  }

  private paragraphFormat(styleId: string, pPr: XmlElement | undefined): ParagraphFormat {
    const direct = readParaProps(pPr);
    const cached = this.paragraphFormats.get(styleId);
    if (direct === undefined && cached !== undefined) return cached;
    let props = this.defaults.para;
    for (const style of this.chainFromRoot(styleId, "paragraph")) props = overlayPara(props, style.para);
    if (direct === undefined) {
      const format = this.intern.paragraphFormat(paragraphFormatOf(props));
      this.paragraphFormats.set(styleId, format);
      return format;
    }
    return this.intern.paragraphFormat(paragraphFormatOf(overlayPara(props, direct)));
  }

  private runFormat(styleId: string, rPr: XmlElement | undefined): RunFormat {
    const rStyle = wVal(rPr, "rStyle") ?? this.defaultCharacterStyle ?? "";
    const direct = readRunProps(rPr);
    const key = `${styleId}\u0000${rStyle}`;
    const cached = this.runFormats.get(key);
    if (direct === undefined && cached !== undefined) return cached;

    const paragraph = this.paragraphRun(styleId);
    const character = this.characterRun(rStyle);
    let props = overlayRun(paragraph, { ...character, bold: undefined });
    // 17.7.3: the character style's bold toggles what the paragraph style (or the defaults) gave.
    const styled = (paragraph.bold ?? false) !== (character.bold ?? false);
    props = overlayRun(props, { bold: styled });
    if (direct !== undefined) props = overlayRun(props, direct);
    const format = this.runFormatOf(props);
    if (direct === undefined) this.runFormats.set(key, format);
    return format;
  }

  /** Defaults and the paragraph style chain, root first. */
  private paragraphRun(styleId: string): RunProps {
    let props = this.paragraphRuns.get(styleId);
    if (props === undefined) {
      props = this.defaults.run;
      for (const style of this.chainFromRoot(styleId, "paragraph")) props = overlayRun(props, style.run);
      this.paragraphRuns.set(styleId, props);
    }
    return props;
  }

  /** The character style chain alone, root first; bold is the nearest style's value. */
  private characterRun(styleId: string): RunProps {
    let props = this.characterRuns.get(styleId);
    if (props === undefined) {
      props = {};
      for (const style of this.chainFromRoot(styleId, "character")) props = overlayRun(props, style.run);
      this.characterRuns.set(styleId, props);
    }
    return props;
  }

  private runFormatOf(props: RunProps): RunFormat {
    return this.intern.runFormat({
      eastAsiaFont: this.font(props.eastAsia),
      latinFont: this.font(props.ascii),
      sizePt: (props.halfPoints ?? DEFAULT_HALF_POINTS) / 2,
      bold: props.bold ?? false,
    });
  }

  private font(ref: FontRef | undefined): string | undefined {
    if (ref === undefined) return undefined;
    return "name" in ref ? ref.name : themeFont(this.theme, ref.theme);
  }

  /** The style and the styles it is based on, farthest first; styles of another type and cycles end the chain. */
  private chainFromRoot(styleId: string, type: string): StyleEntry[] {
    const chain: StyleEntry[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && id !== "" && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (style === undefined || style.type !== type) break;
      chain.push(style);
      id = style.basedOn;
    }
    return chain.reverse();
  }
}

function paragraphFormatOf(props: ParaProps): ParagraphFormat {
  return { alignment: alignmentOf(props.jc), firstLineIndent: indentOf(props), lineSpacing: lineSpacingOf(props.line) };
}

/** ST_Jc (17.18.44): both and distribute justify; start/end are left/right in left-to-right text. */
function alignmentOf(jc: string | undefined): LayoutAlignment {
  switch (jc) {
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
    case "lowKashida":
    case "mediumKashida":
    case "highKashida":
    case "thaiDistribute":
      return "justify";
    default:
      return "left";
  }
}

/** w:ind (17.3.1.12): the Chars attributes, when not 0, are what Word uses; a hanging indent is negative. */
function indentOf(props: ParaProps): FirstLineIndent {
  const hangs = (props.hangingChars ?? 0) !== 0 || (props.hanging ?? 0) !== 0;
  const chars = hangs ? -(props.hangingChars ?? 0) : (props.firstLineChars ?? 0);
  const twips = hangs ? props.hanging : props.firstLine;
  const pt = twips === undefined ? undefined : (hangs ? -twips : twips) / 20;
  if (chars === 0) return { pt: pt ?? 0 };
  return pt === undefined ? { chars: chars / 100 } : { chars: chars / 100, pt };
}

/** w:spacing (17.3.1.33): "auto" counts 240ths of a line, "exact" and "atLeast" twips; single spacing when unset. */
function lineSpacingOf(line: ParaProps["line"]): LineSpacing {
  if (line === undefined) return { rule: "multiple", lines: 1 };
  if (line.rule === "exact" || line.rule === "atLeast") return { rule: line.rule, pt: line.value / 20 };
  return { rule: "multiple", lines: line.value / 240 };
}
