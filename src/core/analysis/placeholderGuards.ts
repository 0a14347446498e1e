/**
 * The guards of the placeholder table (patterns/placeholders.ts): each says whether a match may stand as a
 * placeholder, reading its neighbours in the paragraph and, for a few, what the whole document says (a note that
 * explains a star, an appendix heading, N+X policy names: placeholderFacts.ts).
 */
import { DocParagraph, isBodyParagraph } from "../model";
import { CITING_AFTER, CITING_BEFORE, PlaceholderGuard, SURNAMES } from "../patterns/placeholders";
import { isArabicDigit, isChineseNumeralChar } from "../text/numerals";
import { isSpace, leadingSpaceLength } from "../text/spaces";
import type { DocFacts } from "./placeholderFacts";

/** How many paragraphs before its hand-written date line a form may begin (the longest seen is 15). */
const FORM_LENGTH = 20;

/** A blank on a form: after an appendix heading, or in the paragraphs a hand-written date line closes. */
function formField({ paragraph, paragraphIndex, facts }: GuardContext): boolean {
  if (!isBodyParagraph(paragraph)) return false;
  if (paragraphIndex > facts.appendixStart()) return true;
  return facts.handDateLines().some((d) => d > paragraphIndex && d - paragraphIndex <= FORM_LENGTH);
}

export interface GuardContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: DocParagraph;
  readonly paragraphIndex: number;
  readonly facts: DocFacts;
}

const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const AFTER_FOOTNOTE = "。，；：！？、”’）)」.,;:!?";
const AFTER_MARK = `${AFTER_FOOTNOTE}|】]（(`;
const BEFORE_MARK = "|（(【[";
const STAR = /^[*＊]$/;
/** (/images/1.png), (images/a.png "title"), (https://…): a target holds a / or a . and ends at a space or ). */
const LINK_TARGET = /\([^\s()（）]*[./][^\s()（）]*[\s)]/y;
const QUOTE_JOINERS = "、，,和及与或";

/** Where the paragraph's content begins: after leading spaces and a list dash (`- `) if any. */
function contentStart(text: string): number {
  let i = leadingSpaceLength(text);
  if ((text[i] === "-" || text[i] === "•") && isSpace(text[i + 1])) i += 1 + leadingSpaceLength(text, i + 1);
  return i;
}

function contentEnd(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

function leadingMark({ text, start, end, paragraph }: GuardContext): boolean {
  if (start !== contentStart(text)) return false;
  // A footnote's or endnote's own text may open with the star that refers to it.
  if (paragraph.part === "footnote" || paragraph.part === "endnote") return true;
  return end - start === 1 && isSpace(text[end]);
}

function wrappingPair({ text, start, end }: GuardContext): boolean {
  if (end - start !== 1) return false;
  const first = contentStart(text);
  const last = contentEnd(text) - 1;
  if (start !== first && start !== last) return false;
  if (last - first < 2 || text[first] !== text[last] || !STAR.test(text[first])) return false;
  if (isSpace(text[first + 1]) || isSpace(text[last - 1])) return false;
  const inner = text.slice(first + 1, last);
  return !inner.includes("*") && !inner.includes("＊");
}

function declaredMark({ text, start, end, paragraphIndex, facts }: GuardContext): boolean {
  const legends = facts.starLegends();
  if (!legends.runs.has(text.slice(start, end))) return false;
  if (legends.paragraphs.has(paragraphIndex)) return true;
  const before = text[start - 1];
  const after = text[end];
  // A mark after a value or a name: 2.82（*）, 63*; but 2*.5 and 3*亿 are masked numbers.
  if (after === undefined || isSpace(after) || AFTER_MARK.includes(after)) return !((after === "." || after === "．") && isArabicDigit(text[end + 1]));
  // A mark before an indicator's name, opening a cell: | *单位GDP能耗 |.
  return (before === undefined || isSpace(before) || BEFORE_MARK.includes(before)) && !isArabicDigit(after);
}

function linkLabel({ text, start, end }: GuardContext): boolean {
  if (text[start] !== "[") return false;
  LINK_TARGET.lastIndex = end;
  return LINK_TARGET.test(text);
}

function ruleLine({ text, start, end }: GuardContext): boolean {
  return start === leadingSpaceLength(text) && end === contentEnd(text);
}

/** The quotation “…” around [start, end), or undefined when the match is not quoted. */
function quoteAround(text: string, start: number, end: number): readonly [number, number] | undefined {
  const open = text.lastIndexOf("“", start - 1);
  if (open < 0 || text.lastIndexOf("”", start - 1) > open) return undefined;
  const close = text.indexOf("”", end);
  if (close < 0) return undefined;
  const nextOpen = text.indexOf("“", end);
  return nextOpen >= 0 && nextOpen < close ? undefined : [open, close];
}

/** 称“A”、“B”或“XX先生”: a quote in a list of quotes is cited when the words before or after the list cite. */
function citedForm({ text, start, end }: GuardContext): boolean {
  const quote = quoteAround(text, start, end);
  if (!quote) return false;
  let [first, last] = quote;
  for (;;) {
    const joiner = text.slice(Math.max(0, first - 3), first) === "”或者" ? 3 : QUOTE_JOINERS.includes(text[first - 1] ?? "\0") ? 1 : 0;
    const previousClose = first - joiner - 1;
    if (joiner === 0 || text[previousClose] !== "”") break;
    const previousOpen = text.lastIndexOf("“", previousClose - 1);
    if (previousOpen < 0) break;
    first = previousOpen;
  }
  for (;;) {
    if (!QUOTE_JOINERS.includes(text[last + 1] ?? "\0") || text[last + 2] !== "“") break;
    const nextClose = text.indexOf("”", last + 3);
    if (nextClose < 0) break;
    last = nextClose;
  }
  return CITING_BEFORE.test(text.slice(Math.max(0, first - 6), first)) || CITING_AFTER.test(text.slice(last + 1, last + 9));
}

export function guardHolds(guard: PlaceholderGuard, ctx: GuardContext): boolean {
  const { text, start, end } = ctx;
  const before = text[start - 1];
  const after = text[end];
  switch (guard) {
    case "notBetweenDigits":
      return !(isArabicDigit(before) && isArabicDigit(after));
    case "notNextToLatin":
      return !((before !== undefined && LATIN.test(before)) || (after !== undefined && LATIN.test(after)));
    case "notNextToChineseNumeral": {
      const numeralLike = (ch: string | undefined) => ch !== undefined && (isChineseNumeralChar(ch) || ch === "〇");
      return !(numeralLike(before) || numeralLike(after));
    }
    case "notAfterDigit":
      return !isArabicDigit(before);
    case "footnoteStar": {
      const footnoteLike = end - start === 1 && start > 0 && !isSpace(before) && (after === undefined || isSpace(after) || AFTER_FOOTNOTE.includes(after));
      return !footnoteLike;
    }
    case "notLeadingMark":
      return !leadingMark(ctx);
    case "notWrappingPair":
      return !wrappingPair(ctx);
    case "notDeclaredMark":
      return !declaredMark(ctx);
    case "notLinkLabel":
      return !linkLabel(ctx);
    case "notRuleLine":
      return !ruleLine(ctx);
    case "notFormField":
      return !formField(ctx);
    case "notCitedForm":
      return !citedForm(ctx);
    case "notOpenCount":
      return !((text[start] === "X" || text[start] === "Ｘ") && ctx.facts.usesOpenX(ctx.paragraphIndex));
    case "notAnonymisedName":
      return !(before !== undefined && SURNAMES.has(before));
  }
}
