/**
 * 一键排版 apart from React (issue 13): read the document with its layout and the cursor, plan with the core
 * (planTypesetting, src/core/layout/plan.ts), write the plan in one applyLayout call, and keep what 撤消排版 needs:
 * the layouts the formatted paragraphs had (restoreChanges) and the page as it was.
 */
import type { ParagraphLayoutChange } from "../../core/finding";
import { planTypesetting, restoreChanges, type TypesetPlan } from "../../core/layout/plan";
import { assignRoles } from "../../core/layout/roles";
import type { LayoutProperty, LayoutRole, PageLayout } from "../../core/layout/types";
import type { DocSnapshot } from "../../core/model";
import type { CheckOptions } from "../../core/options";
import type { DocumentHost, LayoutReport } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { appliedChanges } from "../check/layoutFix";
import { describeNotApplied, describePage } from "../check/manualLayout";
import { TYPESET } from "./strings";

/** What 一键排版 formats: the whole document, or the paragraphs the writer selected. */
export type TypesetScope = "document" | "selection";

/** Selected main-text paragraphs, first and last (inclusive). */
export interface SelectedParagraphs {
  readonly from: number;
  readonly to: number;
}

export interface TypesetReading {
  /** The document as it was before 一键排版, layout included: what the plan and 撤消排版 are built from. */
  readonly snapshot: DocSnapshot;
  readonly options: CheckOptions;
  readonly roles: readonly LayoutRole[];
  /**
   * The main-text paragraphs the writer's selection covers, when there is selected text and 一键排版 would format at
   * least one of them (tables and quoted text are "other" and left alone).
   */
  readonly selection?: SelectedParagraphs;
}

/** Two reads side by side: the layout, and where the selection is (its paragraphs must be the same text in both). */
export async function readForTypesetting(word: DocumentHost, options: Promise<CheckOptions>): Promise<TypesetReading> {
  const [snapshot, context, resolved] = await Promise.all([word.readSnapshot({ layout: true }), word.readInsertionContext(), options]);
  const roles = assignRoles(snapshot);
  const reading = { snapshot, options: resolved, roles };
  const from = context.cursorParagraphIndex;
  const to = context.selectionLastParagraphIndex;
  if (!context.hasSelectedText || from < 0 || to < from) return reading;
  const indices = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const same = indices.every((i) => {
    const paragraph = snapshot.paragraphs[i];
    return paragraph !== undefined && paragraph.part === undefined && paragraph.text === context.snapshot.paragraphs[i]?.text;
  });
  if (!same || indices.every((i) => roles[i] === "other")) return reading;
  return { ...reading, selection: { from, to } };
}

/** The page is sent only where the host can read it: where it cannot, it cannot set it either, and the preview says so. */
export function canSetPage(reading: TypesetReading): boolean {
  return !(reading.snapshot.layout?.unreadable ?? []).includes("page");
}

export function planFor(reading: TypesetReading, scope: TypesetScope): TypesetPlan {
  const selection = reading.selection;
  if (scope === "selection" && selection) {
    // The selected paragraphs' own layout only; the page belongs to the whole document.
    const plan = planTypesetting(reading.snapshot, reading.options, selection); // inclusive
    return { changes: plan.changes, byRole: plan.byRole };
  }
  return planTypesetting(reading.snapshot, reading.options);
}

/** Paragraphs with text that 一键排版 leaves as they are in the scope (tables, quoted text). */
export function leftAlone(reading: TypesetReading, scope: TypesetScope): number {
  const selection = scope === "selection" ? reading.selection : undefined;
  const inScope = (i: number) => selection === undefined || (i >= selection.from && i <= selection.to);
  return reading.snapshot.paragraphs.filter((p, i) => inScope(i) && p.part === undefined && p.text.trim() !== "" && reading.roles[i] === "other").length;
}

/** What 撤消排版 writes back: the paragraphs' layouts before, and the page before when 一键排版 changed it. */
export interface TypesetUndo {
  readonly paragraphs: readonly ParagraphLayoutChange[];
  /** The page as it was; absent when the page was not changed. */
  readonly page?: PageLayout;
  /** The page was changed but its setup before could not be read: 撤消排版 cannot give it back. */
  readonly pageUnknown: boolean;
}

export interface TypesetOutcome {
  readonly report: LayoutReport;
  readonly formatted: readonly ParagraphLayoutChange[];
  readonly pageSet: boolean;
  readonly undo?: TypesetUndo;
}

export async function applyTypesetting(word: DocumentHost, reading: TypesetReading, plan: TypesetPlan): Promise<TypesetOutcome> {
  const page = plan.page && canSetPage(reading) ? plan.page : undefined;
  const report = await word.applyLayout({ paragraphs: plan.changes, ...(page ? { page } : {}) });
  const formatted = appliedChanges(report, plan.changes);
  const pageSet = page !== undefined && !report.notApplied.includes("page");
  const before = reading.snapshot.layout?.page;
  const undoable = formatted.length > 0 || pageSet;
  const undo: TypesetUndo = {
    paragraphs: restoreChanges(reading.snapshot, formatted),
    ...(pageSet && before ? { page: before } : {}),
    pageUnknown: pageSet && !before,
  };
  return { report, formatted, pageSet, ...(undoable ? { undo } : {}) };
}

/** The notice after 一键排版: what was formatted, what was left and why, what to set by hand, how to take it back. */
export function describeTypesetOutcome(outcome: TypesetOutcome, reading: TypesetReading, plan: TypesetPlan): Notice {
  const { report, formatted, pageSet } = outcome;
  const roleOf = (i: number) => reading.roles[i];
  const lines: string[] = [];
  if (formatted.length > 0) lines.push(TYPESET.done(formatted.length));
  if (pageSet && plan.page) lines.push(TYPESET.pageDone(describePage(plan.page)));
  if (report.skipped.length > 0) lines.push(TYPESET.skipped(report.skipped.length));
  // A page the host cannot set was not sent: what to set by hand is said all the same.
  const notApplied = plan.page && !canSetPage(reading) ? [...report.notApplied, "page" as const] : report.notApplied;
  const manual = describeNotApplied(notApplied, formatted, plan.page, roleOf);
  lines.push(...manual);
  if (outcome.undo) lines.push(TYPESET.undoHint);
  if (lines.length === 0) lines.push(TYPESET.nothingDone);
  const intent = report.skipped.length > 0 || manual.length > 0 ? "warning" : "success";
  return { intent, text: lines.join("\n") };
}

/** 撤消排版: the layouts before, in one applyLayout call; paragraphs retyped since are left (Word's 撤消 still has them). */
export async function undoTypesetting(word: DocumentHost, undo: TypesetUndo): Promise<Notice> {
  const report = await word.applyLayout({ paragraphs: undo.paragraphs, ...(undo.page ? { page: undo.page } : {}) });
  const lines: string[] = [TYPESET.undone(report.applied.length)];
  if (report.skipped.length > 0) lines.push(TYPESET.undoSkipped(report.skipped.length));
  const restored = appliedChanges(report, undo.paragraphs);
  lines.push(...describeNotApplied(report.notApplied, restored, undo.page));
  if (undo.pageUnknown) lines.push(TYPESET.pageNotRestored);
  const intent = report.skipped.length > 0 || report.notApplied.length > 0 || undo.pageUnknown ? "warning" : "success";
  return { intent, text: lines.join("\n") };
}

/** The properties this host cannot read, so the preview's “from” and 撤消排版 cannot cover them. */
export function unreadableProperties(reading: TypesetReading): readonly LayoutProperty[] {
  return reading.snapshot.layout?.unreadable ?? [];
}
