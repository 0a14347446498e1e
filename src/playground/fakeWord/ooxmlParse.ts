/**
 * Reads the OOXML that insertOoxml receives (a pkg:package or a bare w:document / w:body) with @xmldom/xmldom:
 * paragraph text, the formatting src/word/ooxml.ts sets, table depth, and the number a w:numPr shows when the
 * package carries its numbering part (what the 自检's set-up inserts). Malformed XML fails like Word does
 * (GeneralException).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { numberToChinese } from "../../core/text/numerals";
import { FakeOfficeError } from "./errors";
import { STYLES, THEME_FONTS } from "./styles";
import type { ParagraphFormat, RunFormat, SimLineSpacing, SimRun } from "./types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ParsedParagraph {
  readonly text: string;
  readonly format: ParagraphFormat;
  /** Each w:r's own w:rPr, over `format` (which carries the first run's, for the paragraph as a whole). */
  readonly runs: readonly SimRun[];
  /** The built-in style its w:pStyle names, when the simulated Word knows it. */
  readonly styleBuiltIn?: string;
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

/** w:rFonts: a concrete name, else the theme font its *Theme attribute names (as Word resolves it on insertion). */
function font(fonts: Element | undefined, slot: "eastAsia" | "ascii" | "hAnsi"): string | undefined {
  const named = attr(fonts, slot);
  if (named !== undefined) return named;
  const theme = attr(fonts, `${slot}Theme`);
  if (theme === undefined) return undefined;
  const major = theme.startsWith("major");
  if (slot === "eastAsia") return major ? THEME_FONTS.majorEastAsia : THEME_FONTS.minorEastAsia;
  return major ? THEME_FONTS.majorLatin : THEME_FONTS.minorLatin;
}

/** An OOXML on/off property (w:b): present means on unless w:val says 0/false/off. */
function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}

function runFormat(rPr: Element | undefined): RunFormat {
  const fonts = child(rPr, "rFonts");
  return clean({
    fontEastAsia: font(fonts, "eastAsia"),
    fontAscii: font(fonts, "ascii"),
    fontHAnsi: font(fonts, "hAnsi"),
    sizeHalfPoints: numberAttr(child(rPr, "sz"), "val"),
    bold: onOff(child(rPr, "b")),
  });
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** w:ind: characters win over twips; w:hanging is a negative first line. */
function indent(ind: Element | undefined): Pick<ParagraphFormat, "firstLineChars" | "firstLineTwips"> {
  const chars = numberAttr(ind, "firstLineChars") ?? (numberAttr(ind, "hangingChars") === undefined ? undefined : -(numberAttr(ind, "hangingChars") ?? 0));
  if (chars !== undefined) return { firstLineChars: chars };
  const firstLine = numberAttr(ind, "firstLine");
  const hanging = numberAttr(ind, "hanging");
  if (hanging !== undefined) return { firstLineTwips: -hanging };
  return firstLine === undefined ? {} : { firstLineTwips: firstLine };
}

function lineSpacing(spacing: Element | undefined): SimLineSpacing | undefined {
  const line = numberAttr(spacing, "line");
  if (line === undefined) return undefined;
  const rule = attr(spacing, "lineRule");
  return { rule: rule === "exact" || rule === "atLeast" ? rule : "auto", line };
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
    const runElements = Array.from(p.getElementsByTagNameNS(W, "r"));
    const runs = runElements.map((r) => ({ text: runText(r), format: runFormat(child(r, "rPr")) }));
    const text = runs.map((r) => r.text).join("");
    const format: ParagraphFormat = clean({
      alignment: alignment(attr(child(pPr, "jc"), "val")),
      ...indent(child(pPr, "ind")),
      lineSpacing: lineSpacing(child(pPr, "spacing")),
      ...(runs[0]?.format ?? {}),
    });
    const style = attr(child(pPr, "pStyle"), "val");
    const listString = numbering.listString(p);
    const tableNestingLevel = tableDepth(p);
    return {
      text,
      format,
      runs,
      ...(style !== undefined && STYLES[style] ? { styleBuiltIn: style } : {}),
      ...(listString === undefined ? {} : { listString }),
      ...(tableNestingLevel === undefined ? {} : { tableNestingLevel }),
    };
  });
}
