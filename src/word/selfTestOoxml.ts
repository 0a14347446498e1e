/**
 * The 自检's set-up content as one flat-OPC package: plain paragraphs, paragraphs in a one-cell table, and paragraphs
 * whose automatic number Word shows before the text (listString). Word's list API cannot make Chinese numbering
 * (Word.ListNumbering has no 一、二、三), so each numbered paragraph gets a numbering definition of its own in the
 * package's numbering part, starting at its own value: the listString Word reads back is then exactly the one asked
 * for, or the 自检 line shows what Word made of it.
 */
import type { ContractFormat, ContractLine, ContractParagraph } from "../host/contract";
import { arabicToNumber, chineseToNumber } from "../core/text/numerals";
import { escapeXml, runProperties } from "./ooxml";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** "（一）" → { before: "（", format: "chineseCounting", value: 1, after: "）" }. */
export interface ListNumberParts {
  readonly before: string;
  readonly format: "decimal" | "chineseCounting";
  readonly value: number;
  readonly after: string;
}

export function listNumberParts(listString: string): ListNumberParts {
  const m = /^(\D*?)([0-9]+|[一二三四五六七八九十百]+)(\D*)$/.exec(listString);
  const digits = m?.[2] ?? "";
  const arabic = arabicToNumber(digits);
  const value = arabic ?? chineseToNumber(digits);
  // The contract's own data is wrong: fail loudly rather than set up something else.
  if (!m || value === undefined) throw new Error(`cannot build numbering for "${listString}"`);
  return { before: m[1], format: arabic === undefined ? "chineseCounting" : "decimal", value, after: m[3] };
}

function numberingXml(lists: readonly ListNumberParts[]): string {
  const abstracts = lists
    .map((l, i) => {
      // "%" starts a level reference in w:lvlText; the contract's numbers never hold one.
      const text = escapeXml(`${l.before}%1${l.after}`);
      return (
        `<w:abstractNum w:abstractNumId="${i + 1}"><w:multiLevelType w:val="singleLevel"/>` +
        `<w:lvl w:ilvl="0"><w:start w:val="${l.value}"/><w:numFmt w:val="${l.format}"/>` +
        `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`
      );
    })
    .join("");
  const nums = lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i + 1}"/></w:num>`).join("");
  return `<w:numbering xmlns:w="${W_NS}">${abstracts}${nums}</w:numbering>`;
}

const JC: Readonly<Record<ContractFormat["alignment"], string>> = { left: "left", center: "center", right: "right", justify: "both" };

/** The run properties of a formatted line. */
function formatRun(f: ContractFormat): string {
  return runProperties({ eastAsia: f.eastAsiaFont, latin: f.latinFont, sizePt: f.sizePt, bold: f.bold });
}

/** Paragraph properties in CT_PPr order: pStyle, numPr, ind, jc, then the paragraph mark's run properties. */
function paragraphProperties(style: string | undefined, numId: number | undefined, f: ContractFormat | undefined): string {
  const pStyle = style === undefined ? "" : `<w:pStyle w:val="${escapeXml(style)}"/>`;
  const numPr = numId === undefined ? "" : `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
  // firstLine (twips) backs firstLineChars up for readers that ignore character units.
  const format = f
    ? `<w:ind w:firstLineChars="${f.firstLineChars * 100}" w:firstLine="${Math.round(f.firstLineChars * f.sizePt * 20)}"/>` +
      `<w:jc w:val="${JC[f.alignment]}"/>${formatRun(f)}`
    : "";
  return pStyle || numPr || format ? `<w:pPr>${pStyle}${numPr}${format}</w:pPr>` : "";
}

function paragraphXml(line: ContractParagraph, numId: number | undefined): string {
  const rPr = line.format ? formatRun(line.format) : "";
  const run = line.text ? `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(line.text)}</w:t></w:r>` : "";
  const p = `<w:p>${paragraphProperties(line.style, numId, line.format)}${run}</w:p>`;
  if (!line.inTable) return p;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid>` +
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr>${p}</w:tc></w:tr></w:tbl>`
  );
}

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

export function selfTestOoxml(lines: readonly ContractLine[]): string {
  const paragraphs = lines.map((line): ContractParagraph => (typeof line === "string" ? { text: line } : line));
  const lists: ListNumberParts[] = [];
  const body = paragraphs
    .map((p) => {
      if (p.listString === undefined) return paragraphXml(p, undefined);
      lists.push(listNumberParts(p.listString));
      return paragraphXml(p, lists.length);
    })
    .join("");
  const numberingRel = lists.length
    ? `<Relationship Id="rId1" Type="${OFFICE_REL}/numbering" Target="numbering.xml"/>`
    : "";
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`) +
    part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}">${numberingRel}</Relationships>`) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`) +
    (lists.length
      ? part("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", numberingXml(lists))
      : "") +
    `</pkg:package>`
  );
}
