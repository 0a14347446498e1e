/**
 * Which phrases the 常用语 tab lists for a category filter and a query. Pure: the tab passes the library state in.
 * Without a query: own phrases first, then built-in ones, in data order; 最近使用 in order of use; 收藏 newest first.
 */
import { search } from "../../core/content";
import type { ContentSet, Phrase, PhraseCategory, SearchIndex, UserLibrary } from "../../core/content";

export type PhraseFilter = "all" | "favourites" | "recent" | "mine" | PhraseCategory;

export interface PhraseItem {
  readonly phrase: Phrase;
  readonly own: boolean;
  /** [start, end) of the query's match in the text. */
  readonly highlight?: readonly [number, number];
}

export interface PhraseSource {
  readonly builtIn: ContentSet;
  readonly library: UserLibrary;
  readonly index: SearchIndex;
}

function byRefs(source: PhraseSource, refs: UserLibrary["recent"]): PhraseItem[] {
  const own = new Map(source.library.own.phrases.map((p) => [p.id, p]));
  const builtIn = new Map(source.builtIn.phrases.map((p) => [p.id, p]));
  const items: PhraseItem[] = [];
  for (const ref of refs) {
    if (ref.kind !== "phrase") continue;
    const mine = own.get(ref.id);
    const phrase = mine ?? builtIn.get(ref.id);
    if (phrase) items.push({ phrase, own: mine !== undefined });
  }
  return items;
}

function baseList(source: PhraseSource, filter: PhraseFilter): PhraseItem[] {
  if (filter === "favourites") return byRefs(source, source.library.favourites);
  if (filter === "recent") return byRefs(source, source.library.recent);
  const own = source.library.own.phrases.map((phrase) => ({ phrase, own: true }));
  if (filter === "mine") return own;
  const all = [...own, ...source.builtIn.phrases.map((phrase) => ({ phrase, own: false }))];
  return filter === "all" ? all : all.filter((item) => item.phrase.category === filter);
}

export function listPhrases(source: PhraseSource, filter: PhraseFilter, query: string): PhraseItem[] {
  const base = baseList(source, filter);
  if (query.trim() === "") return base;
  const allowed = new Map(base.map((item) => [item.phrase.id + (item.own ? "/own" : ""), item]));
  const hits = search(source.index, query, { kinds: ["phrase"], limit: 100000 });
  const items: PhraseItem[] = [];
  for (const hit of hits) {
    const item = allowed.get(hit.entry.id + (hit.source === "own" ? "/own" : ""));
    if (item) items.push(hit.highlight ? { ...item, highlight: hit.highlight } : item);
  }
  return items;
}
