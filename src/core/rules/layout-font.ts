/**
 * layout-font — GB/T 9704—2012 7.3.1 (标题 2号小标宋), 7.3.2–7.3.5 (3号仿宋), 7.3.3 (一级黑体, 二级楷体, 三四级仿宋);
 * 惯例 when the house style asks: level-3 headings bold, digits and letters in Times New Roman.
 * The East Asian font family and the size each paragraph shows, by its role; a run-in heading's own words against its
 * level, the text after them against the body's. Mixed formatting inside a paragraph (a bold phrase) is no finding.
 */
import type { Finding } from "../finding";
import { characterDeviations, deviationsOf, segments, targetRunsLayout } from "../layout/judge";
import { roleSteps } from "../layout/roles";
import { ROLE_STANDARDS } from "../layout/standard";
import { layoutRuleText } from "../messages";
import { LayoutRuns } from "./layoutRuns";
import { inSlices } from "../steps";
import { steppedRule, type Rule, type RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "layout-font",
  category: "layout",
  title: layoutRuleText.font.title,
  description: layoutRuleText.font.description,
  defaultSeverity: "warning",
  fixable: true,
  basis: "GB/T 9704—2012 7.3",
};

export const layoutFont: Rule = steppedRule(meta, function* (doc, options) {
  const roles = yield* roleSteps(doc);
  const standard = new LayoutRuns();
  const practice = new LayoutRuns();
  const practiceOn = options.layout.level3Bold || options.layout.latinTimesNewRoman;
  const read = (from: number, to: number) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      const paragraph = doc.paragraphs[paragraphIndex];
      const info = roles[paragraphIndex];
      if (info.role === "other" || !paragraph.layout) continue;
      const role = info.role;
      const segs = segments(paragraph, info, role, options);
      const deviations = characterDeviations(paragraph, segs);
      const change = deviations.length > 0 ? { paragraphIndex, paragraphText: paragraph.text, layout: targetRunsLayout(segs) } : undefined;
      const basis = ROLE_STANDARDS[role].basis;
      standard.add(paragraphIndex, role, deviationsOf(deviations, false), change, basis);
      if (practiceOn) practice.add(paragraphIndex, role, deviationsOf(deviations, true), change, basis);
    }
  };
  yield* inSlices(doc.paragraphs, read);
  const findings: Finding[] = [...standard.findings(meta, doc, false), ...practice.findings(meta, doc, true)];
  return findings;
});
