/** Test helper: assembles a minimal .docx in memory from WordprocessingML snippets. */
import { strToU8, zipSync } from "fflate";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"';

export interface DocxParts {
  /** Children of w:body. */
  readonly body: string;
  /** Children of w:styles; omitted → no styles part. */
  readonly styles?: string;
  /** Children of w:numbering; omitted → no numbering part. */
  readonly numbering?: string;
  /** Write _rels/.rels and document.xml.rels as Word does (default true). */
  readonly rels?: boolean;
  /** Children of w:hdr for header1.xml, header2.xml …, related as rIdH1, rIdH2 … (refer to them with sectPr()). */
  readonly headers?: readonly string[];
  /** Children of w:ftr for footer1.xml …, related as rIdF1 … */
  readonly footers?: readonly string[];
  /** Children of w:footnotes / w:endnotes (see note()). */
  readonly footnotes?: string;
  readonly endnotes?: string;
  /** Children of w:settings. */
  readonly settings?: string;
  /** The whole theme part (a:theme …), related as word/theme/theme1.xml. */
  readonly theme?: string;
  /** Extra files by path, e.g. to corrupt a part. */
  readonly extra?: Readonly<Record<string, string>>;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.styles !== undefined) files["word/styles.xml"] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering !== undefined) files["word/numbering.xml"] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  const related: Array<[id: string, type: string, target: string]> = [["rId1", "styles", "styles.xml"], ["rId2", "numbering", "numbering.xml"]];
  const addPart = (id: string, type: string, target: string, root: string, children: string): void => {
    files[`word/${target}`] = strToU8(`<w:${root} ${W}>${children}</w:${root}>`);
    related.push([id, type, target]);
  };
  parts.headers?.forEach((children, i) => addPart(`rIdH${i + 1}`, "header", `header${i + 1}.xml`, "hdr", children));
  parts.footers?.forEach((children, i) => addPart(`rIdF${i + 1}`, "footer", `footer${i + 1}.xml`, "ftr", children));
  if (parts.footnotes !== undefined) addPart("rIdFn", "footnotes", "footnotes.xml", "footnotes", parts.footnotes);
  if (parts.endnotes !== undefined) addPart("rIdEn", "endnotes", "endnotes.xml", "endnotes", parts.endnotes);
  if (parts.settings !== undefined) addPart("rIdS", "settings", "settings.xml", "settings", parts.settings);
  if (parts.theme !== undefined) {
    files["word/theme/theme1.xml"] = strToU8(parts.theme);
    related.push(["rIdT", "theme", "theme/theme1.xml"]);
  }
  if (parts.rels !== false) {
    const rel = (id: string, type: string, target: string): string =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const rels = (inner: string): Uint8Array =>
      strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`);
    files["_rels/.rels"] = rels(rel("rId1", "officeDocument", "word/document.xml"));
    files["word/_rels/document.xml.rels"] = rels(related.map(([id, type, target]) => rel(id, type, target)).join(""));
  }
  for (const [path, content] of Object.entries(parts.extra ?? {})) files[path] = strToU8(content);
  return zipSync(files);
}

export interface ParagraphOptions {
  readonly style?: string;
  readonly numId?: number;
  readonly ilvl?: number;
  readonly outlineLvl?: number;
}

/** `<w:p>` with one run of text (escaped) and the given paragraph properties. */
export function p(text: string, options: ParagraphOptions = {}): string {
  let pPr = "";
  if (options.style !== undefined) pPr += `<w:pStyle w:val="${options.style}"/>`;
  if (options.numId !== undefined || options.ilvl !== undefined) {
    pPr += "<w:numPr>";
    if (options.ilvl !== undefined) pPr += `<w:ilvl w:val="${options.ilvl}"/>`;
    if (options.numId !== undefined) pPr += `<w:numId w:val="${options.numId}"/>`;
    pPr += "</w:numPr>";
  }
  if (options.outlineLvl !== undefined) pPr += `<w:outlineLvl w:val="${options.outlineLvl}"/>`;
  const props = pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`;
  return `<w:p>${props}${text === "" ? "" : r(text)}</w:p>`;
}

export function r(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A one-row table whose cells hold the given block content. */
export function table(...cells: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cells.map((c) => `<w:tc><w:tcPr/>${c}</w:tc>`).join("")}</w:tr></w:tbl>`;
}

export interface LevelSpec {
  readonly fmt: string;
  readonly text: string;
  readonly start?: number;
  readonly restart?: number;
  readonly isLgl?: boolean;
  readonly pStyle?: string;
  /** Inside of the level's w:pPr, e.g. its w:ind. */
  readonly pPr?: string;
}

export function abstractNum(id: number, levels: readonly LevelSpec[]): string {
  const lvls = levels.map((level, ilvl) => {
    let inner = level.start === undefined ? "" : `<w:start w:val="${level.start}"/>`;
    inner += `<w:numFmt w:val="${level.fmt}"/>`;
    if (level.restart !== undefined) inner += `<w:lvlRestart w:val="${level.restart}"/>`;
    if (level.pStyle !== undefined) inner += `<w:pStyle w:val="${level.pStyle}"/>`;
    if (level.isLgl) inner += "<w:isLgl/>";
    inner += `<w:lvlText w:val="${level.text}"/>`;
    if (level.pPr !== undefined) inner += `<w:pPr>${level.pPr}</w:pPr>`;
    return `<w:lvl w:ilvl="${ilvl}">${inner}</w:lvl>`;
  });
  return `<w:abstractNum w:abstractNumId="${id}">${lvls.join("")}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, startOverrides: Readonly<Record<number, number>> = {}): string {
  const overrides = Object.entries(startOverrides)
    .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join("");
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** The four GB/T 9704 levels as a Word multi-level list: 一、 （一） 1. （1）. */
export const GONGWEN_LEVELS: readonly LevelSpec[] = [
  { fmt: "chineseCounting", text: "%1、", start: 1 },
  { fmt: "chineseCounting", text: "（%2）", start: 1 },
  { fmt: "decimal", text: "%3.", start: 1 },
  { fmt: "decimal", text: "（%4）", start: 1 },
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A w:sectPr naming headers and footers, e.g. sectPr({ default: "rIdH1" }, { default: "rIdF1" }, "<w:titlePg/>"). */
export function sectPr(
  headers: Readonly<Record<string, string>> = {}, footers: Readonly<Record<string, string>> = {}, extra = "",
): string {
  const refs = (local: string, byType: Readonly<Record<string, string>>): string =>
    Object.entries(byType).map(([type, id]) => `<w:${local} w:type="${type}" r:id="${id}"/>`).join("");
  return `<w:sectPr>${refs("headerReference", headers)}${refs("footerReference", footers)}${extra}</w:sectPr>`;
}

/** A footnote or endnote with its id; `type` for Word's separator notes. */
export function note(kind: "footnote" | "endnote", id: number, content: string, type?: string): string {
  return `<w:${kind} ${type === undefined ? "" : `w:type="${type}" `}w:id="${id}">${content}</w:${kind}>`;
}

/** A run holding a footnote or endnote reference mark. */
export function noteRef(kind: "footnote" | "endnote", id: number): string {
  return `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;
}

/** A run anchoring a text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box again as VML in mc:Fallback. */
export function textBoxRun(content: string): string {
  const drawing =
    '<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<wps:wsp><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml = `<w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}
