/**
 * `npm run test:word` (scripts/test-word.js): in the test build only, the pane asks Microsoft's
 * office-addin-test-server on this machine whether a test run is waiting (GET /ping) and, when one is, runs the 自检
 * in the open blank document and posts the outcome (POST /results?data=<JSON>, the server's protocol). The release
 * build never contains this module: main.tsx imports it behind a constant that webpack sets only for that build, and
 * the release CSP allows no such address (the privacy browser test would fail).
 */
import { runSelfTest, type SelfTestBench, type SelfTestOutcome } from "../host/contract";
import type { DocumentHost } from "../host/port";

/** What is posted: short, because the server reads it from the URL's query (a request line of a few KB at most). */
export interface TestServerResults {
  readonly outcome: "refused" | "done";
  readonly passed: boolean;
  /** One per check: "通过", "未通过" or "跳过", its id, and what was observed when it did not pass (cut at 300). */
  readonly points: readonly { readonly id: string; readonly verdict: string; readonly observed?: string }[];
  readonly note: string;
}

const OBSERVED_MAX = 300;

export function testServerResults(outcome: SelfTestOutcome): TestServerResults {
  if (outcome.kind === "refused") return { outcome: "refused", passed: false, points: [], note: outcome.reason };
  return {
    outcome: "done",
    passed: outcome.report.passed && outcome.cleanedUp,
    points: outcome.report.results.map((r) =>
      r.ok && !r.skipped ? { id: r.id, verdict: "通过" } : { id: r.id, verdict: r.skipped ? "跳过" : "未通过", observed: r.observed.slice(0, OBSERVED_MAX) },
    ),
    note: outcome.cleanUpNote,
  };
}

type Fetch = (url: string, init?: { method: string }) => Promise<{ ok: boolean }>;

/** True when a test run was waiting and got the results; false when none was (a developer opened the pane by hand). */
export async function reportToTestServer(host: DocumentHost, bench: SelfTestBench, serverUrl: string, fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    if (!(await fetchFn(`${serverUrl}/ping`)).ok) return false;
  } catch {
    return false; // no server listening
  }
  const results = testServerResults(await runSelfTest(host, bench));
  await fetchFn(`${serverUrl}/results?data=${encodeURIComponent(JSON.stringify(results))}`, { method: "POST" });
  return true;
}
