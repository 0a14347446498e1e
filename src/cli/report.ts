/** The human-readable report for one file, written for office staff rather than programmers. */
import { summarizeFindings } from "../core/engine";
import { CATEGORY_NAMES } from "../core/messages";
import type { Finding } from "../core/finding";
import { layoutWasRead } from "../core/layout/read";
import type { DocSnapshot } from "../core/model";
import type { CheckedFile } from "./check-file";
import { colourLabel, findingExcerpt, markerFor } from "./excerpt";
import { fileKind } from "./load";
import { CLI_MESSAGES, SEVERITY_LABELS } from "./messages";
import { paragraphPlaces, placeLabel, type Place } from "./where";

/** An ideographic space lines the columns up in Chinese text. */
const COLUMN_GAP = "\u3000";

/** Findings come from checkDocument already in reading order (paragraph, then offset). */
export function formatReport(outcome: CheckedFile, colour: boolean): string {
  const { file, snapshot, findings, encoding } = outcome;
  const lines = [CLI_MESSAGES.fileHeading(file) + (encoding === undefined ? "" : CLI_MESSAGES.encodingNote[encoding])];
  if (snapshot.paragraphs.every((paragraph) => paragraph.text.trim() === "" && paragraph.listString === undefined)) {
    lines.push(`  ${CLI_MESSAGES.emptyDocument}`);
  } else if (findings.length === 0) {
    lines.push(`  ${CLI_MESSAGES.noFindings}`);
  }
  const places = paragraphPlaces(snapshot);
  for (const finding of findings) {
    lines.push(...formatFinding(finding, snapshot, places[finding.paragraphIndex], colour), "");
  }
  lines.push(summaryLine(findings, layoutWasRead(snapshot) ? undefined : file), "");
  return lines.join("\n");
}

function formatFinding(finding: Finding, snapshot: DocSnapshot, place: Place | undefined, colour: boolean): string[] {
  const severity = colourLabel(SEVERITY_LABELS[finding.severity], finding.severity, colour);
  const where = placeLabel(place, finding.paragraphIndex);
  return [
    [where, severity, CATEGORY_NAMES[finding.category]].join(COLUMN_GAP),
    `  ${findingExcerpt(finding, snapshot, markerFor(finding.severity, colour))}`,
    `  ${finding.message}`,
    `  ${CLI_MESSAGES.basis(finding.basis)}`,
  ];
}

/**
 * Counts per category and severity, then the engine's verdict (可以提交 / 还有 N 处需要处理). `layoutUnread`: the file
 * whose layout was not read (a .txt has none): 格式 is then said to be unchecked, never "0 处".
 */
function summaryLine(findings: readonly Finding[], layoutUnread?: string): string {
  const summary = summarizeFindings(findings);
  const byCategory = summary.categories
    .map((c) =>
      c.category === "layout" && layoutUnread !== undefined
        ? CLI_MESSAGES.categoryUnchecked(c.name, fileKind(layoutUnread) === "docx")
        : CLI_MESSAGES.categoryCount(c.name, c.total),
    )
    .join("，");
  const total = (key: "error" | "warning" | "info"): number => summary.categories.reduce((sum, c) => sum + c[key], 0);
  return CLI_MESSAGES.summary(byCategory, CLI_MESSAGES.countsBySeverity(total("error"), total("warning"), total("info")), summary.verdict);
}
