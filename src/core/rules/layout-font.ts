/**
 * layout-font — GB/T 9704—2012 7.3.1 (标题 2号小标宋), 7.3.2–7.3.5 (3号仿宋), 7.3.3 (一级黑体, 二级楷体, 三四级仿宋);
 * 惯例 when the house style asks: level-3 headings bold, digits and letters in Times New Roman.
 * The East Asian font family and the size each paragraph shows, by its role; a run-in heading's own words against its
 * level, the text after them against the body's. Mixed formatting inside a paragraph (a bold phrase) is no finding.
 * Each paragraph's judgement is kept across checks (../paragraphMemo.ts) by what it reads: its text, its runs, its
 * role and where its heading ends, and the targets; the runs of paragraphs are gathered again at each check.
 */
import type { Finding } from "../finding";
import { characterDeviations, Deviation, deviationsOf, segments, targetRunsLayout } from "../layout/judge";
import { ParagraphRole, roleSteps } from "../layout/roles";
import { FormattedRole, roleTarget, ROLE_STANDARDS } from "../layout/standard";
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

/** A paragraph's deviations and, when it has any, the runs its fix writes. */
interface FontVerdict {
  readonly deviations: readonly Deviation[];
  readonly layout: TargetLayout | undefined;
}

/** The verdict of a paragraph with nothing wrong (most of them): one object, not one kept per paragraph. */
const RIGHT: FontVerdict = Object.freeze({ deviations: Object.freeze([]), layout: undefined });

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

/** Kept by the paragraph's layout (its runs, compared by sameRuns) and a code of its role, heading and targets. */
const fontPass = paragraphPass<ParagraphLayout, FontVerdict>("layout-font", sameRuns);

const ROLES = Object.keys(ROLE_STANDARDS) as FormattedRole[];

/**
 * A number for the targets the options give, read field by field as the judgement reads them (characterDeviations,
 * targetRuns): the options make new target objects at each check, so they are told apart by these. Interned: a
 * house style's targets get the same number at every check (a few house styles in a session).
 */
const targetCodes = new Map<string, number>();
function targetsCode(options: CheckOptions): number {
  const key = ROLES.map((role) => {
    const t = roleTarget(role, options);
    return `${t.eastAsiaFont}/${t.sizePt}/${t.bold}/${t.latinFont}`;
  }).join("|");
  let code = targetCodes.get(key);
  if (code === undefined) targetCodes.set(key, (code = targetCodes.size + 1));
  return code;
}

/** What the judgement of the paragraph being read needs beside its layout (set before each `kept`: no closure made). */
let judged: { info: ParagraphRole; role: FormattedRole; options: CheckOptions } | undefined;

function judge(paragraph: DocParagraph): FontVerdict {
  const { info, role, options } = judged!;
  const segs = segments(paragraph, info, role, options);
  const deviations = characterDeviations(paragraph, segs);
  // Kept across checks. The deviations are read by the runs (their message and key), never written; the runs to
  // write are shared by the fixes of many paragraphs already (targetRunsLayout), read-only as the fixer treats them.
  return deviations.length > 0 ? { deviations, layout: targetRunsLayout(segs) } : RIGHT;
}

export const layoutFont: Rule = steppedRule(meta, function* (doc, options) {
  const roles = yield* roleSteps(doc);
  const standard = new LayoutRuns();
  const practice = new LayoutRuns();
  const practiceOn = options.layout.level3Bold || options.layout.latinTimesNewRoman;
  // Role (its index), the heading's end (+1; 0 without one) and the targets, in one number: (targets × 64 + role) ×
  // 10^7 + heading end. Exact in a double for any paragraph shorter than 10^7 characters.
  const targets = targetsCode(options);
  const scratch = { info: roles[0], role: "body" as FormattedRole, options };
  const read = (from: number, to: number) => {
    for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
      const paragraph = doc.paragraphs[paragraphIndex];
      const info = roles[paragraphIndex];
      const layout = paragraph.layout;
      if (info.role === "other" || !layout) continue;
      const role = info.role;
      scratch.info = info;
      scratch.role = role;
      judged = scratch;
      const code = (targets * 64 + ROLES.indexOf(role)) * 1e7 + (info.heading ? info.heading[1] + 1 : 0);
      const { deviations, layout: runs } = kept(fontPass, doc, paragraphIndex, layout, judge, code);
      judged = undefined;
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
