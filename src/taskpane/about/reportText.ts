/** The 自检 report as plain text for IT staff to paste into a message: header, one line per check, clean-up note. */
import type { ContractResult, SelfTestOutcome } from "../../host/contract";
import { ABOUT } from "./strings";

/** 自检完成：通过 N 项，未通过 N 项，未运行 N 项。 — said once for the pane and the copied report alike. */
export function selfTestSummary(results: readonly ContractResult[]): string {
  const passed = results.filter((r) => r.ok && !r.skipped).length;
  const skipped = results.filter((r) => r.skipped).length;
  return ABOUT.summary(passed, results.length - passed - skipped, skipped);
}

export function selfTestReportText(outcome: Extract<SelfTestOutcome, { kind: "done" }>, time: Date, agent: string): string {
  return [
    ABOUT.reportHeader,
    ABOUT.reportTime(time.toLocaleString("zh-CN", { hour12: false })),
    ABOUT.reportEnvironment(agent),
    selfTestSummary(outcome.report.results),
    ...outcome.report.lines,
    outcome.cleanUpNote,
  ].join("\n");
}
