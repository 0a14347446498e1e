/**
 * Resolves a paragraph's layout as Word shows it (ECMA-376 Part 1, 17.7.2 style hierarchy): document defaults
 * (w:docDefaults), then the paragraph style and the styles it is based on (with a list level's indents for a
 * numbered paragraph, see paragraphFormat), then the run's character style and its chain, then direct formatting. Bold is a toggle property (17.7.3): a paragraph style and a character style that
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
import { isDefaultStyle } from "./styles";
import { themeFont, type ThemeFonts } from "./theme";
import { childElements, isW, wAttr, wChild, wVal, type XmlElement } from "./xml";

interface StyleEntry {
  readonly type: string;
  readonly basedOn?: string;
  readonly para?: ParaProps;
  readonly run?: RunProps;
}

/** What the styles give, as properties (to stack direct formatting on) and resolved. */
interface Styled<P, F> {
  readonly props: P;
  readonly format: F;
}

interface StyledParagraph extends Styled<ParaProps, ParagraphFormat> {
  /** What the style chain alone sets, without the document defaults. */
  readonly own: ParaProps;
}

/** The list level a numbered paragraph shows: its w:lvl's w:pPr, and whether the numbering came with the style. */
export interface ListLevelProps {
  readonly pPr?: XmlElement;
  readonly fromStyle: boolean;
}

/** Word shows text in 10 pt when no level sets a size (17.3.2.38). */
const DEFAULT_HALF_POINTS = 20;

