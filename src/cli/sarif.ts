/**
 * --format sarif: a SARIF 2.1.0 log for CI tools (code scanning, review bots). A paragraph is a line (the .txt file's
 * line; in a .docx, the paragraph's number in the whole document, main text first, as in --json); columns are
 * 1-based UTF-16 code units, which the run declares in columnKind. Files that could not be read are tool execution
 * notifications, so that a CI job sees them without mistaking them for findings.
 */
import type { Severity } from "../core/finding";
import { RULES } from "../core/rules/registry";
import type { FileOutcome } from "./check-file";
import { paragraphPlaces } from "./where";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVELS: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex?: number;
  readonly level: "error" | "warning" | "note";
  readonly message: { readonly text: string };
  readonly locations: readonly unknown[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface SarifPart {
  readonly results: readonly SarifResult[];
  readonly notification?: unknown;
}

export function sarifPart(outcome: FileOutcome): SarifPart {
  const artifactLocation = { uri: fileUri(outcome.file) };
  if (!outcome.ok) {
    return { results: [], notification: { level: "error", message: { text: outcome.error }, locations: [{ physicalLocation: { artifactLocation } }] } };
  }
  const places = paragraphPlaces(outcome.snapshot);
  const results = outcome.findings.map((finding): SarifResult => {
    const ruleIndex = RULES.findIndex((rule) => rule.meta.id === finding.ruleId);
    const place = places[finding.paragraphIndex];
    const region = { startLine: finding.paragraphIndex + 1, startColumn: finding.range[0] + 1, endColumn: finding.range[1] + 1 };
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex < 0 ? {} : { ruleIndex }),
      level: LEVELS[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: finding.excerpt } } } }],
      properties: { category: finding.category, ...(place?.part === undefined ? {} : { part: place.part, partParagraph: place.number }) },
    };
  });
  return { results };
}

export function sarifLog(parts: readonly SarifPart[], version: string): string {
  const notifications = parts.flatMap((part) => (part.notification === undefined ? [] : [part.notification]));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gongwen-check",
            version,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              name: meta.id,
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.description },
              defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
              properties: { category: meta.category, basis: meta.basis },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results: parts.flatMap((part) => part.results),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative URI reference: "/" between segments, each percent-encoded (Chinese names, spaces, #). */
export function fileUri(file: string): string {
  const segments = file.split(/[\\/]/).map((segment) => encodeURIComponent(segment));
  // An absolute path becomes a file: URI (C:\投稿 → file:///C:/%E6%8A%95%E7%A8%BF).
  if (/^[A-Za-z]:$/.test(decodeURIComponent(segments[0]))) return `file:///${decodeURIComponent(segments[0])}/${segments.slice(1).join("/")}`;
  if (segments[0] === "" && segments.length > 1) return `file://${segments.join("/")}`;
  return segments.join("/");
}
