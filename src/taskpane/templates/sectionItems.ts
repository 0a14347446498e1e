/** The section list for a query: own first, then built-in (data order); with a query, ranked by search. */
import { search } from "../../core/content";
import type { ContentSet, SearchIndex, SectionTemplate } from "../../core/content";
import type { SectionItem } from "./SectionList";

export function sectionItems(own: ContentSet, builtIn: ContentSet, index: SearchIndex, query: string): SectionItem[] {
  if (query.trim() === "") {
    return [...own.sections.map((section) => ({ section, own: true })), ...builtIn.sections.map((section) => ({ section, own: false }))];
  }
  return search(index, query, { kinds: ["section"], limit: 1000 }).map((hit) => ({
    section: hit.entry as SectionTemplate,
    own: hit.source === "own",
    ...(hit.highlight ? { highlight: hit.highlight } : {}),
  }));
}
