/**
 * punctuation-repeated — GB/T 15834—2011: one 点号 ends a clause or a sentence; two together (。。 ，。 ；。 ：：) are a
 * slip, typically left by an edit or an insertion (成效。。). ？！ together are allowed (a question asked with
 * feeling); …… and —— are one mark each and never counted. The fix keeps the strongest mark of the run, full-width
 * (，。 → 。, ；。 → 。, 完成,。 → 。), which is the one the sentence was written to end with.
 */
import type { Finding } from "../finding";
import { punctuationMsg, punctuationRuleText, PUNCTUATION_BASIS } from "../messages";
import { clauseRunAt, HALF_TO_FULL, isSpaceCode, MARK_STRENGTH, protectedSpans } from "./punctuationChars";
import type { DocSnapshot } from "../model";
import { paragraphPass } from "../paragraphMemo";
import { findingsIn } from "./keptFindings";
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

/** A paragraph's findings come from its text alone: kept across checks (./keptFindings.ts). */
const repeatedPass = paragraphPass<undefined, readonly Finding[]>("punctuation-repeated");

export const punctuationRepeated: Rule = {
  meta,
  check(doc) {
    const findings: Finding[] = [];
    for (let paragraphIndex = 0; paragraphIndex < doc.paragraphs.length; paragraphIndex++) {
      findingsIn(repeatedPass, doc, paragraphIndex, undefined, mayFind, paragraphFindings, findings);
    }
    return findings;
  },
};

const mayFind = (text: string) => TWO_MARKS.test(text);

function paragraphFindings(doc: DocSnapshot, paragraphIndex: number): Finding[] {
  const findings: Finding[] = [];
  const text = doc.paragraphs[paragraphIndex].text;
  if (!TWO_MARKS.test(text)) return findings;
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
  return findings;
}

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
