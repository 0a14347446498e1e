/**
 * 修正 and 全部修正 for 格式 findings (issue 13): their layout fixes sent to the host in one applyLayout call (no text
 * changes), and an exact account of what took: paragraphs retyped since the check are left and re-checked, as the
 * text fixes do; properties the host cannot set become a plain note of what to set by hand.
 */
import type { Finding, ParagraphLayoutChange } from "../../core/finding";
import type { LayoutProperty, LayoutRole, TargetLayout } from "../../core/layout/types";
import type { DocumentHost, LayoutReport } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { LAYOUT } from "./layoutStrings";
import { describeNotApplied } from "./manualLayout";

export interface LayoutFixOutcome {
  /** Findings whose every paragraph was formatted. */
  readonly applied: readonly Finding[];
  /** Findings with a paragraph the host left because it changed since the check (or is gone). */
  readonly skipped: readonly Finding[];
  /** The paragraphs formatted, and those left. */
  readonly paragraphsApplied: number;
  readonly paragraphsSkipped: number;
  /** Properties the host could not set, and the changes it wrote (to say what to set by hand, and where). */
  readonly notApplied: readonly LayoutProperty[];
  readonly formatted: readonly ParagraphLayoutChange[];
}

/**
 * Several findings may format the same paragraph (its font and its indent): their layouts are merged into one change
 * per paragraph, each property from the finding that sets it, so the host writes each paragraph once.
 */
export function mergeLayoutChanges(findings: readonly Finding[]): ParagraphLayoutChange[] {
  const byParagraph = new Map<number, ParagraphLayoutChange>();
  for (const finding of findings) {
    for (const change of finding.layoutFix?.paragraphs ?? []) {
      const was = byParagraph.get(change.paragraphIndex);
      byParagraph.set(change.paragraphIndex, was ? { ...was, layout: mergeLayout(was.layout, change.layout) } : change);
    }
  }
  return [...byParagraph.values()].sort((a, b) => a.paragraphIndex - b.paragraphIndex);
}

function mergeLayout(a: TargetLayout, b: TargetLayout): TargetLayout {
  const defined = <T extends object>(layout: T) => Object.fromEntries(Object.entries(layout).filter(([, value]) => value !== undefined)) as Partial<T>;
  const runs = a.runs && b.runs ? mergeRuns(a.runs, b.runs) : (b.runs ?? a.runs);
  return { ...defined(a), ...defined(b), ...(runs ? { runs } : {}) };
}

/** Runs over the same spans merge property by property; when the spans differ, the later finding's runs stand. */
function mergeRuns(a: NonNullable<TargetLayout["runs"]>, b: NonNullable<TargetLayout["runs"]>): NonNullable<TargetLayout["runs"]> {
  const same = a.length === b.length && a.every((run, i) => run.range[0] === b[i].range[0] && run.range[1] === b[i].range[1]);
  if (!same) return b;
  return a.map((run, i) => {
    const extra = Object.fromEntries(Object.entries(b[i]).filter(([, value]) => value !== undefined));
    return { ...run, ...extra };
  });
}

/** The changes the host reports formatted (its indices are into what was asked). */
export function appliedChanges(report: LayoutReport, requested: readonly ParagraphLayoutChange[]): ParagraphLayoutChange[] {
  return report.applied.map((index) => requested[index]).filter((change) => change !== undefined);
}

/** One applyLayout call for all these findings' layout fixes (a fixed number of round trips, whatever their count). */
export async function applyLayoutFindings(word: DocumentHost, findings: readonly Finding[]): Promise<LayoutFixOutcome> {
  const withFix = findings.filter((finding) => finding.layoutFix);
  const requested = mergeLayoutChanges(withFix);
  if (requested.length === 0) return { applied: [], skipped: [], paragraphsApplied: 0, paragraphsSkipped: 0, notApplied: [], formatted: [] };
  const report = await word.applyLayout({ paragraphs: requested });
  const left = new Set(report.skipped.map((skip) => requested[skip.index]?.paragraphIndex));
  const touchesLeft = (finding: Finding) => finding.layoutFix?.paragraphs.some((change) => left.has(change.paragraphIndex)) ?? false;
  return {
    applied: withFix.filter((finding) => !touchesLeft(finding)),
    skipped: withFix.filter(touchesLeft),
    paragraphsApplied: report.applied.length,
    paragraphsSkipped: report.skipped.length,
    notApplied: report.notApplied,
    formatted: appliedChanges(report, requested),
  };
}

/**
 * What the writer is told after a 格式 fix: how many paragraphs took, which were left and why, what to set by hand
 * (naming the kind of paragraph each value is for, when `roleOf` tells).
 */
export function describeLayoutFixOutcome(outcome: LayoutFixOutcome, roleOf?: (paragraphIndex: number) => LayoutRole | undefined): Notice {
  const lines: string[] = [];
  if (outcome.paragraphsApplied > 0) lines.push(LAYOUT.fixedParagraphs(outcome.paragraphsApplied));
  if (outcome.paragraphsSkipped > 0) lines.push(LAYOUT.fixSkipped(outcome.paragraphsSkipped));
  const manual = describeNotApplied(outcome.notApplied, outcome.formatted, undefined, roleOf);
  lines.push(...manual);
  const intent = outcome.paragraphsSkipped > 0 || manual.length > 0 ? "warning" : "success";
  return { intent, text: lines.join("\n") };
}
