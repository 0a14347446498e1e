/**
 * Test helper: a flat OPC package as Word's body.getOoxml() returns it (pkg:package, one pkg:part per part, the XML
 * inside pkg:xmlData, binary parts as base64 in pkg:binaryData).
 */
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG = 'xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface FlatOpcParts {
  /** Children of w:body. */
  readonly body: string;
  /** Children of w:styles; omitted → no styles part. */
  readonly styles?: string;
  /** Children of w:numbering; omitted → no numbering part. */
  readonly numbering?: string;
  /** The whole theme part (a:theme …); omitted → no theme part. */
  readonly theme?: string;
  /** Add an image part as Word does when the body has a picture. */
  readonly image?: boolean;
}

export function buildFlatOpc(parts: FlatOpcParts): string {
  const part = (name: string, type: string, xml: string): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="${RELS}/${type}" Target="${target}"/>`;
  const documentRels = [
    parts.styles !== undefined ? rel("rId1", "styles", "styles.xml") : "",
    parts.theme !== undefined ? rel("rId2", "theme", "theme/theme1.xml") : "",
    parts.numbering !== undefined ? rel("rId3", "numbering", "numbering.xml") : "",
  ];
  let out = '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>';
  out += `<pkg:package ${PKG}>`;
  out += part(
    "/_rels/.rels",
    "application/vnd.openxmlformats-package.relationships+xml",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
  );
  // Word lists the document first, before the styles it uses.
  out += part(
    "/word/document.xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    `<w:document ${W}><w:body>${parts.body}</w:body></w:document>`,
  );
  out += part(
    "/word/_rels/document.xml.rels",
    "application/vnd.openxmlformats-package.relationships+xml",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${documentRels.join("")}</Relationships>`,
  );
  if (parts.image) {
    out += '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store">';
    out += "<pkg:binaryData>iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</pkg:binaryData></pkg:part>";
  }
  if (parts.styles !== undefined) {
    out += part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", `<w:styles ${W}>${parts.styles}</w:styles>`);
  }
  if (parts.numbering !== undefined) {
    out += part(
      "/word/numbering.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
      `<w:numbering ${W}>${parts.numbering}</w:numbering>`,
    );
  }
  if (parts.theme !== undefined) out += part("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", parts.theme);
  return `${out}</pkg:package>`;
}
