import type { Finding } from "../../core/finding";
import type { Notice } from "../shared/ErrorBar";
import { UI } from "../strings";
import type { FixOutcome } from "./fixes";

/** What the writer is told after 修正 / 全部修正: how many landed, which did not, and why. */
export function describeFixOutcome(outcome: FixOutcome): Notice {
  const { applied, written, skipped, partly, superseded, failure } = outcome;
  if (failure) {
    if (failure.unknown) return { intent: "error", title: failure.message, text: UI.check.fixOutcomeUnknown };
    const lines = [
      UI.check.fixApplied(applied.length, list(applied)),
      UI.check.fixPartly(partly.length, list(partly)),
      UI.check.fixNotApplied(failure.notReached.length + skipped.length, list([...failure.notReached, ...skipped])),
    ].filter((line) => line !== "");
    return { intent: "error", title: failure.message, text: lines.join("\n") };
  }
  const messages: string[] = [];
  if (applied.length > 0) messages.push(UI.check.fixedCount(applied.length, written.length));
  if (skipped.length > 0) messages.push(UI.check.fixSkipped(skipped.length));
  if (partly.length > 0) messages.push(UI.check.fixPartly(partly.length, list(partly)));
  if (superseded.length > 0) messages.push(UI.check.fixSuperseded(superseded.length));
  return { intent: skipped.length + partly.length > 0 ? "warning" : "success", text: messages.join(" ") };
}

function list(findings: readonly Finding[]): string {
  return findings.map((finding) => UI.check.fixItem(finding.paragraphIndex + 1, finding.excerpt, finding.fix?.edits[0]?.text ?? "")).join("；");
}
