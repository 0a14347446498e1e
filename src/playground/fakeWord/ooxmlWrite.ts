/**
 * What the simulated Word's getOoxml() returns (Body/Range/Paragraph, WordApi 1.1): a flat OPC package
 * (pkg:package) like Word's, with the parts a reader needs to resolve formatting as Word does:
 * - /word/document.xml: w:p with w:pPr (w:pStyle, w:numPr, w:spacing, w:ind, w:jc) and w:r with w:rPr (w:rFonts,
 *   w:b/w:bCs, w:sz/w:szCs) holding the direct formatting only, tables as w:tbl, and the body's w:sectPr;
 * - /word/styles.xml: w:docDefaults (theme font references, 五号) and the built-in styles used;
 * - /word/theme/theme1.xml: the font scheme. Word's own getOoxml carries the theme (office-js issue #834 shows it),
 *   and w:docDefaults name fonts only through it (w:eastAsiaTheme="minorEastAsia"): without the theme a reader could
 *   not tell which font unformatted text is in, so leaving it out would make the simulation kinder than Word;
 * - /word/numbering.xml when a paragraph is numbered (Word has been reported to leave this part out: office-js-docs
 *   issues #56 and #508; README "verify on real Word").
 * Settings, font table and document properties, which Word also sends, carry nothing a layout reader uses.
 *
 * Word builds this string in its own process; the simulation builds it on the page's thread, so getOoxml writes it in
 * steps (flatOpcSteps) between which the browser gets a turn: an 800-page document's package is megabytes, and one
 * task building it would be a stall no writer meets in Word (ranges.ts).
 */
import { finish, type Steps } from "../../core/steps";
import type { SimulatedDocument } from "./document";
import type { Span } from "./edit";
import { sectPrXml } from "./page";
import { sliceRuns } from "./runs";
import { DOC_DEFAULTS, STYLES, THEME_FONTS, type SimStyle } from "./styles";
import type { ParagraphFormat, RunFormat, SimParagraph, SimRun } from "./types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const MARKUP = /[&<>"]/;

function esc(text: string): string {
  // Most text has nothing to escape: one test instead of four replaces over every run of an 800-page document.
  if (!MARKUP.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** w:rPr of a run: the paragraph-wide and the run's own direct formatting, in schema order. */
function rPrXml(format: RunFormat): string {
  const fonts = [
    format.fontAscii === undefined ? "" : ` w:ascii="${esc(format.fontAscii)}"`,
    format.fontEastAsia === undefined ? "" : ` w:eastAsia="${esc(format.fontEastAsia)}"`,
    format.fontHAnsi === undefined ? "" : ` w:hAnsi="${esc(format.fontHAnsi)}"`,
  ].join("");
  const hint = format.fontEastAsia === undefined ? "" : ` w:hint="eastAsia"`;
  const parts = [
    fonts || hint ? `<w:rFonts${fonts}${hint}/>` : "",
    format.bold === undefined ? "" : format.bold ? "<w:b/><w:bCs/>" : `<w:b w:val="0"/><w:bCs w:val="0"/>`,
    format.sizeHalfPoints === undefined ? "" : `<w:sz w:val="${format.sizeHalfPoints}"/><w:szCs w:val="${format.sizeHalfPoints}"/>`,
  ].join("");
  return parts ? `<w:rPr>${parts}</w:rPr>` : "";
}

/** w:t, w:tab and w:br of a run's text, written piece by piece (no array per run). */
function runContent(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x09 && code !== 0x0b) continue;
    if (i > from) out += `<w:t xml:space="preserve">${esc(text.slice(from, i))}</w:t>`;
    out += code === 0x09 ? "<w:tab/>" : "<w:br/>";
    from = i + 1;
  }
  if (text.length > from) out += `<w:t xml:space="preserve">${esc(from === 0 ? text : text.slice(from))}</w:t>`;
  return out;
}

/**
 * The run's w:rPr, its own format over the paragraph-wide one, as `{ ...paragraphWide, ...run.format }` would merge
 * them (a key the run sets, even to undefined, wins), remembered per pair of format objects: the paragraphs of a
 * long document share a handful of formats, and each merge and rPr string was made again for every run.
 */
function mergedRPr(paragraphWide: RunFormat, own: RunFormat): string {
  let byOwn = rPrCache.get(paragraphWide);
  if (!byOwn) rPrCache.set(paragraphWide, (byOwn = new WeakMap()));
  let xml = byOwn.get(own);
  if (xml === undefined) {
    xml = rPrXml({ ...paragraphWide, ...own });
    byOwn.set(own, xml);
  }
  return xml;
}

const rPrCache = new WeakMap<RunFormat, WeakMap<RunFormat, string>>();

function runXml(run: SimRun, paragraphWide: RunFormat): string {
  return `<w:r>${mergedRPr(paragraphWide, run.format)}${runContent(run.text)}</w:r>`;
}

