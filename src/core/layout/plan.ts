/**
 * 一键排版 (issue 13): the layout every paragraph of the document (or of a selection) takes under GB/T 9704—2012 and
 * the house practice, with a preview per role; and the layouts to give back for 撤消排版.
 */
import type { ParagraphLayoutChange } from "../finding";
import type { DocParagraph, DocSnapshot } from "../model";
import type { CheckOptions } from "../options";
import { TYPESET_WORDS } from "../messages";
import { characterDeviations, describeLook, describeTarget, paragraphDeviations, segments, targetParagraph, targetRuns } from "./judge";
import { pageIsStandard } from "./page";
import { analyzeRoles } from "./roles";
import { FormattedRole, PAGE_STANDARD, ROLE_STANDARDS, roleTarget, type RoleTarget } from "./standard";
import type { LayoutRole, PageLayout, TargetLayout } from "./types";

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

/**
 * Every paragraph of a placed role inside `scope` (paragraph indices, inclusive; default the whole document) that is
 * not yet as the standard wants it, or whose layout could not be read, gets its role's full layout: paragraph
 * properties and runs (a run-in heading's own words in the level's font, the rest in the body's). "other" paragraphs
 * (tables, quotations, 版头, 版记) are left alone.
 */
export function planTypesetting(
  snapshot: DocSnapshot,
  options: CheckOptions,
  scope?: { readonly from: number; readonly to: number },
): TypesetPlan {
  const roles = analyzeRoles(snapshot);
  const changes: ParagraphLayoutChange[] = [];
  const byRole = new Map<FormattedRole, { paragraphs: number; from: Map<string, number>; to: string }>();
  snapshot.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (scope && (paragraphIndex < scope.from || paragraphIndex > scope.to)) return;
    const info = roles[paragraphIndex];
    if (info.role === "other") return;
    const role = info.role;
    const target = roleTarget(role, options);
    const segs = segments(paragraph, info, role, options);
    const differs =
      !paragraph.layout || characterDeviations(paragraph, segs).length > 0 || paragraphDeviations(paragraph, info, target).length > 0 || !fullyKnown(paragraph, target);
    if (!differs) return;
    const layout: TargetLayout = { ...targetParagraph(paragraph, info, target), runs: targetRuns(segs) };
    changes.push({ paragraphIndex, paragraphText: paragraph.text, layout });
    const entry = byRole.get(role) ?? { paragraphs: 0, from: new Map<string, number>(), to: describeTarget(target) };
    entry.paragraphs++;
    const look = describeLook(paragraph, segs);
    entry.from.set(look, (entry.from.get(look) ?? 0) + 1);
    byRole.set(role, entry);
  });
  const summary: TypesetRoleSummary[] = ROLE_ORDER.filter((role) => byRole.has(role)).map((role) => {
    const entry = byRole.get(role)!;
    return { role, paragraphs: entry.paragraphs, from: describeFrom(entry.from), to: entry.to };
  });
  const page = snapshot.layout?.page;
  return { changes, byRole: summary, ...(pageIsStandard(page) ? {} : { page: PAGE_STANDARD }) };
}

const ROLE_ORDER = Object.keys(ROLE_STANDARDS) as FormattedRole[];
/** How many different looks the preview names before 等. */
const FROM_SHOWN = 3;

/** 宋体 小四（40段）、黑体 三号（2段）等: the commonest looks first. */
function describeFrom(looks: ReadonlyMap<string, number>): string {
  const sorted = [...looks.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 1) return sorted[0][0];
  const shown = sorted.slice(0, FROM_SHOWN).map(([look, count]) => TYPESET_WORDS.lookCount(look, count));
  return shown.join("、") + (sorted.length > FROM_SHOWN ? TYPESET_WORDS.more : "");
}

/**
 * Whether everything the target sets was read: a property not read cannot be said to be right, so 一键排版 sets it.
 * (The check never reports what was not read; 一键排版 writes it, which is harmless when it was right.)
 */
function fullyKnown(paragraph: DocParagraph, target: RoleTarget): boolean {
  const layout = paragraph.layout;
  if (!layout) return false;
  if (target.acceptedAlignments && layout.alignment === undefined) return false;
  if (target.indentChars !== undefined && layout.firstLineIndent === undefined) return false;
  if (target.lineSpacing && layout.lineSpacing === undefined) return false;
  const text = paragraph.text;
  return layout.runs.every((run) => text.slice(run.range[0], run.range[1]).trim() === "" || (run.eastAsiaFont !== undefined && run.sizePt !== undefined));
}

/**
 * The layouts to give back for 撤消排版: for each changed paragraph, what the snapshot (read before 一键排版) says it
 * had. Properties that were not read stay undefined (untouched), as do properties 一键排版 did not set.
 */
export function restoreChanges(snapshot: DocSnapshot, changes: readonly ParagraphLayoutChange[]): ParagraphLayoutChange[] {
  const restored: ParagraphLayoutChange[] = [];
  for (const change of changes) {
    const before = snapshot.paragraphs[change.paragraphIndex]?.layout;
    if (!before) continue;
    const set = change.layout;
    const layout: TargetLayout = {
      ...(set.alignment !== undefined && before.alignment !== undefined ? { alignment: before.alignment } : {}),
      ...(set.firstLineIndent !== undefined && before.firstLineIndent !== undefined ? { firstLineIndent: before.firstLineIndent } : {}),
      ...(set.lineSpacing !== undefined && before.lineSpacing !== undefined ? { lineSpacing: before.lineSpacing } : {}),
      ...(set.runs !== undefined && before.runs.length > 0 ? { runs: before.runs } : {}),
    };
    // The text is unchanged by 一键排版: the paragraph is found again by the same text.
    restored.push({ paragraphIndex: change.paragraphIndex, paragraphText: change.paragraphText, layout });
  }
  return restored;
}
