/**
 * layout-page — GB/T 9704—2012 5.1 (A4), 5.2.1 (天头 37 mm ± 1, 订口 28 mm ± 1, 版心 156 × 225 mm), 5.2.3 (22 行 × 28 字).
 * The first section's page setup, when the host could read it; a value it could not read is not reported. No fix:
 * page setup is not a paragraph's layout (一键排版 sets it where the host allows, see src/core/layout/plan.ts).
 */
import type { Finding } from "../finding";
import { pageDeviations } from "../layout/page";
import { PAGE_BASIS } from "../layout/standard";
import { layoutMsg, layoutRuleText } from "../messages";
import { isBodyParagraph } from "../model";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "layout-page",
  category: "layout",
  title: layoutRuleText.page.title,
  description: layoutRuleText.page.description,
  defaultSeverity: "warning",
  fixable: false,
  basis: PAGE_BASIS,
};

export const layoutPage: Rule = {
  meta,
  check(doc) {
    const page = doc.layout?.page;
    if (!page) return [];
    const parts = pageDeviations(page);
    if (parts.length === 0) return [];
    const first = doc.paragraphs.findIndex(isBodyParagraph);
    const findings: Finding[] = [makeFinding(meta, doc, { paragraphIndex: Math.max(0, first), range: [0, 0], message: layoutMsg.page(parts), sameAs: parts.join("|") })];
    return findings;
  },
};
