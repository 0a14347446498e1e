/**
 * Pure planning for finding a checked span again in Word (no character-offset API below WordApiDesktop 1.4):
 * which strings to search for in the body, and which match to take. Word's Find returns non-overlapping
 * matches left to right inside each paragraph, `^` is special and a search string holds at most 255 characters.
 */
import type { SpanTarget } from "../host/port";

export const MAX_SEARCH = 255;

/** `^` introduces Word's special codes even without wildcards: "^^" is a literal caret. */
export function escapeSearch(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Word's matches of `needle` in `text`: non-overlapping, scanned left to right. */
export function wordMatchStarts(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (!needle) return starts;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) starts.push(i);
  return starts;
}

/**
 * Needles are made this long when the paragraph allows (the search limit): a short excerpt such as "、" would match
 * tens of thousands of times in a long document, and every match would be loaded. The excerpt with its neighbouring
 * characters from the JS copy, as far as the paragraph goes, matches about once (boilerplate sentences repeated
 * across paragraphs are why a short fixed context, e.g. 16 characters, is not enough).
 */
export const DISTINCT = MAX_SEARCH;

/** A caret position inside the paragraph, reached without character offsets. */
export type PointPlan =
  /** Offset 0 or the paragraph's end: paragraph.getRange("Start") / getRange("End") (before the paragraph mark). */
  | { readonly kind: "paragraphStart" }
  | { readonly kind: "paragraphEnd" }
  /** The start of the Word match of `needle` at `at` (the needle follows the point). */
  | { readonly kind: "from"; readonly needle: string; readonly at: number }
  /** The end of the Word match of `needle` at `at` (the needle precedes the point). */
  | { readonly kind: "to"; readonly needle: string; readonly at: number };

/** How the span is reached. Each `needle` is the literal text; the search string is escapeSearch(needle). */
export type Plan =
  /** The excerpt itself is a distinctive Word match starting at `at`. */
  | { readonly kind: "direct"; readonly needle: string; readonly at: number }
  /** Between two points (Range.expandTo of the two collapsed ranges). */
  | { readonly kind: "span"; readonly from: PointPlan; readonly to: PointPlan }
  /** An empty span (an insertion). */
  | { readonly kind: "point"; readonly point: PointPlan };

function fits(needle: string): boolean {
  return escapeSearch(needle).length <= MAX_SEARCH;
}

function reachable(text: string, needle: string, at: number): boolean {
  return wordMatchStarts(text, needle).includes(at);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** One code point (a surrogate pair stays whole). */
export function codePointAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}
export function codePointBefore(text: string, end: number): string {
  const c = text.charCodeAt(end - 1);
  return isLow(c) && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/** The longest needle (≤ DISTINCT, never splitting a surrogate pair) starting at x that Word reaches there. */
function fromNeedle(text: string, x: number): string | undefined {
  for (let len = Math.min(text.length - x, DISTINCT); len > 0; len--) {
    const needle = text.slice(x, x + len);
    if (isHigh(needle.charCodeAt(len - 1)) && x + len < text.length) continue;
    if (fits(needle) && reachable(text, needle, x)) return needle;
  }
  return undefined;
}

/** The longest needle (≤ DISTINCT, never splitting a surrogate pair) ending at x that Word reaches. */
function toNeedle(text: string, x: number): string | undefined {
  for (let len = Math.min(x, DISTINCT); len > 0; len--) {
    const needle = text.slice(x - len, x);
    if (isLow(needle.charCodeAt(0)) && x - len > 0) continue;
    if (fits(needle) && reachable(text, needle, x - len)) return needle;
  }
  return undefined;
}

/**
 * The point at offset x: the paragraph's own start or end when it is one, else the longer of the needles that
 * follow or precede it (`inner` wins a tie: the side that overlaps the span, so its text is part of the match).
 */
export function planPoint(text: string, x: number, inner: "from" | "to"): PointPlan {
  if (x === 0) return { kind: "paragraphStart" };
  if (x === text.length) return { kind: "paragraphEnd" };
  const after = fromNeedle(text, x);
  const before = toNeedle(text, x);
  const a = after?.length ?? 0;
  const b = before?.length ?? 0;
  if (after && (a > b || (a === b && inner === "from"))) return { kind: "from", needle: after, at: x };
  // A single character before x is always reachable (x > 0): `before` is defined when `after` was not taken.
  const needle = before ?? codePointBefore(text, x);
  return { kind: "to", needle, at: x - needle.length };
}

export function planTarget(t: SpanTarget): Plan {
  const text = t.paragraphText;
  if (t.start === t.end) return { kind: "point", point: planPoint(text, t.start, "to") };
  const excerpt = text.slice(t.start, t.end);
  if (excerpt.length >= DISTINCT && fits(excerpt) && reachable(text, excerpt, t.start)) return { kind: "direct", needle: excerpt, at: t.start };
  return { kind: "span", from: planPoint(text, t.start, "from"), to: planPoint(text, t.end, "to") };
}

function pointNeedles(p: PointPlan): string[] {
  return p.kind === "from" || p.kind === "to" ? [p.needle] : [];
}

export function planNeedles(p: Plan): string[] {
  switch (p.kind) {
    case "direct": return [p.needle];
    case "span": return [...pointNeedles(p.from), ...pointNeedles(p.to)];
    case "point": return pointNeedles(p.point);
  }
}

/**
 * Index of the match at (paragraphIndex, at) among Word's body-wide matches of `needle`, computed over the
 * CURRENT texts, and the total Word must report. A different total means Word sees text we do not (or matches
 * differently): the caller then refuses to touch anything.
 */
export function matchIndex(texts: readonly string[], needle: string, paragraphIndex: number, at: number): { index: number; total: number } {
  let before = 0;
  let total = 0;
  let index = -1;
  texts.forEach((text, i) => {
    const starts = wordMatchStarts(text, needle);
    if (i < paragraphIndex) before += starts.length;
    if (i === paragraphIndex) index = starts.indexOf(at);
    total += starts.length;
  });
  return { index: index < 0 ? -1 : before + index, total };
}

/** Spans [start, end) overlap; an insertion point overlaps a span strictly around it or another at the same point. */
export function overlaps(a: SpanTarget, b: SpanTarget): boolean {
  if (a.paragraphIndex !== b.paragraphIndex) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
