/**
 * GB/T 9704—2012 paragraphs as an OOXML package for insertOoxml. East Asian fonts only apply reliably through
 * <w:rFonts w:eastAsia>, so the formatting (the table in src/host/formats.ts) travels in OOXML; all user text is
 * XML-escaped and can never become markup.
 */
import { ROLE_FORMATS, type RoleFormat } from "../host/formats";
import type { InsertBlock } from "../host/port";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** w:rPr with the fonts, bold when given, and the size (CT_RPr order: rFonts, b, sz, szCs); also 自检's set-up lines. */
export function runProperties(f: Pick<RoleFormat, "eastAsia" | "latin" | "sizePt"> & { readonly bold?: boolean }): string {
  const latin = escapeXml(f.latin);
  const size = Math.round(f.sizePt * 2);
  const bold = f.bold === undefined ? "" : `<w:b w:val="${f.bold ? "1" : "0"}"/>`;
  return (
    `<w:rPr><w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${escapeXml(f.eastAsia)}" w:hint="eastAsia"/>` +
    `${bold}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/** Tabs and line breaks inside a block become <w:tab/> and <w:br/>; everything else is escaped text. */
function runContent(text: string): string {
  return text
    .split(/(\t|\r\n|\r|\n)/)
    .filter((part) => part.length > 0)
    .map((part) => (part === "\t" ? "<w:tab/>" : /^[\r\n]/.test(part) ? "<w:br/>" : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
    .join("");
}

export function paragraphXml(block: InsertBlock): string {
  const f = ROLE_FORMATS[block.role];
  const rPr = runProperties(f);
  const jc = f.align ? `<w:jc w:val="${f.align}"/>` : "";
  // firstLine (twips) backs up firstLineChars for readers that ignore character units: 2 chars × size × 20.
  const ind = f.indentChars !== undefined ? `<w:ind w:firstLineChars="${f.indentChars * 100}" w:firstLine="${f.indentChars * f.sizePt * 20}"/>` : "";
  // Schema order (CT_PPrBase then CT_PPr): … w:spacing, w:ind, …, w:jc, …, w:rPr; in w:rPr (CT_RPr): w:rFonts … w:sz, w:szCs.
  return `<w:p><w:pPr>${ind}${jc}${rPr}</w:pPr><w:r>${rPr}${runContent(block.text)}</w:r></w:p>`;
}

/** A complete flat-OPC package (what Word's insertOoxml expects) holding one paragraph per block. */
export function buildOoxml(blocks: readonly InsertBlock[]): string {
  const body = blocks.map(paragraphXml).join("");
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}
