/** The shape of a rule (after textlint and Harper): metadata shown in the UI plus a pure check. */
import type { Category, Finding, Severity } from "../finding";
import type { DocSnapshot } from "../model";
import type { CheckOptions } from "../options";

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
}
