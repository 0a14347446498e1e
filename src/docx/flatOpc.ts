/**
 * The layout of the body as Word's `body.getOoxml()` returns it (WordApi 1.1): a flat OPC package, one XML document
 * whose pkg:part elements (pkg:name "/word/document.xml", "/word/styles.xml", "/word/theme/theme1.xml" …) carry each
 * part's XML in pkg:xmlData (binary parts, such as images, in pkg:binaryData as base64). The task pane calls this on
 * hosts whose Office.js cannot read fonts and paragraph formats directly; it resolves them with the same walker and
 * resolver as the .docx reader, so text and layout agree with what the CLI reads from the saved file.
 *
 * The read is resumable (readFlatOpcLayoutSteps): the pane gives the browser a turn between steps, since the OOXML of
 * an 800-page document takes far more than one task's budget to parse and resolve (issue 11).
 */
import type { PageLayout, ParagraphLayout } from "../core/layout/types";
import { StoryWalker } from "./body";
import { DocxReadError } from "./errors";
import { bodyLayout, pageLayout } from "./layout-read";
import { MAX_XML_BYTES } from "./limits";
import { listLevelOf, Numbering, type ListLevelRef } from "./numbering";
import { conventionalName, relationshipsOf } from "./relationships";
import { childElements, isW, parseXmlInSteps, wVal, type XmlElement } from "./xml";
import { finish, type Steps } from "../core/steps";

export interface FlatOpcLayout {
  /** The body's paragraphs in document order, table paragraphs included, text as readDocx builds DocParagraph.text. */
  readonly paragraphs: readonly { readonly text: string; readonly layout?: ParagraphLayout }[];
  readonly page?: PageLayout;
}

export type FlatOpcErrorCode = "bad-xml" | "too-large" | "no-document" | "unexpected";

/**
 * What the caller shows as 格式未能读取 while the text check goes on: `message` is Chinese and names the cause; the
 * original error, for IT staff, is in `cause`.
 */
export class FlatOpcReadError extends Error {
  readonly code: FlatOpcErrorCode;

  constructor(code: FlatOpcErrorCode, cause?: unknown) {
    super(`格式未能读取：${REASONS[code]}`);
    this.name = "FlatOpcReadError";
    this.code = code;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

const REASONS: Record<FlatOpcErrorCode, string> = {
  "bad-xml": "Word 返回的文档内容无法解析",
  "too-large": "文档过大，超出一次能读取格式的范围",
  "no-document": "Word 返回的内容中没有正文部分",
  unexpected: "读取格式时出错",
};

const PACKAGE_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const MAIN_DOCUMENT = "/word/document.xml";

/**
 * Run and paragraph properties repeat word for word across a document's paragraphs: each distinct one is read once
 * and then shared (xml-parse.ts), which also lets the resolver read each once (layout.ts). Nothing above hooks
 * what is inside them. Word writes the "w" prefix.
 */
const SHARED_PROPERTIES: ReadonlySet<string> = new Set(["w:rPr", "w:pPr"]);

/** Paragraphs resolved per step: each takes a few microseconds, so a step stays far under a millisecond. */
const PARAGRAPHS_PER_STEP = 200;

/** @throws FlatOpcReadError, never anything else. */
export function readFlatOpcLayout(xml: string): FlatOpcLayout {
  return finish(readFlatOpcLayoutSteps(xml));
}

/** The same read as steps (the pane's, between which the browser gets a turn). @throws FlatOpcReadError only. */
export function* readFlatOpcLayoutSteps(xml: string): Steps<FlatOpcLayout> {
  if (xml.length > MAX_XML_BYTES) throw new FlatOpcReadError("too-large");
  try {
    return yield* read(xml);
  } catch (error) {
    if (error instanceof FlatOpcReadError) throw error;
    // The parser's own errors (malformed XML, nesting too deep) speak of a file; here it is Word's reply.
    if (error instanceof DocxReadError) throw new FlatOpcReadError("bad-xml", error);
    throw new FlatOpcReadError("unexpected", error);
  }
}

function* read(xml: string): Steps<FlatOpcLayout> {
  const parts = new Map<string, XmlElement>();
  let walker = new StoryWalker();
  let lastDocument: StoryWalker | undefined;
  let main: StoryWalker | undefined;
  // The body's blocks are walked as the parser finishes them and kept out of the tree, as readDocx does; the parts
  // come in Word's order (document before styles), so the paragraphs are resolved once everything is parsed.
  yield* parseXmlInSteps(xml, "getOoxml", (el, parent) => {
    if (parent !== undefined && isW(parent, "body")) {
      walker.block(el, 0);
      return true;
    }
    if (isW(el, "document")) {
      walker.flush(0);
      lastDocument = walker;
      walker = new StoryWalker();
    } else if (isPackage(el, "binaryData")) {
      return true;
    } else if (isPackage(el, "part")) {
      const name = packageAttr(el, "name")?.toLowerCase();
      const root = childElements(childElements(el).find((child) => isPackage(child, "xmlData")) ?? el)[0];
      if (name === MAIN_DOCUMENT && lastDocument !== undefined) main = lastDocument;
      else if (name !== undefined && root !== undefined) parts.set(name, root);
      lastDocument = undefined;
      return true;
    }
    return false;
  }, SHARED_PROPERTIES);
  if (main === undefined) throw new FlatOpcReadError("no-document");

  const related = relatedParts(parts);
  const context = bodyLayout(related("styles"), related("theme"));
  const numbering = new Numbering(related("numbering"), context.styles);
  const paragraphs: FlatOpcLayout["paragraphs"][number][] = [];
  // The style and list level a paragraph's properties give, read once per (shared) w:pPr.
  const byProperties = new Map<XmlElement | undefined, { readonly styleId: string | undefined; readonly list: ListLevelRef | undefined }>();
  for (const raw of main.story.paragraphs) {
    let props = byProperties.get(raw.pPr);
    if (props === undefined) {
      const styleId = context.styles.effectiveStyleId(wVal(raw.pPr, "pStyle"));
      props = { styleId, list: listLevelOf(raw.pPr, styleId, context.styles, numbering) };
      byProperties.set(raw.pPr, props);
    }
    paragraphs.push({ text: raw.text, layout: context.paragraph(raw, props.styleId, props.list) });
    if (paragraphs.length % PARAGRAPHS_PER_STEP === 0) yield;
  }
  return { paragraphs, page: pageLayout(context, main.story.sections[0]) };
}

/**
 * The main document's parts by relationship type (word/_rels/document.xml.rels, read as readDocx reads it), else by
 * Word's usual names.
 */
function relatedParts(parts: ReadonlyMap<string, XmlElement>): (type: "styles" | "theme" | "numbering") => XmlElement | undefined {
  const rels = parts.get("/word/_rels/document.xml.rels");
  const relationships = rels === undefined ? [] : relationshipsOf(rels, "word/");
  return (type) => {
    const path = relationships.find((rel) => rel.type === type)?.path;
    return (path === undefined ? undefined : parts.get(`/${path.toLowerCase()}`)) ?? parts.get(`/word/${conventionalName(type)}`);
  };
}

function isPackage(el: XmlElement, local: string): boolean {
  return el.localName === local && el.namespaceURI === PACKAGE_NS;
}

function packageAttr(el: XmlElement, local: string): string | undefined {
  return el.attributes.find((a) => a.localName === local && a.namespaceURI === PACKAGE_NS)?.value;
}
