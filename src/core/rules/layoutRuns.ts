/**
 * What the 格式 rules share: one finding per run of paragraphs of one role with the same deviation (正文 46 段为宋体小四，
 * 应为仿宋_GB2312三号), sitting on the run's first paragraph, with a layout fix for every paragraph of the run. Paragraphs
 * of other roles between them (a heading among body paragraphs) do not break a run; a paragraph of the role that is
 * right, or wrong in another way, does.
 */
import type { Finding, ParagraphLayoutChange, Severity } from "../finding";
import type { Deviation } from "../layout/judge";
import type { FormattedRole } from "../layout/standard";
import { BASIS, LAYOUT_ROLE_NAMES, layoutMsg } from "../messages";
import type { DocSnapshot } from "../model";
import { makeFinding } from "./report";
import type { RuleMeta } from "./types";

export interface LayoutItem {
  readonly paragraphIndex: number;
  readonly role: FormattedRole;
  /** Empty when the paragraph is right (it ends its role's run). */
  readonly deviations: readonly Deviation[];
  /** The fix for this paragraph; absent when it is right. */
  readonly change?: ParagraphLayoutChange;
  /** The clause of the role's format. */
  readonly basis: string;
}

interface Run {
  readonly key: string;
  readonly items: LayoutItem[];
}

/** The run's key: what its paragraphs have wrong, in words (also what 忽略 remembers, as sameAs). */
function deviationKey(deviations: readonly Deviation[]): string {
  return deviations.map((d) => `${d.rest ? "+" : ""}${d.actual}>${d.expected}`).join("|");
}

/** The same deviations as the key says, compared field by field: no key string is built for every paragraph. */
function sameDeviations(a: readonly Deviation[], b: readonly Deviation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].actual !== b[i].actual || a[i].expected !== b[i].expected || !a[i].rest !== !b[i].rest) return false;
  }
  return true;
}

/** Items past which a 格式 rule turns its runs into findings in a step of its own (about 100 pages). */
export const OWN_STEP_ITEMS = 1000;

/** `practice`: the items' deviations are practice (惯例, a hint) rather than the standard's (a warning). */
export function layoutRunFindings(meta: RuleMeta, doc: DocSnapshot, items: readonly LayoutItem[], practice: boolean): Finding[] {
  const open = new Map<FormattedRole, Run>();
  const runs: Run[] = [];
  for (const item of items) {
    if (item.deviations.length === 0) {
      open.delete(item.role);
      continue;
    }
    const run = open.get(item.role);
    if (run && sameDeviations(run.items[0].deviations, item.deviations)) {
      run.items.push(item);
      continue;
    }
    const started: Run = { key: deviationKey(item.deviations), items: [item] };
    open.set(item.role, started);
    runs.push(started);
  }
  const severity: Severity = practice ? "info" : meta.defaultSeverity;
  return runs.map((run) => {
    const first = run.items[0];
    const last = run.items[run.items.length - 1];
    const message =
      layoutMsg.deviation(LAYOUT_ROLE_NAMES[first.role], run.items.length, first.deviations) +
      (run.items.length > 1 ? layoutMsg.through(last.paragraphIndex + 1) : "") +
      (practice ? layoutMsg.practiceNote : "");
    const finding = makeFinding(meta, doc, {
      paragraphIndex: first.paragraphIndex,
      range: [0, 0],
      message,
      severity,
      basis: practice ? BASIS.practice : first.basis,
      sameAs: `${first.role}${practice ? "/practice" : ""}:${run.key}`,
    });
    const paragraphs: ParagraphLayoutChange[] = [];
    for (const item of run.items) if (item.change) paragraphs.push(item.change);
    return { ...finding, layoutFix: { paragraphs } };
  });
}
