/**
 * 修正 / 全部修正 over findings of any kind: 格式 findings through applyLayout (./layoutFix.ts), the others through the
 * text fix plan (./fixes.ts). The layout goes first: it changes no text, so the text fixes' targets still match what
 * was checked; the other order would make every reformatted paragraph look "changed".
 */
import type { DocSnapshot } from "../../core/model";
import type { Finding } from "../../core/finding";
import { assignRoles } from "../../core/layout/roles";
import type { DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { describeFixOutcome } from "./describeFixOutcome";
import { applyFindingFixes } from "./fixes";
import { applyLayoutFindings, describeLayoutFixOutcome } from "./layoutFix";

export interface AnyFixOutcome {
  /** Findings whose whole fix landed (their comments go with them). */
  readonly applied: readonly Finding[];
  readonly notice: Notice;
}

const WORST: readonly Notice["intent"][] = ["error", "warning", "info", "success"];

export async function applyAnyFixes(word: DocumentHost, snapshot: DocSnapshot, findings: readonly Finding[]): Promise<AnyFixOutcome> {
  const layout = findings.filter((finding) => finding.layoutFix);
  const text = findings.filter((finding) => !finding.layoutFix);
  const applied: Finding[] = [];
  const notices: Notice[] = [];
  if (layout.length > 0) {
    const outcome = await applyLayoutFindings(word, layout);
    applied.push(...outcome.applied);
    // The roles only to say what to set by hand (正文 仿宋_GB2312, 一级标题 黑体), when the host could not.
    const roles = outcome.notApplied.length > 0 ? assignRoles(snapshot) : [];
    notices.push(describeLayoutFixOutcome(outcome, (i) => roles[i]));
  }
  if (text.length > 0) {
    const outcome = await applyFindingFixes(word, snapshot, text);
    applied.push(...outcome.applied);
    notices.push(describeFixOutcome(outcome));
  }
  return { applied, notice: combine(notices) };
}

function combine(notices: readonly Notice[]): Notice {
  if (notices.length === 1) return notices[0];
  const intent = WORST.find((level) => notices.some((notice) => notice.intent === level)) ?? "success";
  const title = notices.find((notice) => notice.title)?.title;
  const text = notices.map((notice) => notice.text).filter((line) => line !== "").join("\n");
  return title ? { intent, title, text } : { intent, text };
}
