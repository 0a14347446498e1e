/**
 * Search over phrases, section templates and skeletons, by Chinese substring, by pinyin initials ("xjyg" →
 * 现将有关情况……) or by full pinyin, whole or begun syllables ("jiujiu", "xianjiang" → 久久为功, 现将……). The index is built once; pinyin initials are added later with `withInitials` when pinyin-pro
 * has loaded (see ./pinyin.ts), so the first search never waits for it. A query is a linear scan over precomputed
 * strings: ~500 entries take well under a millisecond.
 */
import { isHan, type InitialsOf } from "./pinyin";
import type { ContentSet, EntryKind, Phrase, PhraseCategory, SectionTemplate, Skeleton } from "./types";

export type Entry = Phrase | SectionTemplate | Skeleton;
export type Source = "builtIn" | "own";

interface Initials {
  readonly letters: string;
  /** Offset in the text of each letter's character, for highlighting. */
  readonly offsets: readonly number[];
  /** Each Han character's whole syllable, aligned with `letters`, when the reader gives them (full pinyin). */
  readonly syllables?: readonly string[];
}

interface IndexedDoc {
  readonly kind: EntryKind;
  readonly source: Source;
  readonly entry: Entry;
  readonly order: number;
  readonly category?: PhraseCategory;
  /** What the list shows and what ranks first: a phrase's text, a template's title. */
  readonly primary: string;
  /** Headings, body, tags, description: matches here rank below any match in `primary`. */
  readonly secondary: string;
  readonly primaryInitials?: Initials;
  /** Initials of the headings only: typing "twfz" should find 突出以文辅政 without matching every body text. */
  readonly headingInitials?: Initials;
}

export interface SearchIndex {
  readonly docs: readonly IndexedDoc[];
  readonly hasInitials: boolean;
}

export interface SearchHit {
  readonly kind: EntryKind;
  readonly source: Source;
  readonly entry: Entry;
  /** Lower is better. */
  readonly score: number;
  /** [start, end) in the entry's primary text (phrase text or title) to highlight, when the match is there. */
  readonly highlight?: readonly [number, number];
}

export interface SearchOptions {
  readonly kinds?: readonly EntryKind[];
  readonly category?: PhraseCategory;
  /** At most this many hits (default 50). */
  readonly limit?: number;
}

/** Title and headings: what a writer remembers a template by (not its 主送机关, 署名 or 日期 lines). */
function headingsOf(entry: SectionTemplate | Skeleton): string {
  return entry.blocks
    .filter((b) => b.role === "title" || b.role.startsWith("heading"))
    .map((b) => b.text)
    .join(" ");
}

function docsOf(set: ContentSet, source: Source, start: number): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  let order = start;
  for (const p of set.phrases) {
    docs.push({
      kind: "phrase",
      source,
      entry: p,
      order: order++,
      category: p.category,
      primary: p.text,
      secondary: (p.tags ?? []).join(" "),
    });
  }
  for (const e of [...set.sections, ...set.skeletons]) {
    const kind: EntryKind = "kind" in e ? "skeleton" : "section";
    const secondary = [headingsOf(e), e.description ?? "", ...(e.tags ?? []), ...e.blocks.map((b) => b.text)];
    docs.push({ kind, source, entry: e, order: order++, primary: e.title, secondary: secondary.join(" ") });
  }
  return docs;
}

/** Builds the index from the built-in content and the own library (own entries first on equal score). */
export function buildSearchIndex(
  sets: readonly { readonly set: ContentSet; readonly source: Source }[],
  initialsOf?: InitialsOf,
): SearchIndex {
  const docs: IndexedDoc[] = [];
  for (const { set, source } of sets) docs.push(...docsOf(set, source, docs.length));
  const index: SearchIndex = { docs, hasInitials: false };
  return initialsOf === undefined ? index : withInitials(index, initialsOf);
}

function initialsWithOffsets(text: string, initialsOf: InitialsOf): Initials {
  const letters = initialsOf(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (isHan(char)) offsets.push(offset);
    offset += char.length;
  }
  // A foreign initialsOf that skips characters still searches; only highlighting is lost.
  const syllables = initialsOf.syllables?.(text);
  return {
    letters,
    offsets: offsets.length === letters.length ? offsets : [],
    ...(syllables && syllables.length === letters.length ? { syllables } : {}),
  };
}

/** Adds pinyin initials to an index (once pinyin-pro has loaded). */
export function withInitials(index: SearchIndex, initialsOf: InitialsOf): SearchIndex {
  const docs = index.docs.map((d) => {
    const heading = d.kind === "phrase" ? undefined : headingsOf(d.entry as SectionTemplate | Skeleton);
    return {
      ...d,
      primaryInitials: initialsWithOffsets(d.primary, initialsOf),
      ...(heading ? { headingInitials: initialsWithOffsets(heading, initialsOf) } : {}),
    };
  });
  return { docs, hasInitials: true };
}

/** Characters after which a match counts as starting a clause (ranks just below a prefix match). */
const CLAUSE_START = /[，。；：、！？“”（）《》\s]/;

