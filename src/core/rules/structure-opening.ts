/**
 * structure-opening — 惯例 of the genre (domain primer §1, §5): a work summary opens with a paragraph before its
 * first heading (time phrase, leadership, overall result, 现将……总结如下). A hint; off with structure.hints. Only for a
 * work summary (../analysis/genre.ts): a 方案 or 规定 may well begin with its first heading.
 */
import { mayBeSummary } from "../analysis/genre";
import { analyzeOutline } from "../analysis/outline";
import { BASIS, msg, ruleText } from "../messages";
import { trimSpaces } from "../text/spaces";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "structure-opening",
  category: "structure",
  ...ruleText.structureOpening,
  defaultSeverity: "info",
  fixable: false,
  basis: BASIS.practice,
};

export const structureOpening: Rule = {
  meta,
  check(doc, options) {
    if (!options.structure.hints || !mayBeSummary(doc)) return [];
    const outline = analyzeOutline(doc);
    const first = outline.items[0];
    if (!first) return [];
    for (let i = 0; i < first.paragraphIndex; i++) {
      // A title line does not open the text; any paragraph of prose does.
      if (trimSpaces(doc.paragraphs[i].text).length > 0 && outline.headingKind[i] === undefined) return [];
    }
    const range: readonly [number, number] = first.marker.source === "text" ? [first.marker.start, first.marker.end] : [0, 0];
    return [
      makeFinding(meta, doc, {
        paragraphIndex: first.paragraphIndex,
        range,
        onListString: first.marker.source === "listString",
        message: msg.structureNoOpening(),
      }),
    ];
  },
};
