/**
 * The OPC package around the XML: find the main document and the parts it refers to (styles, numbering, settings,
 * notes, headers, footers) through the relationships, falling back to Word's conventional names when a (hand-made
 * or generated) file has no rels. Parts are inflated and parsed only when asked for, each at most once.
 */
import { DocxReadError } from "./errors";
import { conventionalName, relationshipsOf, type PartType, type Relationship } from "./relationships";
import { isW, parseXml, type XmlElement } from "./xml";
import { ZipArchive } from "./zip";

export class DocxPackage {
  readonly documentPath: string;
  /** The main document's XML until readDocument() parses it: it is read once and then let go. */
  private documentXml: string | undefined;
  private readonly folder: string;
  private readonly relationships: readonly Relationship[];
  private readonly parsed = new Map<string, XmlElement | undefined>();

  constructor(private readonly zip: ZipArchive) {
    const rootRels = readRelationships(this.text("_rels/.rels"), "_rels/.rels", "");
    const documentPath = rootRels.find((rel) => rel.type === "officeDocument")?.path ?? "word/document.xml";
    const documentXml = this.text(documentPath);
    if (documentXml === undefined) {
      const looksLikeOffice = [...zip.entryNames()].some((name) => /^(xl|ppt)\//.test(name));
      throw new DocxReadError("no-document", looksLikeOffice ? "这是 Excel 或 PowerPoint 文件" : `缺少 ${documentPath}`);
    }
    this.folder = documentPath.includes("/") ? documentPath.slice(0, documentPath.lastIndexOf("/") + 1) : "";
    const relsPath = `${this.folder}_rels/${documentPath.slice(this.folder.length)}.rels`;
    this.relationships = readRelationships(this.text(relsPath), relsPath, this.folder);
    this.documentPath = documentPath;
    this.documentXml = documentXml;
  }

  /**
   * Parses the main document once, handing each child of w:body to `onBodyBlock` as soon as it is complete and
   * keeping it out of the tree, so a large body is never held whole. Returns the root, with an empty w:body.
   */
  readDocument(onBodyBlock: (block: XmlElement) => void): XmlElement {
    const xml = this.documentXml;
    if (xml === undefined) throw new Error("readDocument called twice");
    this.documentXml = undefined;
    return parseXml(xml, this.documentPath, (el, parent, depth) => {
      if (depth !== 3 || parent === undefined || !isW(parent, "body")) return false;
      onBodyBlock(el);
      return true;
    });
  }

  /** The main document's part of this type (the first, as Word takes it), or the conventional file name. */
  part(type: PartType): XmlElement | undefined {
    const path = this.relationships.find((rel) => rel.type === type)?.path ?? `${this.folder}${conventionalName(type)}`;
    return this.parse(path);
  }

  /** A header or footer named by the r:id of a w:headerReference / w:footerReference, with its path as identity. */
  partByRelId(relId: string): { readonly path: string; readonly root: XmlElement } | undefined {
    const rel = this.relationships.find((candidate) => candidate.id === relId);
    const root = rel === undefined ? undefined : this.parse(rel.path);
    return rel === undefined || root === undefined ? undefined : { path: rel.path, root };
  }

  private parse(path: string): XmlElement | undefined {
    const key = path.toLowerCase();
    if (!this.parsed.has(key)) {
      const xml = this.text(path);
      this.parsed.set(key, xml === undefined ? undefined : parseXml(xml, path));
    }
    return this.parsed.get(key);
  }

  private text(path: string): string | undefined {
    const data = this.zip.read(path);
    return data === undefined ? undefined : decodeText(data);
  }
}

export function openPackage(bytes: Uint8Array): DocxPackage {
  return new DocxPackage(new ZipArchive(bytes));
}

/** UTF-8 unless a BOM says UTF-16 (allowed by the XML spec, written by a few tools). */
function decodeText(data: Uint8Array): string {
  let encoding = "utf-8";
  if (data[0] === 0xff && data[1] === 0xfe) encoding = "utf-16le";
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = "utf-16be";
  return new TextDecoder(encoding).decode(data).replace(/^\uFEFF/, "");
}

function readRelationships(xml: string | undefined, partName: string, baseFolder: string): Relationship[] {
  return xml === undefined ? [] : relationshipsOf(parseXml(xml, partName), baseFolder);
}
