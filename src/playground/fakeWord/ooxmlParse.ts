/**
 * Reads the OOXML that insertOoxml receives (a pkg:package or a bare w:document / w:body) with @xmldom/xmldom:
 * paragraph text and the formatting src/word/ooxml.ts sets. Malformed XML fails like Word does (GeneralException).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { FakeOfficeError } from "./errors";
import type { ParagraphFormat } from "./types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ParsedParagraph {
  readonly text: string;
  readonly format: ParagraphFormat;
}

function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === name) return n as Element;
  }
  return undefined;
}

function attr(el: Element | undefined, name: string): string | undefined {
  const v = el?.getAttributeNS(W, name);
  return v === null || v === undefined || v === "" ? undefined : v;
}

function numberAttr(el: Element | undefined, name: string): number | undefined {
  const v = attr(el, name);
  return v === undefined ? undefined : Number(v);
}

function alignment(v: string | undefined): ParagraphFormat["alignment"] {
  return v === "center" || v === "right" || v === "both" || v === "left" ? v : undefined;
}

/** w:t text, w:tab as "\t", w:br as "\v" (what Word's paragraph.text shows for a manual line break). */
function runText(r: Element): string {
  let out = "";
  for (let n = r.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
    const name = (n as Element).localName;
    if (name === "t") out += n.textContent ?? "";
    else if (name === "tab") out += "\t";
    else if (name === "br") out += "\v";
  }
  return out;
}

export function parseOoxml(ooxml: string): ParsedParagraph[] {
  const errors: string[] = [];
  let dom: ReturnType<DOMParser["parseFromString"]> | undefined;
  try {
    dom = new DOMParser({ onError: (level, msg) => { if (level !== "warning") errors.push(msg); } }).parseFromString(ooxml, "text/xml");
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  if (errors.length || !dom) throw new FakeOfficeError("GeneralException", `insertOoxml: malformed XML (${errors[0] ?? "no document"}).`);
  const paragraphs = Array.from(dom.getElementsByTagNameNS(W, "p"));
  return paragraphs.map((p) => {
    const pPr = child(p, "pPr");
    const runs = Array.from(p.getElementsByTagNameNS(W, "r"));
    const text = runs.map(runText).join("");
    const rPr = child(runs[0], "rPr");
    const fonts = child(rPr, "rFonts");
    const format: ParagraphFormat = {
      alignment: alignment(attr(child(pPr, "jc"), "val")),
      firstLineChars: numberAttr(child(pPr, "ind"), "firstLineChars"),
      fontEastAsia: attr(fonts, "eastAsia"),
      fontAscii: attr(fonts, "ascii"),
      fontHAnsi: attr(fonts, "hAnsi"),
      sizeHalfPoints: numberAttr(child(rPr, "sz"), "val"),
      bold: child(rPr, "b") ? true : undefined,
    };
    return { text, format: Object.fromEntries(Object.entries(format).filter(([, v]) => v !== undefined)) as ParagraphFormat };
  });
}
