/**
 * The checking engine: runs the registered rules over a snapshot and returns findings sorted by paragraph, then
 * offset. Pure and synchronous; the task pane, the CLI and the tests all call this one function.
 */
import { CATEGORIES, type Category, type Finding, type Severity } from "./finding";
import type { DocSnapshot } from "./model";
import { CATEGORY_NAMES, VERDICT_READY, verdictPending } from "./messages";
import { CheckOptionsInput, resolveOptions } from "./options";
import { RULES } from "./rules/registry";
import { finish, type Steps } from "./steps";

export { defaultCheckOptions } from "./options";
export type { CheckOptions, CheckOptionsInput } from "./options";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function checkDocument(snapshot: DocSnapshot, options?: CheckOptionsInput): Finding[] {
  return finish(checkInSteps(snapshot, options));
}

/**
 * Document order, the order of every findings list: paragraph, offsets, severity, rule. Two lists each in this order
 * merge into the order one check of both gives (the pane's 格式 findings join the text's this way).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.paragraphIndex - b.paragraphIndex ||
    a.range[0] - b.range[0] ||
    a.range[1] - b.range[1] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * The same check as steps: the task pane runs them in slices and gives the browser a turn between slices
 * (src/host/turns.ts), so that on an 800-page document and
 * a slow office PC no single piece holds the page (issue 11 asks for no task over 100 ms); checkDocument runs them
 * back to back. A step is one rule, or one slice of a rule's long pass (a rule with `steps`, ./steps.ts). Each step
 * yields its rule's id, so a benchmark can tell which took how long (scripts/bench/engineSteps.ts). Returns the
 * findings sorted by paragraph, then offset.
 */
export function* checkInSteps(snapshot: DocSnapshot, options?: CheckOptionsInput): Generator<string, Finding[], void> {
  const resolved = resolveOptions(options);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const { id, category } = rule.meta;
    if (!resolved.categories[category] || resolved.rules[id] === false) continue;
    // A house style's severity replaces the rule's main one; hints the rule reports beside it stay hints.
    const severity = resolved.severities[id];
    const found = rule.steps ? yield* labelled(id, rule.steps(snapshot, resolved)) : rule.check(snapshot, resolved);
    for (const finding of found)
      findings.push(severity !== undefined && finding.severity === rule.meta.defaultSeverity ? { ...finding, severity } : finding);
    yield id;
  }
  return findings.sort(compareFindings);
}

/** A rule's steps, each yield named by the rule. */
function* labelled<T>(id: string, steps: Steps<T>): Generator<string, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield id;
  }
}

export interface CategoryCount {
  readonly category: Category;
  /** Chinese name from the catalogue (编号 / 一是序列 / 占位符 / 结构). */
  readonly name: string;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly total: number;
}

export interface CheckSummary {
  readonly categories: readonly CategoryCount[];
  /** Errors and warnings: what blocks submission. Info hints do not. */
  readonly blocking: number;
  readonly ready: boolean;
  /** 可以提交 / 还有 N 处需要处理 */
  readonly verdict: string;
}

export function summarizeFindings(findings: readonly Finding[]): CheckSummary {
  // One pass over the findings (the pane summarises each new result of a long document's thousand findings): a
  // count per category and severity, read out in the catalogue's order.
  const counts = new Map<Category, { error: number; warning: number; info: number }>(CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }]));
  let blocking = 0;
  for (let i = 0; i < findings.length; i++) {
    const { category, severity } = findings[i];
    const count = counts.get(category);
    if (count) count[severity]++;
    if (severity !== "info") blocking++;
  }
  const categories = CATEGORIES.map((category) => {
    const { error, warning, info } = counts.get(category)!;
    return { category, name: CATEGORY_NAMES[category], error, warning, info, total: error + warning + info };
  });
  return { categories, blocking, ready: blocking === 0, verdict: blocking === 0 ? VERDICT_READY : verdictPending(blocking) };
}
