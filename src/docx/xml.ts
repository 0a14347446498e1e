/**
 * Namespace-aware XML helpers over @xmldom/xmldom. WordprocessingML comes in two namespaces (Transitional, which
 * Word writes, and Strict, which Word can save as); both are accepted so callers just ask for local names.
 */
import { DOMParser } from "@xmldom/xmldom";
import type { Element, Node } from "@xmldom/xmldom";
import { DocxReadError } from "./errors";

const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const ELEMENT_NODE = 1;

export type XmlElement = Element;

/** Parses one part; malformed XML is what Word calls a corrupt file, so it is an error here too. */
export function parseXml(source: string, partName: string): XmlElement {
  let problem: string | undefined;
  const parser = new DOMParser({
    // Without onError xmldom logs to the console; warnings (e.g. unused prefixes) are harmless.
    onError: (level, message) => {
      if (level !== "warning" && problem === undefined) problem = message;
    },
  });
  let root: XmlElement | null = null;
  try {
    root = parser.parseFromString(source, "application/xml").documentElement;
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  if (problem !== undefined || root === null) {
    throw new DocxReadError("bad-xml", `${partName}：${firstLine(problem ?? "没有根元素")}`);
  }
  return root;
}

function firstLine(text: string): string {
  const line = text.split("\n")[0].trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** True when `el` is the WordprocessingML element `local`. */
export function isW(el: XmlElement, local: string): boolean {
  return el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? "");
}

export function isWNamespace(el: XmlElement): boolean {
  return W_NAMESPACES.has(el.namespaceURI ?? "");
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) out.push(node);
  }
  return out;
}

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  return childElements(el).find((child) => isW(child, local));
}

export function wChildren(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((child) => isW(child, local));
}

/**
 * A w:-attribute by local name. Unprefixed attributes are accepted too: some generators write them and Word's
 * reader is lenient about it.
 */
export function wAttr(el: XmlElement | undefined, local: string): string | undefined {
  if (el === undefined) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs.item(i);
    if (attr === null || attr.localName !== local) continue;
    const ns = attr.namespaceURI;
    if (ns === null || W_NAMESPACES.has(ns)) return attr.value;
  }
  return undefined;
}

/** w:val of a child element, e.g. `<w:pStyle w:val="1"/>`. */
export function wVal(el: XmlElement | undefined, childLocal: string): string | undefined {
  return wAttr(wChild(el, childLocal), "val");
}

/** An integer w:val; undefined when absent or not a number (Word ignores such values). */
export function wIntVal(el: XmlElement | undefined, childLocal: string): number | undefined {
  const raw = wVal(el, childLocal);
  if (raw === undefined) return undefined;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * An ST_OnOff toggle such as `<w:isLgl/>`: present without w:val means on; "0", "false", "off" mean off.
 */
export function wFlag(el: XmlElement | undefined, childLocal: string): boolean {
  const child = wChild(el, childLocal);
  if (child === undefined) return false;
  const val = wAttr(child, "val");
  return val === undefined || !["0", "false", "off"].includes(val);
}
