/**
 * structure-parts — 惯例 of the genre (domain primer §1, §5): after the main work a summary states its problems
 * (存在的问题 / 不足 / 差距) and then its next steps (下一步 / 工作打算 / 工作思路). Missing or out-of-order parts are
 * hints, never errors; off with structure.hints. Applies only to documents with numbered headings, and only to a work
 * summary (../analysis/genre.ts): a 通知 or 意见 has no “存在的问题” to miss (walk 2026-12-02).
 */
import { mayBeSummary } from "../analysis/genre";
import type { Finding } from "../finding";
import { BASIS, msg, ruleText } from "../messages";
import { locateParts, openingRange } from "./structureParts";
import { makeFinding } from "./report";
import type { Rule, RuleMeta } from "./types";

const meta: RuleMeta = {
  id: "structure-parts",
  category: "structure",
  ...ruleText.structureParts,
  defaultSeverity: "info",
  fixable: false,
  basis: BASIS.practice,
};

export const structureParts: Rule = {
  meta,
  check(doc, options) {
    if (!options.structure.hints || !mayBeSummary(doc)) return [];
    const parts = locateParts(doc);
    if (parts.firstHeading === undefined || parts.lastParagraph === undefined) return [];
    const findings: Finding[] = [];
    const at = (paragraphIndex: number, message: string) =>
      findings.push(makeFinding(meta, doc, { paragraphIndex, range: openingRange(doc.paragraphs[paragraphIndex].text), message }));
    if (parts.problems === undefined) at(parts.lastParagraph, msg.structureMissingProblems());
    if (parts.nextSteps === undefined) at(parts.lastParagraph, msg.structureMissingNextSteps());
    // A problems paragraph after a next-steps heading sits in that section (反腐败面临的形势和对今后工作的建议,
    // corpus 003): only a part found the same way or a problems heading shows the order is reversed.
    const comparable = parts.problemsByHeading || !parts.nextStepsByHeading;
    if (parts.problems !== undefined && parts.nextSteps !== undefined && parts.nextSteps < parts.problems && comparable) {
      at(parts.nextSteps, msg.structureOrder());
    }
    return findings;
  },
};
