/**
 * --format csv, for an office that opens the results in Excel or WPS: UTF-8 with a BOM (without it both read the
 * file as GBK), CRLF line ends and RFC 4180 quoting. One row per finding; a file that could not be read gets one row
 * with its error, and a file without findings one row saying so, so that every submission is listed.
 */
import { CATEGORY_NAMES } from "../core/messages";
import type { FileOutcome } from "./check-file";
import { findingExcerpt, markerFor } from "./excerpt";
import { CLI_MESSAGES, SEVERITY_LABELS } from "./messages";
import { paragraphPlaces, placeLabel } from "./where";

const BOM = "\uFEFF";
const CRLF = "\r\n";

export function csvHead(): string {
  return BOM + csvLine(CLI_MESSAGES.csvHeader);
}

export function csvRows(outcome: FileOutcome): string {
  if (!outcome.ok) return csvLine([outcome.file, "", CLI_MESSAGES.csvUnreadable, SEVERITY_LABELS.error, "", outcome.error]);
  const { file, snapshot, findings } = outcome;
  if (findings.length === 0) return csvLine([file, "", "", "", "", CLI_MESSAGES.noFindings]);
  const places = paragraphPlaces(snapshot);
  return findings
    .map((finding) =>
      csvLine([
        file,
        placeLabel(places[finding.paragraphIndex], finding.paragraphIndex),
        CATEGORY_NAMES[finding.category],
        SEVERITY_LABELS[finding.severity],
        findingExcerpt(finding, snapshot, markerFor(finding.severity, false)),
        finding.message,
      ]),
    )
    .join("");
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

/**
 * RFC 4180: a cell holding a comma, a quote or a line break is quoted, quotes doubled. A cell a spreadsheet would
 * take for a formula (=, +, -, @ first: a document's text is untrusted) gets a leading apostrophe, as OWASP advises.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
