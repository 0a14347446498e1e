/**
 * The 格式 findings joining a check's result after its text findings (./session.ts): one result again, as if the
 * whole check had run at once — findings in the engine's document order, occurrence keys and ignores over all of
 * them, the snapshot with its layout — so that ignoring, the walk, groups and fixes need not know the check came in
 * two parts.
 */
import type { Finding, Severity } from "../../core/finding";
import type { DocSnapshot } from "../../core/model";
import { REVIEW } from "./reviewStrings";
import { classify, type CheckResult } from "./session";

/** What the 格式 part of a check found, and the snapshot with the layout it found it in. */
export interface LayoutFindings {
  /** The text's snapshot with each main-text paragraph's layout and the page's (DocumentHost.readLayout). */
  readonly snapshot: DocSnapshot;
  /** The 格式 category's findings, in document order. */
  readonly findings: readonly Finding[];
}

/**
 * `current` (the result as the writer has it now: ignores made meanwhile included) with the 格式 findings in. The
 * text findings stay the same objects, so cards drawn for them stay as they are.
 */
export function joinLayout(current: CheckResult, layout: LayoutFindings): CheckResult {
  // The result's keys list every finding, open and ignored, in the order classify was given: document order.
  return classify(layout.snapshot, mergeInOrder([...current.keys.keys()], layout.findings), current.ignoreKeys);
}

/** What the live region says when the 格式 findings have joined: how many there are, or what could not be read. */
export function layoutDoneText(result: CheckResult): string {
  if ((result.snapshot.layout?.unreadable ?? []).length > 0) return REVIEW.layoutDoneUnreadable;
  const count = result.open.filter((finding) => finding.category === "layout").length;
  return count > 0 ? REVIEW.layoutDone(count) : REVIEW.layoutDoneNone;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The order the engine sorts findings in (src/core/engine.ts checkInSteps): paragraph, offsets, severity, rule. Two
 * lists each in that order merge into the order one check of both would have given (a test holds the two equal).
 */
export function documentOrder(a: Finding, b: Finding): number {
  return (
    a.paragraphIndex - b.paragraphIndex ||
    a.range[0] - b.range[0] ||
    a.range[1] - b.range[1] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function mergeInOrder(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(documentOrder(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