const NO_FORMAT: RunFormat = {};

/** The character formatting given to the whole paragraph, one object per paragraph format (see mergedRPr). */
function paragraphWideRun(format: ParagraphFormat | undefined): RunFormat {
  if (!format) return NO_FORMAT;
  let wide = wideCache.get(format);
  if (!wide) {
    const { fontEastAsia, fontAscii, fontHAnsi, sizeHalfPoints, bold } = format;
    wide = Object.fromEntries(Object.entries({ fontEastAsia, fontAscii, fontHAnsi, sizeHalfPoints, bold }).filter(([, v]) => v !== undefined)) as RunFormat;
    wideCache.set(format, wide);
  }
  return wide;
}

const wideCache = new WeakMap<ParagraphFormat, RunFormat>();

/** w:spacing, w:ind and w:jc of a paragraph's direct formatting (the size turns characters into twips, as Word does). */
function paragraphPropsXml(format: ParagraphFormat | undefined, sizeHalfPoints: number): string {
  if (!format) return "";
  const spacing = format.lineSpacing ? `<w:spacing w:line="${format.lineSpacing.line}" w:lineRule="${format.lineSpacing.rule}"/>` : "";
  let ind = "";
  if (format.firstLineChars !== undefined) {
    const twips = Math.round((format.firstLineChars / 100) * sizeHalfPoints * 10);
    ind = format.firstLineChars < 0
      ? `<w:ind w:hangingChars="${-format.firstLineChars}" w:hanging="${-twips}"/>`
      : `<w:ind w:firstLineChars="${format.firstLineChars}" w:firstLine="${twips}"/>`;
  } else if (format.firstLineTwips !== undefined) {
    ind = format.firstLineTwips < 0 ? `<w:ind w:hanging="${-format.firstLineTwips}"/>` : `<w:ind w:firstLine="${format.firstLineTwips}"/>`;
  }
  const jc = format.alignment ? `<w:jc w:val="${format.alignment}"/>` : "";
  return spacing + ind + jc;
}

class Lists {
  /** One w:num per distinct list text: its level's w:lvlText is that text, so a reader renders it back verbatim. */
  readonly byText = new Map<string, { id: number; level: number }>();

  numPr(p: SimParagraph): string {
    if (p.listString === undefined) return "";
    const level = p.listLevel ?? 0;
    const key = `${level}\u0000${p.listString}`;
    let entry = this.byText.get(key);
    if (!entry) {
      entry = { id: this.byText.size + 1, level };
      this.byText.set(key, entry);
    }
    return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${entry.id}"/></w:numPr>`;
  }

  xml(): string | undefined {
    if (this.byText.size === 0) return undefined;
    const abstracts: string[] = [];
    const nums: string[] = [];
    for (const [key, { id, level }] of this.byText) {
      const text = key.slice(key.indexOf("\u0000") + 1).replace(/%/g, "");
      abstracts.push(
        `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/>` +
          `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`,
      );
      nums.push(`<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`);
    }
    return `<w:numbering xmlns:w="${W}">${abstracts.join("")}${nums.join("")}</w:numbering>`;
  }
}

function paragraphXml(p: SimParagraph, runs: readonly SimRun[], lists: Lists): string {
  const style = p.styleBuiltIn !== "Normal" && STYLES[p.styleBuiltIn] ? `<w:pStyle w:val="${p.styleBuiltIn}"/>` : "";
  const wide = paragraphWideRun(p.format);
  const size = wide.sizeHalfPoints ?? runs.find((r) => r.format.sizeHalfPoints)?.format.sizeHalfPoints ?? 21;
  const pPr = style + lists.numPr(p) + paragraphPropsXml(p.format, size);
  let xml = `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}`;
  for (const run of runs) xml += runXml(run, wide);
  return `${xml}</w:p>`;
}

/**
 * The body's XML, paragraph by paragraph. Table paragraphs next to each other are the cells of one row. A nested
 * table is written at depth 1: Word would need an extra paragraph after it in the cell, which the simulated document
 * does not have, so the package would list a paragraph that body.paragraphs does not.
 *
 * The XML is kept as flat strings of a step's paragraphs each (`endStep`), joined once at the end: a string grown by
 * `+=` over thousands of paragraphs is a tree of pieces that the reader's first look at it copies into one string,
 * a task of its own (at 4x, 100 ms on 800 pages) where Word hands over a string that is already whole.
 */