export class LayoutResolver {
  private readonly styles = new Map<string, StyleEntry>();
  private readonly defaults: { readonly para: ParaProps; readonly run: RunProps };
  private readonly defaultCharacterStyle?: string;
  private readonly paragraphStyles = new Map<string, StyledParagraph>();
  /** List levels' paragraph properties, read once per w:lvl. */
  private readonly levels = new Map<XmlElement, ParaProps | undefined>();
  private readonly runStyles = new Map<string, Map<string, Styled<RunProps, RunFormat>>>();
  private readonly intern = new LayoutInterner();
  /**
   * Formats resolved per w:pPr / w:rPr element, with what they were resolved for: the pane's parse shares equal
   * property elements (src/docx/flatOpc.ts), so each distinct one is read once, not once per paragraph and run.
   */
  private readonly paragraphFormats = new WeakMap<XmlElement, { readonly styleId: string; readonly list: ListLevelProps | undefined; readonly format: ParagraphFormat }>();
  private readonly runFormats = new WeakMap<XmlElement, { readonly styleId: string; readonly format: RunFormat }>();
  private readonly scratch = { formats: [] as RunFormat[], starts: [] as number[], ends: [] as number[] };

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
      if (type === "character" && isDefaultStyle(el)) defaultCharacterStyle ??= id;
    }
    this.defaultCharacterStyle = defaultCharacterStyle;
  }

  /**
   * The layout of a paragraph whose (existing, or undefined for none) paragraph style is `styleId`, with its direct
   * w:pPr and the runs the walk collected for its text.
   */
  paragraph(styleId: string | undefined, pPr: XmlElement | undefined, runs: readonly RawRun[], list?: ListLevelProps): ParagraphLayout {
    const format = this.paragraphFormat(styleId ?? "", pPr, list);
    // Runs merged in scratch arrays reused from paragraph to paragraph, then copied to one of exact length (an array
    // grown by push keeps room for 16 and is kept with the paragraph).
    const { formats, starts, ends } = this.scratch;
    let count = 0;
    for (const run of runs) {
      const runFormat = this.runFormat(styleId ?? "", run.rPr);
      // Formats are shared objects (layout-intern.ts): equal formats are the same object.
      if (count > 0 && ends[count - 1] === run.start && formats[count - 1] === runFormat) {
        ends[count - 1] = run.end;
      } else {
        formats[count] = runFormat;
        starts[count] = run.start;
        ends[count] = run.end;
        count++;
      }
    }
    const out = new Array<RunLayout>(count);
    for (let i = 0; i < count; i++) out[i] = this.intern.run(starts[i], ends[i], formats[i]);
    formats.length = 0;
    return this.intern.paragraph(format, out);
  }

  /** The font size of text in the paragraph style `styleId` without character formatting (Normal's size for the grid). */
  sizePt(styleId: string | undefined): number {
    return this.runFormat(styleId ?? "", undefined).sizePt ?? DEFAULT_HALF_POINTS / 2;
  }

  /**
   * A list level's w:pPr (its indents) comes between the styles and direct formatting when the paragraph is numbered
   * by its own w:numPr: "paragraph properties specified on the numbered paragraph itself override" the level's
   * (17.9.6), and the level's override the paragraph style's. When the numbering comes from the paragraph style, the
   * style's own indents win over the level's (numbering is applied before paragraph styles, 17.7.2), as Word and
   * LibreOffice show it.
   */
  private paragraphFormat(styleId: string, pPr: XmlElement | undefined, list: ListLevelProps | undefined): ParagraphFormat {
    if (pPr === undefined) return this.resolveParagraphFormat(styleId, pPr, list);
    const known = this.paragraphFormats.get(pPr);
    if (known !== undefined && known.styleId === styleId && known.list?.pPr === list?.pPr && known.list?.fromStyle === list?.fromStyle) return known.format;
    const format = this.resolveParagraphFormat(styleId, pPr, list);
    this.paragraphFormats.set(pPr, { styleId, list, format });
    return format;
  }

  private resolveParagraphFormat(styleId: string, pPr: XmlElement | undefined, list: ListLevelProps | undefined): ParagraphFormat {
    const styled = this.styledParagraph(styleId);
    const direct = readParaProps(pPr);
    const numbered = list === undefined ? undefined : this.levelProps(list.pPr);
    if (numbered === undefined && direct === undefined) return styled.format;
    let props = styled.props;
    if (numbered !== undefined && list?.fromStyle) props = overlayPara(overlayPara(this.defaults.para, numbered), styled.own);
    else if (numbered !== undefined) props = overlayPara(props, numbered);
    return this.intern.paragraphFormat(paragraphFormatOf(overlayPara(props, direct)));
  }

  private levelProps(pPr: XmlElement | undefined): ParaProps | undefined {
    if (pPr === undefined) return undefined;
    if (!this.levels.has(pPr)) this.levels.set(pPr, readParaProps(pPr));
    return this.levels.get(pPr);
  }

  private runFormat(styleId: string, rPr: XmlElement | undefined): RunFormat {
    if (rPr === undefined) return this.resolveRunFormat(styleId, rPr);
    const known = this.runFormats.get(rPr);
    if (known !== undefined && known.styleId === styleId) return known.format;
    const format = this.resolveRunFormat(styleId, rPr);
    this.runFormats.set(rPr, { styleId, format });
    return format;
  }

  private resolveRunFormat(styleId: string, rPr: XmlElement | undefined): RunFormat {
    const direct = readRunProps(rPr);
    const styled = this.styledRun(styleId, direct?.rStyle ?? this.defaultCharacterStyle ?? "");
    return direct === undefined || !direct.formats ? styled.format : this.runFormatOf(overlayRun(styled.props, direct));
  }

  /** Defaults and the paragraph style chain, root first: once per style. */
  private styledParagraph(styleId: string): StyledParagraph {
    let styled = this.paragraphStyles.get(styleId);
    if (styled === undefined) {
      let own: ParaProps = {};
      for (const style of this.chainFromRoot(styleId, "paragraph")) own = overlayPara(own, style.para);
      const props = overlayPara(this.defaults.para, own);
      styled = { props, own, format: this.intern.paragraphFormat(paragraphFormatOf(props)) };
      this.paragraphStyles.set(styleId, styled);
    }
    return styled;
  }

  /** What a run shows without direct formatting, in this paragraph style and character style: once per pair. */
  private styledRun(styleId: string, rStyle: string): Styled<RunProps, RunFormat> {
    let byCharacterStyle = this.runStyles.get(styleId);
    if (byCharacterStyle === undefined) {
      byCharacterStyle = new Map();
      this.runStyles.set(styleId, byCharacterStyle);
    }
    let styled = byCharacterStyle.get(rStyle);
    if (styled === undefined) {
      let paragraph = this.defaults.run;
      for (const style of this.chainFromRoot(styleId, "paragraph")) paragraph = overlayRun(paragraph, style.run);
      // The character style chain alone, root first; its bold is the nearest style's value.
      let character: RunProps = {};
      for (const style of this.chainFromRoot(rStyle, "character")) character = overlayRun(character, style.run);
      // 17.7.3: the character style's bold toggles what the paragraph style (or the defaults) gave.
      const bold = (paragraph.bold ?? false) !== (character.bold ?? false);
      const props = overlayRun(paragraph, { ...character, bold });
      styled = { props, format: this.runFormatOf(props) };
      byCharacterStyle.set(rStyle, styled);
    }
    return styled;
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
