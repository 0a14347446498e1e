/** The 自检's states: idle, running with progress, refused, done with its report, or failed outright. */
import { useCallback, useState } from "react";
import { runSelfTest, type SelfTestBench, type SelfTestOutcome } from "../../host/contract";
import type { DocumentHost } from "../../host/port";
import { describeError } from "../shared/errors";
import { selfTestReportText } from "./reportText";

export type SelfTestState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | Extract<SelfTestOutcome, { kind: "refused" }>
  /** `reportText` is fixed when the run ends: its time is the run's, whatever re-renders follow. */
  | (Extract<SelfTestOutcome, { kind: "done" }> & { readonly reportText: string })
  | { readonly kind: "error"; readonly detail: string };

export function useSelfTest(host: DocumentHost, bench: SelfTestBench | undefined) {
  const [state, setState] = useState<SelfTestState>({ kind: "idle" });
  const start = useCallback(async () => {
    if (!bench) return;
    setState({ kind: "running", done: 0, total: 0 });
    try {
      const outcome = await runSelfTest(host, bench, (done, total) => setState({ kind: "running", done, total }));
      setState(outcome.kind === "done" ? { ...outcome, reportText: selfTestReportText(outcome, new Date(), navigator.userAgent) } : outcome);
    } catch (error) {
      setState({ kind: "error", detail: describeError(error) });
    }
  }, [host, bench]);
  return { state, start };
}
