/**
 * Pure planning for finding a checked span again in Word (no character-offset API below WordApiDesktop 1.4):
 * which strings to search for in the body, and which match to take. Word's Find returns non-overlapping
 * matches left to right inside each paragraph, `^` is special and a search string holds at most 255 characters.
 */
import type { SpanTarget } from "./gateway";

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

/** How the span is reached. Each `needle` is the literal text; the search string is escapeSearch(needle). */
export type Plan =
  /** The excerpt itself is a Word match starting at `at`. */
  | { readonly kind: "direct"; readonly needle: string; readonly at: number }
  /** Too long or unreachable (inside an earlier overlapping match): a start anchor and an end anchor, expandTo. */
  | { readonly kind: "anchors"; readonly first: string; readonly firstAt: number; readonly last: string; readonly lastAt: number }
  /** An empty span (an insertion): next to one neighbouring character. */
  | { readonly kind: "point"; readonly needle: string; readonly at: number; readonly side: "after" | "before" }
  /** An insertion into an empty paragraph. */
  | { readonly kind: "emptyParagraph" };

function fits(needle: string): boolean {
  return escapeSearch(needle).length <= MAX_SEARCH;
}

function reachable(text: string, needle: string, at: number): boolean {
  return wordMatchStarts(text, needle).includes(at);
}

/** One code point (a surrogate pair stays whole). */
function codePointAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}
function codePointBefore(text: string, end: number): string {
  const c = text.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/** The longest prefix that fits and that Word reaches at `start`; a single character always qualifies. */
function startAnchor(text: string, start: number, end: number): string {
  for (let len = Math.min(end - start, MAX_SEARCH); len > 1; len = Math.min(len - 1, Math.floor(len / 2) + 1)) {
    const p = text.slice(start, start + len);
    if (fits(p) && reachable(text, p, start)) return p;
  }
  return codePointAt(text, start);
}

function endAnchor(text: string, start: number, end: number): string {
  for (let len = Math.min(end - start, MAX_SEARCH); len > 1; len = Math.min(len - 1, Math.floor(len / 2) + 1)) {
    const s = text.slice(end - len, end);
    if (fits(s) && reachable(text, s, end - len)) return s;
  }
  return codePointBefore(text, end);
}

export function planTarget(t: SpanTarget): Plan {
  const text = t.paragraphText;
  if (t.start === t.end) {
    if (text.length === 0) return { kind: "emptyParagraph" };
    if (t.start > 0) {
      const needle = codePointBefore(text, t.start);
      return { kind: "point", needle, at: t.start - needle.length, side: "after" };
    }
    return { kind: "point", needle: codePointAt(text, 0), at: 0, side: "before" };
  }
  const excerpt = text.slice(t.start, t.end);
  if (fits(excerpt) && reachable(text, excerpt, t.start)) return { kind: "direct", needle: excerpt, at: t.start };
  const first = startAnchor(text, t.start, t.end);
  const last = endAnchor(text, t.start, t.end);
  return { kind: "anchors", first, firstAt: t.start, last, lastAt: t.end - last.length };
}

export function planNeedles(p: Plan): string[] {
  switch (p.kind) {
    case "direct": case "point": return [p.needle];
    case "anchors": return [p.first, p.last];
    case "emptyParagraph": return [];
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
