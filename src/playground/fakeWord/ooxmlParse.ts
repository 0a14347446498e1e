/**
 * Reads the OOXML that insertOoxml receives (a pkg:package or a bare w:document / w:body) with @xmldom/xmldom:
 * paragraph text, the formatting src/word/ooxml.ts sets, table depth, and the number a w:numPr shows when the
 * package carries its numbering part (what the 自检's set-up inserts). Malformed XML fails like Word does
 * (GeneralException).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { numberToChinese } from "../../core/text/numerals";
import { FakeOfficeError } from "./errors";
import type { ParagraphFormat } from "./types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ParsedParagraph {
  readonly text: string;
  readonly format: ParagraphFormat;
  /** What Word's listItem.listString would show: set only for a paragraph with w:numPr. */
  readonly listString?: string;
  /** Set only inside a table: how many w:tc enclose the paragraph. */
  readonly tableNestingLevel?: number;
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

function tableDepth(p: Element): number | undefined {
  let depth = 0;
  for (let n = p.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === "tc") depth++;
  }
  return depth || undefined;
}

/** Renders w:numPr through the package's w:num → w:abstractNum → w:lvl, counting per list and level as Word does. */
class Numbering {
  private readonly counters = new Map<string, number>();
  constructor(private readonly root: Element) {}

  listString(p: Element): string | undefined {
    const numPr = child(child(p, "pPr"), "numPr");
    if (!numPr) return undefined;
    const numId = attr(child(numPr, "numId"), "val") ?? "0";
    const ilvl = attr(child(numPr, "ilvl"), "val") ?? "0";
    if (numId === "0") return undefined; // numId 0 switches numbering off
    const num = this.find("num", "numId", numId);
    const abstract = this.find("abstractNum", "abstractNumId", attr(child(num, "abstractNumId"), "val"));
    const lvl = abstract && Array.from(abstract.getElementsByTagNameNS(W, "lvl")).find((l) => attr(l, "ilvl") === ilvl);
    if (!lvl) throw new FakeOfficeError("NotImplemented", `The simulated host cannot render numbering ${numId}/${ilvl} (no numbering part or level).`);
    const key = `${numId}/${ilvl}`;
    const n = this.counters.get(key) ?? numberAttr(child(lvl, "start"), "val") ?? 1;
    this.counters.set(key, n + 1);
    return (attr(child(lvl, "lvlText"), "val") ?? "").replace(`%${Number(ilvl) + 1}`, counterText(attr(child(lvl, "numFmt"), "val"), n));
  }

  private find(name: string, idName: string, id: string | undefined): Element | undefined {
    return Array.from(this.root.getElementsByTagNameNS(W, name)).find((e) => attr(e, idName) === id);
  }
}

function counterText(format: string | undefined, n: number): string {
  if (format === undefined || format === "decimal") return String(n);
  if (format === "chineseCounting" || format === "chineseCountingThousand") return numberToChinese(n);
  throw new FakeOfficeError("NotImplemented", `The simulated host does not render the number format "${format}".`);
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
  const numbering = new Numbering(dom.documentElement as unknown as Element);
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
    const listString = numbering.listString(p);
    const tableNestingLevel = tableDepth(p);
    return {
      text,
      format: Object.fromEntries(Object.entries(format).filter(([, v]) => v !== undefined)) as ParagraphFormat,
      ...(listString === undefined ? {} : { listString }),
      ...(tableNestingLevel === undefined ? {} : { tableNestingLevel }),
    };
  });
}
