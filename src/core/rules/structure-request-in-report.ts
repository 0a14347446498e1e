/**
 * structure-request-in-report — 《党政机关公文处理工作条例》第十五条: a 报告 must not carry 请示 matters, so endings
 * such as 妥否，请批示 / 请予审批 are a warning. Only in a report (../analysis/genre.ts): a 请示 asks by its nature, and
 * the clause says nothing of a 方案 or 函 sent for approval. 请审批 / 请批准 count only as a clause of their own, not in
 * reporting wording such as 报请审批 (review 2026-11-22).
 */
import { mayBeSummary } from "../analysis/genre";
import { isBodyParagraph } from "../model";
import type { Finding } from "../finding";
import {
  CLAUSE_START_BEFORE,
  REQUEST_PHRASES,
  SENTENCE_END_AFTER,
  SHORT_REQUEST_NOT_AFTER,
  SHORT_REQUEST_PHRASES,
} from "../patterns/structure";
import { BASIS, msg, ruleText } from "../messages";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "structure-request-in-report",
  category: "structure",
  ...ruleText.structureRequestInReport,
  defaultSeverity: "warning",
  fixable: false,
  basis: BASIS.regulation15,
};

const REQUEST = new RegExp(REQUEST_PHRASES.join("|"), "g");
const SHORT_REQUEST = new RegExp(SHORT_REQUEST_PHRASES.join("|"), "g");

type Span = readonly [number, number];

/** What a paragraph without a request gives (nearly all of them): one shared empty list. */
const NO_SPANS: readonly Span[] = [];

function matches(pattern: RegExp, text: string): readonly Span[] {
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NO_SPANS;
  const spans: Span[] = [];
  for (; m !== null; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** 请审批 standing as its own clause (……，请审批。 / 恳请批准。), not inside 报请审批 or 申请审批手续. */
function standsAlone(text: string, [start, end]: Span): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && SHORT_REQUEST_NOT_AFTER.includes(before)) return false;
  return before === undefined || CLAUSE_START_BEFORE.includes(before) || after === undefined || SENTENCE_END_AFTER.includes(after);
}

function requestSpans(text: string): readonly Span[] {
  const long = matches(REQUEST, text);
  const short = matches(SHORT_REQUEST, text);
  // The matches of one expression come in order: with no short phrase to place among them, they are sorted already.
  if (short === NO_SPANS) return long;
  const spans = [...long];
  for (const span of short) {
    const overlaps = spans.some(([s, e]) => span[0] < e && s < span[1]);
    if (!overlaps && standsAlone(text, span)) spans.push(span);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export const structureRequestInReport: Rule = {
  meta,
  check(doc) {
    if (!mayBeSummary(doc)) return [];
    const findings: Finding[] = [];
    doc.paragraphs.forEach((p, paragraphIndex) => {
      if (!isBodyParagraph(p)) return; // a request is made in the main text, not in a header or a note
      const spans = requestSpans(p.text);
      for (let s = 0; s < spans.length; s++) {
        const range = spans[s];
        const phrase = p.text.slice(range[0], range[1]);
        findings.push(makeFinding(meta, doc, { paragraphIndex, range, message: msg.structureRequestInReport(phrase) }));
      }
    });
    return findings;
  },
};
