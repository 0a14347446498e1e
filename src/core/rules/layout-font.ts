/**
 * layout-font — GB/T 9704—2012 7.3.1 (标题 2号小标宋), 7.3.2–7.3.5 (3号仿宋), 7.3.3 (一级黑体, 二级楷体, 三四级仿宋);
 * 惯例 when the house style asks: level-3 headings bold, digits and letters in Times New Roman.
 * The East Asian font family and the size each paragraph shows, by its role; a run-in heading's own words against its
 * level, the text after them against the body's. Mixed formatting inside a paragraph (a bold phrase) is no finding.
 * Each paragraph's judgement is kept across checks by what it reads (../paragraphMemo.ts): text, layout, role and its
 * heading's end, the targets; the runs of paragraphs are gathered again at each check.
 */
import type { Finding } from "../finding";
import { characterDeviations, Deviation, deviationsOf, segments, targetRunsLayout } from "../layout/judge";
import { ParagraphRole, roleSteps } from "../layout/roles";
import { FormattedRole, roleTarget, RoleTarget, ROLE_STANDARDS } from "../layout/standard";
import type { ParagraphLayout, TargetLayout } from "../layout/types";
import type { DocParagraph } from "../model";
import type { CheckOptions } from "../options";
import { kept, paragraphPass } from "../paragraphMemo";
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

/** What the judgement of one paragraph reads beside its text. */
interface FontInputs {
  readonly layout: ParagraphLayout;
  readonly info: ParagraphRole;
  readonly role: FormattedRole;
  /** The role's target and the body's (a run-in heading's rest): all that is read of the options. */
  readonly own: RoleTarget;
  readonly body: RoleTarget;
  /** Not compared: only read through the two targets above. */
  readonly options: CheckOptions;
}

/** A paragraph's deviations and, when it has any, the runs its fix writes. */
interface FontVerdict {
  readonly deviations: readonly Deviation[];
  readonly layout: TargetLayout | undefined;
}

/**
 * The fields of a target the judgement reads (characterDeviations, targetRuns): the options make new targets at each
 * check, so they are compared by these, not by identity.
 */
const sameTarget = (a: RoleTarget, b: RoleTarget) =>
  a === b || (a.eastAsiaFont === b.eastAsiaFont && a.sizePt === b.sizePt && a.bold === b.bold && a.latinFont === b.latinFont);

/**
 * The fields of a layout the judgement reads: its runs' ranges, fonts, sizes and bold (segmentLook); the paragraph's
 * alignment, indent and spacing are layout-paragraph's. Written out rather than a generic walk: this runs for every
 * paragraph at each check. A field the judgement comes to read must be added here.
 */
function sameRuns(a: ParagraphLayout, b: ParagraphLayout): boolean {
  if (a === b || a.runs === b.runs) return true;
  const x = a.runs;
  const y = b.runs;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (
      p.range[0] !== q.range[0] ||
      p.range[1] !== q.range[1] ||
      p.eastAsiaFont !== q.eastAsiaFont ||
      p.sizePt !== q.sizePt ||
      p.bold !== q.bold ||
      p.latinFont !== q.latinFont
    )
      return false;
  }
  return true;
}

const fontPass = paragraphPass<FontInputs, FontVerdict>(
  "layout-font",
  (a, b) => a.role === b.role && a.info.heading?.[1] === b.info.heading?.[1] && sameTarget(a.own, b.own) && sameTarget(a.body, b.body) && sameRuns(a.layout, b.layout),
);

function judge(paragraph: DocParagraph, { info, role, options }: FontInputs): FontVerdict {
  const segs = segments(paragraph, info, role, options);
  const deviations = characterDeviations(paragraph, segs);
  // Kept across checks and read by the runs: nobody may write them.
  return Object.freeze({ deviations: Object.isFrozen(deviations) ? deviations : Object.freeze(deviations), layout: deviations.length > 0 ? targetRunsLayout(segs) : undefined });
}

export const layoutFont: Rule = steppedRule(meta, function* (doc, options) {
  const roles = yield* roleSteps(doc);
  const standard = new LayoutRuns();
  const practice = new LayoutRuns();
  const practiceOn = options.layout.level3Bold || options.layout.latinTimesNewRoman;
  const body = roleTarget("body", options);
  const read = (from: number, to: number) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      const paragraph = doc.paragraphs[paragraphIndex];
      const info = roles[paragraphIndex];
      const layout = paragraph.layout;
      if (info.role === "other" || !layout) continue;
      const role = info.role;
      const inputs: FontInputs = { layout, info, role, own: roleTarget(role, options), body, options };
      const { deviations, layout: runs } = kept(fontPass, doc, paragraphIndex, inputs, judge);
      const change = runs !== undefined ? { paragraphIndex, paragraphText: paragraph.text, layout: runs } : undefined;
      const basis = ROLE_STANDARDS[role].basis;
      standard.add(paragraphIndex, role, deviationsOf(deviations, false), change, basis);
      if (practiceOn) practice.add(paragraphIndex, role, deviationsOf(deviations, true), change, basis);
    }
  };
  yield* inSlices(doc.paragraphs, read);
  const findings: Finding[] = [...standard.findings(meta, doc, false), ...practice.findings(meta, doc, true)];
  return findings;
});
