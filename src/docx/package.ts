/**
 * The OPC package around the XML: unzip, then find the main document, styles and numbering parts through the
 * relationships, falling back to Word's conventional names when a (hand-made or generated) file has no rels.
 */
import { unzipSync } from "fflate";
import { DocxReadError } from "./errors";
import { childElements, parseXml, type XmlElement } from "./xml";

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_STYLES = "/styles";
const REL_NUMBERING = "/numbering";

export interface DocxParts {
  readonly document: XmlElement;
  readonly styles?: XmlElement;
  readonly numbering?: XmlElement;
}

export function openPackage(bytes: Uint8Array): DocxParts {
  // OPC part names are case-insensitive.
  const files = new Map(Object.entries(unzip(bytes)).map(([name, data]) => [name.toLowerCase(), data]));
  const read = (name: string): string | undefined => {
    const data = files.get(name.toLowerCase());
    return data === undefined ? undefined : decodeText(data);
  };

  const rootRels = relationshipTargets(read("_rels/.rels"), "_rels/.rels", "");
  const documentPath = rootRels.get(REL_OFFICE_DOCUMENT) ?? "word/document.xml";
  const documentXml = read(documentPath);
  if (documentXml === undefined) {
    const looksLikeOffice = [...files.keys()].some((name) => /^(xl|ppt)\//.test(name));
    throw new DocxReadError("no-document", looksLikeOffice ? "这是 Excel 或 PowerPoint 文件" : `缺少 ${documentPath}`);
  }
  const folder = documentPath.includes("/") ? documentPath.slice(0, documentPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${folder}_rels/${documentPath.slice(folder.length)}.rels`;
  const docRels = relationshipTargets(read(relsPath), relsPath, folder);

  const optionalPart = (relType: string, fallback: string): XmlElement | undefined => {
    const path = docRels.get(relType) ?? `${folder}${fallback}`;
    const xml = read(path);
    return xml === undefined ? undefined : parseXml(xml, path);
  };
  return {
    document: parseXml(documentXml, documentPath),
    styles: optionalPart(REL_STYLES, "styles.xml"),
    numbering: optionalPart(REL_NUMBERING, "numbering.xml"),
  };
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (error) {
    const isOldWord = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11;
    if (isOldWord) throw new DocxReadError("not-zip", "这是旧版 .doc 格式，请在 Word 中另存为 .docx");
    throw new DocxReadError("not-zip", error instanceof Error ? error.message : String(error));
  }
}

/** UTF-8 unless a BOM says UTF-16 (allowed by the XML spec, written by a few tools). */
function decodeText(data: Uint8Array): string {
  let encoding = "utf-8";
  if (data[0] === 0xff && data[1] === 0xfe) encoding = "utf-16le";
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = "utf-16be";
  return new TextDecoder(encoding).decode(data).replace(/^\uFEFF/, "");
}

/**
 * Maps a relationship type's last segment ("/styles") to a package path. Types differ between Transitional and
 * Strict only in their prefix, so the suffix identifies them.
 */
function relationshipTargets(xml: string | undefined, partName: string, baseFolder: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  for (const rel of childElements(parseXml(xml, partName))) {
    const type = rel.getAttribute("Type") ?? "";
    const target = rel.getAttribute("Target");
    if (rel.getAttribute("TargetMode") === "External" || !target) continue;
    const key = type.slice(type.lastIndexOf("/"));
    if (!targets.has(key)) targets.set(key, resolvePath(baseFolder, target));
  }
  return targets;
}

function resolvePath(baseFolder: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : baseFolder + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
