/** The 自检 report as plain text for IT staff to paste into a message: header, one line per check, clean-up note. */
import type { SelfTestOutcome } from "../../host/contract";
import { ABOUT } from "./strings";

export function selfTestReportText(outcome: Extract<SelfTestOutcome, { kind: "done" }>, time: Date, agent: string): string {
  const { results, lines } = outcome.report;
  const passed = results.filter((r) => r.ok && !r.skipped).length;
  const skipped = results.filter((r) => r.skipped).length;
  return [
    ABOUT.reportHeader,
    ABOUT.reportTime(time.toLocaleString("zh-CN", { hour12: false })),
    ABOUT.reportEnvironment(agent),
    ABOUT.summary(passed, results.length - passed - skipped, skipped),
    ...lines,
    outcome.cleanUpNote,
  ].join("\n");
}