interface TermMatch {
  readonly score: number;
  readonly highlight?: readonly [number, number];
}

function matchText(doc: IndexedDoc, term: string): TermMatch | undefined {
  const at = doc.primary.indexOf(term);
  if (at === 0) return { score: 0, highlight: [0, term.length] };
  if (at > 0) {
    const score = CLAUSE_START.test(doc.primary.charAt(at - 1)) ? 2 : 3;
    return { score: score + at / 10000, highlight: [at, at + term.length] };
  }
  if (doc.secondary.includes(term)) return { score: 6 };
  return undefined;
}

/**
 * How many characters from `from` the term spells in pinyin, each character by its whole syllable or a beginning
 * of it ("jiujiu", "jiuj", "jjwg" and "jiujwg" all spell 久久为功), trying whole syllables first; 0 when it does not.
 */
function spelledFrom(syllables: readonly string[], from: number, term: string): number {
  const attempt = (char: number, pos: number): number => {
    if (pos === term.length) return char - from;
    const syllable = syllables[char];
    if (syllable === undefined) return 0;
    for (let take = Math.min(syllable.length, term.length - pos); take >= 1; take--) {
      if (term.startsWith(syllable.slice(0, take), pos)) {
        const spelled = attempt(char + 1, pos + take);
        if (spelled > 0) return spelled;
      }
    }
    return 0;
  };
  return attempt(from, 0);
}

function matchSyllables(initials: Initials, term: string): TermMatch | undefined {
  const syllables = initials.syllables;
  if (syllables === undefined) return undefined;
  for (let at = 0; at < syllables.length; at++) {
    if (syllables[at].charAt(0) !== term.charAt(0)) continue;
    const count = spelledFrom(syllables, at, term);
    if (count === 0) continue;
    const start = initials.offsets[at];
    const last = initials.offsets[at + count - 1];
    const score = at === 0 ? 1 : 4 + at / 10000;
    return start === undefined || last === undefined ? { score } : { score, highlight: [start, last + 1] };
  }
  return undefined;
}

function matchInitials(doc: IndexedDoc, term: string): TermMatch | undefined {
  const primary = doc.primaryInitials;
  if (primary !== undefined) {
    const at = primary.letters.indexOf(term);
    if (at >= 0) {
      const start = primary.offsets[at];
      const last = primary.offsets[at + term.length - 1];
      const highlight: readonly [number, number] | undefined =
        start === undefined || last === undefined ? undefined : [start, last + 1];
      const score = at === 0 ? 1 : 4 + at / 10000;
      return highlight ? { score, highlight } : { score };
    }
    const spelled = matchSyllables(primary, term);
    if (spelled !== undefined) return spelled;
  }
  const heading = doc.headingInitials;
  if (heading?.letters.includes(term) || (heading && matchSyllables(heading, term))) return { score: 5 };
  return undefined;
}

const LATIN = /^[a-z]+$/;

function matchTerm(doc: IndexedDoc, term: string): TermMatch | undefined {
  const text = matchText(doc, term);
  if (text !== undefined || !LATIN.test(term)) return text;
  return matchInitials(doc, term);
}

/** Full-width letters typed by a Chinese IME ("ｘｊｙｇ") count as Latin. */
function normalizeQuery(query: string): string[] {
  const halfWidth = query.replace(/[\uff01-\uff5e]/g, (c) =>
    /[ａ-ｚＡ-Ｚ]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c,
  );
  return halfWidth
    .split(/[\s\u3000]+/)
    .map((t) => (/^[A-Za-z]+$/.test(t) ? t.toLowerCase() : t))
    .filter((t) => t !== "");
}

/**
 * Every term of the query (separated by spaces) must match. Rank: prefix of the text, prefix of its initials,
 * at the start of a clause, elsewhere in the text, initials elsewhere, headings, other fields; then earlier match,
 * shorter text, own before built-in entries in index order.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = normalizeQuery(query);
  if (terms.length === 0) return [];
  const hits: (SearchHit & { readonly order: number; readonly length: number })[] = [];
  for (const doc of index.docs) {
    if (options.kinds !== undefined && !options.kinds.includes(doc.kind)) continue;
    if (options.category !== undefined && doc.category !== options.category) continue;
    let score = 0;
    let highlight: readonly [number, number] | undefined;
    let matched = true;
    for (const term of terms) {
      const m = matchTerm(doc, term);
      if (m === undefined) {
        matched = false;
        break;
      }
      score += m.score;
      highlight ??= m.highlight;
    }
    if (!matched) continue;
    hits.push({
      kind: doc.kind,
      source: doc.source,
      entry: doc.entry,
      score,
      ...(highlight ? { highlight } : {}),
      order: doc.source === "own" ? doc.order - 1e6 : doc.order,
      length: doc.primary.length,
    });
  }
  hits.sort((a, b) => a.score - b.score || a.length - b.length || a.order - b.order);
  return hits.slice(0, options.limit ?? 50).map((h) => ({
    kind: h.kind,
    source: h.source,
    entry: h.entry,
    score: h.score,
    ...(h.highlight ? { highlight: h.highlight } : {}),
  }));
}
