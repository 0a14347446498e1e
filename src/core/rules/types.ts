/** The shape of a rule (after textlint and Harper): metadata shown in the UI plus a pure check. */
import type { Category, Finding, Severity } from "../finding";
import type { DocSnapshot } from "../model";
import type { CheckOptions } from "../options";
import { finish, type Steps } from "../steps";

export interface RuleMeta {
  /** Stable id, also the rule's file name (numbering-sequence). */
  readonly id: string;
  readonly category: Category;
  /** Chinese, shown in the UI. */
  readonly title: string;
  /** Chinese, shown in the UI: what the rule wants. */
  readonly description: string;
  /** Severity of the rule's main finding; a rule may report hints (info) beside it. */
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** The clause the rule rests on ("GB/T 9704—2012 7.3.3") or "惯例". */
  readonly basis: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Pure: reads the snapshot, never changes it; returns new findings. */
  check(doc: DocSnapshot, options: CheckOptions): Finding[];
  /**
   * The same work in steps (../steps.ts), for a rule whose pass over a long document is too long for one task: the
   * engine runs these when present, yielding where they yield. `check` is then `finish(steps(…))` (see steppedRule).
   */
  steps?(doc: DocSnapshot, options: CheckOptions): Steps<Finding[]>;
}

/** A rule written as steps; its `check` runs them at once. */
export function steppedRule(meta: RuleMeta, steps: (doc: DocSnapshot, options: CheckOptions) => Steps<Finding[]>): Rule {
  return { meta, steps, check: (doc, options) => finish(steps(doc, options)) };
}
