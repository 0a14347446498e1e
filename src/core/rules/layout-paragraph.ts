/**
 * layout-paragraph — GB/T 9704—2012 7.3.1 (标题居中), 7.3.2 (主送机关顶格), 7.3.3 (每个自然段左空二字), 7.3.4 (附件说明
 * 左空二字); 惯例 when the house style sets it: fixed line spacing (28–29 pt).
 * Alignment and first-line indent by role; spaces typed before the text count as indent (two U+3000 before the text are an indent).
 */
import { deviationsOf, paragraphDeviations, targetParagraph } from "../layout/judge";
import { roleSteps } from "../layout/roles";
import { roleTarget } from "../layout/standard";
import { layoutRuleText } from "../messages";
import { LayoutRuns } from "./layoutRuns";
import { inSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "layout-paragraph",
  category: "layout",
  title: layoutRuleText.paragraph.title,
  description: layoutRuleText.paragraph.description,
  defaultSeverity: "warning",
  fixable: true,
  basis: "GB/T 9704—2012 7.3",
};

export const layoutParagraph: Rule = steppedRule(meta, function* (doc, options) {
  const roles = yield* roleSteps(doc);
  const standard = new LayoutRuns();
  const practice = new LayoutRuns();
  const read = (from: number, to: number) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      const paragraph = doc.paragraphs[paragraphIndex];
      const info = roles[paragraphIndex];
      if (info.role === "other" || !paragraph.layout) continue;
      const role = info.role;
      const target = roleTarget(role, options);
      const deviations = paragraphDeviations(paragraph, info, target);
      const change = deviations.length > 0 ? { paragraphIndex, paragraphText: paragraph.text, layout: targetParagraph(paragraph, info, target) } : undefined;
      standard.add(paragraphIndex, role, deviationsOf(deviations, false), change, target.basis);
      if (target.lineSpacing) practice.add(paragraphIndex, role, deviationsOf(deviations, true), change, target.basis);
    }
  };
  yield* inSlices(doc.paragraphs, read);
  return [...standard.findings(meta, doc, false), ...practice.findings(meta, doc, true)];
});
