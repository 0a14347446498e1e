/**
 * The 格式 findings joining a check's result after its text findings (./session.ts): one result again, as if the
 * whole check had run at once — findings in the engine's document order, occurrence keys and ignores over all of
 * them, the snapshot with its layout — so that ignoring, the walk, groups and fixes need not know the check came in
 * two parts.
 */
import type { Finding } from "../../core/finding";
import { compareFindings } from "../../core/engine";
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

function mergeInOrder(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareFindings(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
