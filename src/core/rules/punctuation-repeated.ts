/**
 * punctuation-repeated — GB/T 15834—2011: one 点号 ends a clause or a sentence; two together (。。 ，。 ；。 ：：) are a
 * slip, typically left by an edit or an insertion (成效。。). ？！ together are allowed (a question asked with
 * feeling); …… and —— are one mark each and never counted. The fix keeps the strongest mark of the run, full-width
 * (，。 → 。, ；。 → 。, 完成,。 → 。), which is the one the sentence was written to end with.
 */
import type { Finding } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import { clauseRunAt, HALF_TO_FULL, isSpaceCode, MARK_STRENGTH, protectedSpans } from "./punctuationChars";
import { makeFinding } from "./report";
import { singleEditFix } from "../finding";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "punctuation-repeated",
  category: "punctuation",
  ...punctuationRuleText.repeated,
  defaultSeverity: "error",
  fixable: true,
  basis: PUNCTUATION_BASIS.marks,
};

/** Two marks side by side, spaces between them allowed: a paragraph without such a pair costs one test. */
const TWO_MARKS = /[，。、；：？！,.;:?!][\s\u3000]*[，。、；：？！,.;:?!]/;

export const punctuationRepeated: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    doc.paragraphs.forEach((paragraph, paragraphIndex) => {
      const text = paragraph.text;
      if (!TWO_MARKS.test(text)) return;
      const guard = protectedSpans(text);
      for (let i = 0; i < text.length; i++) {
        const run = clauseRunAt(text, i);
        if (!run) continue;
        const [start, end] = run;
        i = end - 1;
        if (guard.covers(start) || guard.covers(end - 1)) continue;
        const excerpt = text.slice(start, end);
        const kept = strongest(excerpt);
        findings.push(makeFinding(meta, doc, { paragraphIndex, range: [start, end], message: punctuationMsg.repeated(excerpt, kept), fix: singleEditFix(paragraphIndex, [start, end], kept) }));
      }
    });
    return findings;
  },
};

/** The strongest mark of the run in its full-width form; of equals, the first. */
function strongest(run: string): string {
  let best = "";
  for (let j = 0; j < run.length; j++) {
    if (isSpaceCode(run.charCodeAt(j))) continue;
    const mark = HALF_TO_FULL[run[j]] ?? run[j];
    if (best === "" || (MARK_STRENGTH[mark] ?? 0) > (MARK_STRENGTH[best] ?? 0)) best = mark;
  }
  return best;
}
