/**
 * The four output formats behind one shape: a head, a piece per file, a tail. Text and CSV stream their pieces (a
 * long batch shows results as it goes); JSON and SARIF are single documents, so they keep theirs until the tail.
 */
import type { OutputFormat } from "./args";
import type { FileOutcome } from "./check-file";
import { csvHead, csvRows } from "./csv";
import { jsonResult, type JsonFileResult } from "./json";
import { CLI_MESSAGES } from "./messages";
import { formatReport } from "./report";
import { sarifLog, sarifPart, type SarifPart } from "./sarif";

export interface BatchTotals {
  readonly files: number;
  readonly withErrors: number;
  readonly unreadable: number;
  readonly skipped: number;
  readonly otherTypes: number;
}

export interface Formatter {
  head(): string;
  /** May throw on a bug: the caller then renders the file as failed instead. */
  file(outcome: FileOutcome): string;
  tail(totals: BatchTotals): string;
}

export function formatterFor(format: OutputFormat, colour: boolean, version: string): Formatter {
  switch (format) {
    case "text":
      return {
        head: () => "",
        // An unreadable file's message goes to stderr (run.ts); the report lists only what was checked.
        file: (outcome) => (outcome.ok ? formatReport(outcome, colour) : ""),
        tail: (totals) => textTail(totals),
      };
    case "csv":
      return { head: csvHead, file: csvRows, tail: () => "" };
    case "json": {
      const results: JsonFileResult[] = [];
      return {
        head: () => "",
        file: (outcome) => {
          results.push(jsonResult(outcome));
          return "";
        },
        tail: () => `${JSON.stringify(results, null, 2)}\n`,
      };
    }
    case "sarif": {
      const parts: SarifPart[] = [];
      return {
        head: () => "",
        file: (outcome) => {
          parts.push(sarifPart(outcome));
          return "";
        },
        tail: () => sarifLog(parts, version),
      };
    }
  }
}

function textTail(totals: BatchTotals): string {
  const lines: string[] = [];
  if (totals.files > 1) lines.push(CLI_MESSAGES.totalLine(totals.files, totals.withErrors, totals.unreadable));
  if (totals.skipped + totals.otherTypes > 0) lines.push(CLI_MESSAGES.skipped(totals.skipped, totals.otherTypes));
  return lines.map((line) => `${line}\n`).join("");
}