class BodyWriter {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];
  private row: string[] = [];

  paragraph(p: SimParagraph, xml: string): void {
    if (p.tableNestingLevel > 0) {
      this.row.push(`<w:tc>${xml}</w:tc>`);
      return;
    }
    this.flushRow();
    this.pieces.push(xml);
  }

  /** The pieces written since the last step, as one flat string (Array.join copies them into one). */
  endStep(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
  }

  /** The body's chunks, in order, after the last paragraph. */
  finish(): readonly string[] {
    this.flushRow();
    this.endStep();
    return this.chunks;
  }

  private flushRow(): void {
    if (this.row.length === 0) return;
    this.pieces.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${this.row.join("")}</w:tr></w:tbl>`);
    this.row = [];
  }
}

function styleXml(style: SimStyle): string {
  const fonts = style.themeFonts === "major" ? `<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi"/>` : "";
  const rPr = fonts + rPrXml(style.run).replace(/^<w:rPr>|<\/w:rPr>$/g, "");
  const outline = style.outlineLevel === undefined ? "" : `<w:outlineLvl w:val="${style.outlineLevel}"/>`;
  const pPr = paragraphPropsXml(style.paragraph, style.run.sizeHalfPoints ?? 21) + outline;
  return (
    `<w:style w:type="paragraph"${style.id === "Normal" ? ` w:default="1"` : ""} w:styleId="${style.id}"><w:name w:val="${style.name}"/>` +
    (style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/><w:next w:val="Normal"/>` : "") +
    `<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}</w:style>`
  );
}

function stylesXml(): string {
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>` +
    `<w:kern w:val="2"/><w:sz w:val="${DOC_DEFAULTS.run.sizeHalfPoints}"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault/></w:docDefaults>`;
  return `<w:styles xmlns:w="${W}">${defaults}${Object.values(STYLES).map(styleXml).join("")}</w:styles>`;
}

function themeXml(): string {
  const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const fonts = (latin: string, hans: string) =>
    `<a:latin typeface="${esc(latin)}" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>` +
    `<a:font script="Hans" typeface="${esc(hans)}"/><a:font script="Hant" typeface="新細明體"/><a:font script="Jpan" typeface="游ゴシック"/>`;
  return (
    `<a:theme xmlns:a="${A}" name="Office 主题"><a:themeElements><a:fontScheme name="Office">` +
    `<a:majorFont>${fonts(THEME_FONTS.majorLatin, THEME_FONTS.majorEastAsia)}</a:majorFont>` +
    `<a:minorFont>${fonts(THEME_FONTS.minorLatin, THEME_FONTS.minorEastAsia)}</a:minorFont>` +
    `</a:fontScheme></a:themeElements></a:theme>`
  );
}

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

const CT = "application/vnd.openxmlformats-officedocument";

/** Paragraphs written per step: a few milliseconds' work at most on a slow PC. */
const PARAGRAPHS_PER_STEP = 100;

/** The flat OPC package of `span` in `doc`: partial paragraphs at its ends keep only the covered text. */
export function buildFlatOpc(doc: SimulatedDocument, span: Span): string {
  return finish(flatOpcSteps(doc, span));
}

/**
 * buildFlatOpc as steps. The document is taken as it is when this is called (the op's place in its batch, as in
 * Word), before any step runs: paragraph records are replaced on every edit, never changed in place, so an edit made
 * in a turn between two steps (or before the first) does not reach the package being written.
 */
export function flatOpcSteps(doc: SimulatedDocument, span: Span): Steps<string> {
  const start = doc.inText(span.start);
  const end = doc.inText(span.end);
  const covered: { p: SimParagraph; from: number; to: number }[] = [];
  for (let i = start.para; i <= end.para; i++) {
    const p = doc.paragraph(i);
    covered.push({ p, from: i === start.para ? start.offset : 0, to: i === end.para ? end.offset : p.text.length });
  }
  return writeSteps(covered, doc.isPartStory ? "" : sectPrXml(doc.page));
}

function* writeSteps(covered: readonly { p: SimParagraph; from: number; to: number }[], sectPr: string): Steps<string> {
  const lists = new Lists();
  const body = new BodyWriter();
  for (let i = 0; i < covered.length; i++) {
    const { p, from, to } = covered[i];
    body.paragraph(p, paragraphXml(p, sliceRuns(p, from, to), lists));
    if ((i + 1) % PARAGRAPHS_PER_STEP === 0) {
      body.endStep();
      yield;
    }
  }
  const numbering = lists.xml();
  const rels =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    (numbering ? `<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>` : "") +
    `</Relationships>`;
  const documentStart = `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${CT}.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
  const documentEnd = `${sectPr}</w:body></w:document></pkg:xmlData></pkg:part>`;
  // One join: the package comes out as one flat string, as Word's does (see BodyWriter).
  return [
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`) +
      part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml", rels) +
      documentStart,
    ...body.finish(),
    documentEnd +
      part("/word/styles.xml", `${CT}.wordprocessingml.styles+xml`, stylesXml()) +
      part("/word/theme/theme1.xml", `${CT}.theme+xml`, themeXml()) +
      (numbering ? part("/word/numbering.xml", `${CT}.wordprocessingml.numbering+xml`, numbering) : "") +
      `</pkg:package>`,
  ].join("");
}
