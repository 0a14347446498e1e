/**
 * enumeration-ending — 惯例 of the genre (domain primer §3): the items of an inline enumeration inside one paragraph
 * end alike — all with ；(and a final 。) or all with 。. A hint, with a fix to the style the first item set.
 */
import type { Finding } from "../finding";
import { analyzeEnumerations, EnumerationItem } from "../analysis/enumerations";
import { BASIS, msg, ruleText } from "../messages";
import { isSpace } from "../text/spaces";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "enumeration-ending",
  category: "enumeration",
  ...ruleText.enumerationEnding,
  defaultSeverity: "info",
  fixable: true,
  basis: BASIS.practice,
};

/** Item endings compared; a comma between items is left alone. */
const ENDINGS = "。；";

export const enumerationEnding: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    const firstEnding = new Map<number, string>();
    const previous = new Map<number, EnumerationItem>();
    for (const item of analyzeEnumerations(doc)) {
      if (item.family === "word" || item.runId === 0) continue;
      const before = previous.get(item.runId);
      previous.set(item.runId, item);
      if (!before || before.marker.paragraphIndex !== item.marker.paragraphIndex) continue;
      const text = doc.paragraphs[item.marker.paragraphIndex].text;
      let at = item.marker.start - 1;
      while (at >= 0 && isSpace(text[at])) at--;
      const ending = text[at];
      if (!ENDINGS.includes(ending ?? "x")) continue;
      const style = firstEnding.get(item.runId);
      if (style === undefined) firstEnding.set(item.runId, ending);
      else if (style !== ending) {
        findings.push(
          makeFinding(meta, doc, {
            paragraphIndex: item.marker.paragraphIndex,
            range: [at, at + 1],
            message: msg.enumerationEnding(ending, style),
            fix: { range: [at, at + 1], text: style },
          }),
        );
      }
    }
    return findings;
  },
};
