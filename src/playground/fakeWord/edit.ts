/** Insert and search operations shared by Range, Paragraph and Body proxies (run at sync time). */
import type { Piece, SimulatedDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { Pos } from "./positions";
import { findInText, parseSearch } from "./search";

export type Location = "Replace" | "Start" | "End" | "Before" | "After";
export interface Span {
  readonly start: Pos;
  readonly end: Pos;
}

export function checkLocation(loc: string, allowed: readonly string[], method: string): void {
  if (!allowed.includes(loc)) {
    throw new FakeOfficeError("InvalidArgument", `${method}: insertLocation '${loc}' is not valid here (allowed: ${allowed.join(", ")}).`);
  }
}

function targetOf(span: Span, loc: Location): Span {
  if (loc === "Replace") return span;
  const at = loc === "Start" || loc === "Before" ? span.start : span.end;
  return { start: at, end: at };
}

/** Text with "\n" or "\r" becomes several paragraphs, as Word's insertText does. */
export function insertText(doc: SimulatedDocument, span: Span, loc: Location, text: string): Span {
  const pieces: Piece[] = text.split(/\r\n|\r|\n/).map((t) => ({ text: t }));
  const t = targetOf(span, loc);
  return doc.replace(t.start, t.end, pieces);
}

/**
 * The OOXML reader and the XML parser under it (@xmldom/xmldom, some 80 KB of code) serve insertOoxml alone: they load
 * with the first batch that inserts OOXML, whose op waits for them (ranges.ts), not with the simulated Word. The
 * benchmark's page (pane-bench.html) times the pane's start-up over this simulation, and running the parser's code
 * there counted against the pane, which in Word never loads it.
 */
let ooxmlReader: typeof import("./ooxmlParse") | undefined;
let ooxmlReaderLoading: Promise<void> | undefined;

export function ooxmlReaderLoaded(): Promise<void> {
  ooxmlReaderLoading ??= import(/* webpackChunkName: "sim-ooxml" */ "./ooxmlParse").then((module) => {
    ooxmlReader = module;
  });
  return ooxmlReaderLoading;
}

function parseOoxml(ooxml: string): ReturnType<typeof import("./ooxmlParse").parseOoxml> {
  if (!ooxmlReader) throw new Error("insertOoxml ran before its reader had loaded (its op waits for ooxmlReaderLoaded)");
  return ooxmlReader.parseOoxml(ooxml);
}

/**
 * OOXML paragraphs land as whole paragraphs: text before and after the insertion point keeps its own paragraph
 * (an assumption about Word to verify there; see README "verify on real Word"). Inserted "Before"/"After" a
 * paragraph's "Whole" range, they land between two paragraph marks and neither neighbour changes.
 */
export function insertOoxml(doc: SimulatedDocument, span: Span, loc: Location, ooxml: string): Span {
  const paragraphs = parseOoxml(ooxml);
  // After the document's final mark (a last paragraph's "Whole" range, "After") is before that mark, at the end of
  // its text: the paragraph keeps its text and the content follows it.
  const at = targetOf(span, loc);
  const t = { start: doc.inText(at.start), end: doc.inText(at.end) };
  const before = doc.paragraph(t.start.para).text.slice(0, t.start.offset);
  const after = doc.paragraph(t.end.para).text.slice(t.end.offset);
  const pieces: Piece[] = paragraphs.map((p) => ({
    text: p.text,
    format: p.format,
    runs: p.runs,
    styleBuiltIn: p.styleBuiltIn,
    listString: p.listString,
    tableNestingLevel: p.tableNestingLevel,
  }));
  if (before) pieces.unshift({ text: "" });
  if (after) pieces.push({ text: "", inherit: "end" });
  const made = doc.replace(t.start, t.end, pieces);
  const start = before ? { para: t.start.para + 1, offset: 0 } : made.start;
  const endPara = after ? made.end.para - 1 : made.end.para;
  return { start, end: after ? { para: endPara, offset: doc.paragraph(endPara).text.length } : made.end };
}

export interface SearchOptionsLike {
  readonly matchCase?: boolean;
  readonly matchWildcards?: boolean;
  readonly matchWholeWord?: boolean;
  readonly matchPrefix?: boolean;
  readonly matchSuffix?: boolean;
  readonly ignorePunct?: boolean;
  readonly ignoreSpace?: boolean;
}

export function search(doc: SimulatedDocument, within: Span, searchText: string, options: SearchOptionsLike = {}): Span[] {
  const span = { start: doc.inText(within.start), end: doc.inText(within.end) }; // a paragraph mark holds no match
  const unsupported = (["matchWildcards", "matchWholeWord", "matchPrefix", "matchSuffix", "ignorePunct", "ignoreSpace"] as const).filter((k) => options[k]);
  if (unsupported.length) throw new FakeOfficeError("NotImplemented", `The simulated host does not implement search option(s): ${unsupported.join(", ")}.`);
  const tokens = parseSearch(searchText);
  const found: Span[] = [];
  for (let i = span.start.para; i <= span.end.para; i++) {
    const text = doc.paragraph(i).text;
    const from = i === span.start.para ? span.start.offset : 0;
    const to = i === span.end.para ? span.end.offset : text.length;
    for (const s of findInText(text, tokens, options.matchCase ?? false, from, to)) {
      found.push({ start: { para: i, offset: s }, end: { para: i, offset: s + tokens.length } });
    }
  }
  return found;
}
