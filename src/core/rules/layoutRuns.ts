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

interface Run {
  readonly role: FormattedRole;
  /** The first paragraph's deviations: the run's, in words (what its message says). */
  readonly deviations: readonly Deviation[];
  readonly basis: string;
  readonly first: number;
  last: number;
  count: number;
  /** The fixes of the run's paragraphs, in order. */
  readonly changes: ParagraphLayoutChange[];
}

/** The run's key: what its paragraphs have wrong, in words (also what 忽略 remembers, as sameAs). */
function deviationKey(deviations: readonly Deviation[]): string {
  return deviations.map((d) => `${d.rest ? "+" : ""}${d.actual}>${d.expected}`).join("|");
}

/** The same deviations as the key says, compared field by field: no key string is built for every paragraph. */
function sameDeviations(a: readonly Deviation[], b: readonly Deviation[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].actual !== b[i].actual || a[i].expected !== b[i].expected || !a[i].rest !== !b[i].rest) return false;
  }
  return true;
}

/**
 * Runs gathered as the rule reads its paragraphs, in document order, one `add` per paragraph of a formatted role.
 * Nothing is kept per paragraph but its fix: a list of every paragraph's verdict, grouped after the last slice, was
 * a step of its own of 100 ms at 4x on 800 pages, and most of what the 格式 rules left for the garbage collector.
 */
export class LayoutRuns {
  private readonly open = new Map<FormattedRole, Run>();
  private readonly runs: Run[] = [];

  /**
   * A paragraph of `role` with these deviations (empty: it is right, and ends its role's run) and, when it has any
   * deviation of either kind, `change`, its fix; `basis`, the clause of the role's format.
   */
  add(paragraphIndex: number, role: FormattedRole, deviations: readonly Deviation[], change: ParagraphLayoutChange | undefined, basis: string): void {
    if (deviations.length === 0) {
      this.open.delete(role);
      return;
    }
    const run = this.open.get(role);
    if (run && sameDeviations(run.deviations, deviations)) {
      run.last = paragraphIndex;
      run.count++;
      if (change) run.changes.push(change);
      return;
    }
    const started: Run = { role, deviations, basis, first: paragraphIndex, last: paragraphIndex, count: 1, changes: change ? [change] : [] };
    this.open.set(role, started);
    this.runs.push(started);
  }

  /** One finding per run; `practice`: the deviations are practice (惯例, a hint) rather than the standard's (a warning). */
  findings(meta: RuleMeta, doc: DocSnapshot, practice: boolean): Finding[] {
    const severity: Severity = practice ? "info" : meta.defaultSeverity;
    return this.runs.map((run) => {
      const message =
        layoutMsg.deviation(LAYOUT_ROLE_NAMES[run.role], run.count, run.deviations) +
        (run.count > 1 ? layoutMsg.through(run.last + 1) : "") +
        (practice ? layoutMsg.practiceNote : "");
      const finding = makeFinding(meta, doc, {
        paragraphIndex: run.first,
        range: [0, 0],
        message,
        severity,
        basis: practice ? BASIS.practice : run.basis,
        sameAs: `${run.role}${practice ? "/practice" : ""}:${deviationKey(run.deviations)}`,
      });
      return { ...finding, layoutFix: { paragraphs: run.changes } };
    });
  }
}
