/**
 * 一键排版 (issue 13): the layout every paragraph of the document (or of a selection) takes under GB/T 9704—2012 and
 * the house practice, with a preview per role; and the layouts to give back for 撤消排版.
 */
import type { ParagraphLayoutChange } from "../finding";
import type { DocSnapshot } from "../model";
import type { CheckOptions } from "../options";
import type { LayoutRole, PageLayout } from "./types";

export interface TypesetRoleSummary {
  readonly role: LayoutRole;
  /** How many paragraphs of this role change. */
  readonly paragraphs: number;
  /** Chinese, what they have now ("宋体 小四"; several forms joined). */
  readonly from: string;
  /** Chinese, what they get ("仿宋_GB2312 三号，首行缩进2字符"). */
  readonly to: string;
}

export interface TypesetPlan {
  readonly changes: readonly ParagraphLayoutChange[];
  readonly byRole: readonly TypesetRoleSummary[];
  /** The page setup to give the document, when its own differs from GB/T 9704—2012 5.1–5.2 or is unknown. */
  readonly page?: PageLayout;
}

export function planTypesetting(
  snapshot: DocSnapshot,
  options: CheckOptions,
  scope?: { readonly from: number; readonly to: number },
): TypesetPlan {
  void snapshot;
  void options;
  void scope;
  return { changes: [], byRole: [] };
}

export function restoreChanges(snapshot: DocSnapshot, changes: readonly ParagraphLayoutChange[]): ParagraphLayoutChange[] {
  void snapshot;
  void changes;
  return [];
}
