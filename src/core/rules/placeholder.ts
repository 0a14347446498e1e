/**
 * placeholder — domain primer §4: every placeholder (*, ＊, XX, ××, ○○, □□, X月X日, XXXX年, empty 【】（）[ ],
 * ____) must be filled before submission, and so must a Word content control still showing its prompt text
 * (DocParagraph.placeholderSpans, from the .docx reader). No fix: a placeholder needs real content, so the finding
 * only points at it.
 */
import type { Finding } from "../finding";
import type { DocSnapshot } from "../model";
import { placeholderSteps } from "../analysis/placeholderScan";
import { BASIS, msg, ruleText } from "../messages";
import { makeFinding } from "./report";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "placeholder",
  category: "placeholder",
  ...ruleText.placeholder,
  defaultSeverity: "error",
  fixable: false,
  basis: BASIS.practice,
};

/** One finding per unfilled content control: its prompt is the placeholder, whatever words it uses. */
function contentControls(doc: DocSnapshot): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = doc.paragraphs;
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex];
    // Most paragraphs have no control: no empty list and no iterator made for each of them.
    if (paragraph.placeholderSpans === undefined) continue;
    for (const [start, end] of paragraph.placeholderSpans) {
      if (end <= start) continue;
      const excerpt = paragraph.text.slice(start, end);
      findings.push(makeFinding(meta, doc, { paragraphIndex, range: [start, end], message: msg.placeholderControl(excerpt) }));
    }
  }
  return findings;
}

export const placeholder: Rule = steppedRule(meta, function* (doc, options) {
  const controls = contentControls(doc);
  // A prompt that itself reads like a placeholder (XXXX年XX月XX日) is reported once, as the control.
  const insideControl = (paragraphIndex: number, start: number, end: number) =>
    controls.some((c) => c.paragraphIndex === paragraphIndex && start < c.range[1] && c.range[0] < end);
  const findings: Finding[] = [...controls];
  const matches = yield* placeholderSteps(doc, options.placeholder.flagFootnoteStar);
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m];
    if (match.pattern.kind !== "blank" || insideControl(match.paragraphIndex, match.start, match.end)) continue;
    const excerpt = doc.paragraphs[match.paragraphIndex].text.slice(match.start, match.end);
    findings.push(makeFinding(meta, doc, { paragraphIndex: match.paragraphIndex, range: [match.start, match.end], message: msg.placeholder(excerpt) }));
  }
  // Document order, as the scan's own findings come.
  return controls.length === 0 ? findings : findings.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.range[0] - b.range[0]);
});
