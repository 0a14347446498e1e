/**
 * Namespace-aware XML helpers over the reader's own parser (xml-parse.ts). WordprocessingML comes in two namespaces (Transitional, which
 * Word writes, and Strict, which Word can save as); both are accepted so callers just ask for local names.
 */
import { parseXmlSteps, parseXmlTree, type OnElementEnd, type XmlElement } from "./xml-parse";
import type { Steps } from "../core/steps";

export type { XmlElement } from "./xml-parse";

const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Parses one part; malformed XML is what Word calls a corrupt file, so it is an error here too. */
export function parseXml(source: string, partName: string, onEnd?: OnElementEnd): XmlElement {
  return parseXmlTree(source, partName, onEnd);
}

/**
 * The same parse as steps, for a caller that gives the browser a turn between them (src/word/layoutRead.ts);
 * `shared`, tag names whose repeated elements are one object (xml-parse.ts, parseXmlSteps).
 */
export function parseXmlInSteps(source: string, partName: string, onEnd?: OnElementEnd, shared?: ReadonlySet<string>): Steps<XmlElement> {
  return parseXmlSteps(source, partName, onEnd, undefined, shared);
}

/** True when `el` is the WordprocessingML element `local`. */
export function isW(el: XmlElement, local: string): boolean {
  return el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? "");
}

export function isWNamespace(el: XmlElement): boolean {
  return W_NAMESPACES.has(el.namespaceURI ?? "");
}

export function childElements(el: XmlElement): readonly XmlElement[] {
  return el.children;
}

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  return el.children.find((child) => isW(child, local));
}

/** An attribute by its name as written (e.g. "Target" in a relationships part). */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((candidate) => candidate.name === name)?.value;
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
  for (const attr of el.attributes) {
    if (attr.localName !== local) continue;
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
  return child !== undefined && onOff(wAttr(child, "val"));
}

/** ST_OnOff: absent w:val, "1", "true", "on" are on (17.18.60). */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !["0", "false", "off"].includes(val);
}
