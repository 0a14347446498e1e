/**
 * Runs contract checks one after another (they share one document) and reports a line each, in Chinese, for IT
 * staff to read or copy. A check that throws fails with what it threw, so one failure never hides the rest.
 */
import type { DocumentHost } from "../port";
import type { ContractCheck, ContractDocument, ContractOutcome } from "./types";

export interface ContractResult extends ContractOutcome {
  readonly id: string;
  readonly title: string;
  /** The check's ifFails, carried on a failed result only. */
  readonly consequence?: string;
  readonly readmePoint?: number;
}

export interface ContractReport {
  readonly results: readonly ContractResult[];
  /** One line per check: 通过 / 未通过 / 跳过, the README point, the title and what was observed. */
  readonly lines: readonly string[];
  readonly passed: boolean;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}：${error.message}` : String(error);
}

export function reportLine(result: ContractResult): string {
  const verdict = result.skipped ? "跳过" : result.ok ? "通过" : "未通过";
  const point = result.readmePoint === undefined ? "" : `（要点 ${result.readmePoint}）`;
  const consequence = result.consequence ? `（影响：${result.consequence}）` : "";
  return `[${verdict}] ${result.id}${point} ${result.title} — ${result.observed}${consequence}`;
}

/**
 * Runs `checks` in order in `doc` (each check sets its own content up, so they may share one document, as the
 * pane's 自检 will in a blank real document).
 */
export async function runContract(
  host: DocumentHost,
  doc: ContractDocument,
  checks: readonly ContractCheck[],
  onProgress?: (done: number, total: number) => void,
): Promise<ContractReport> {
  const results: ContractResult[] = [];
  for (const check of checks) {
    onProgress?.(results.length, checks.length);
    let outcome: ContractOutcome;
    try {
      outcome = await check.run(host, doc);
    } catch (error) {
      outcome = { ok: false, observed: `出错：${describeError(error)}` };
    }
    const consequence = outcome.ok ? {} : { consequence: check.ifFails };
    results.push({ id: check.id, title: check.title, readmePoint: check.readmePoint, ...outcome, ...consequence });
  }
  return { results, lines: results.map(reportLine), passed: results.every((r) => r.ok) };
}
