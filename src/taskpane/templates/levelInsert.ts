/**
 * Inserting at a level (issue 14): a section module or a heading phrase goes in at the level that fits the cursor
 * (（五） after （四）), or at the one alternative levelChoice offers (五、, or （一） under a top-level heading). Pure:
 * the hooks read the context and insert; this decides the plans and the words for them.
 */
import type { ContentBlock } from "../../core/content";
import { levelChoice, planInsertion } from "../../core/insert/planInsertion";
import { LAYOUT_ROLE_NAMES } from "../../core/messages";
import type { InsertionPlan } from "../../core/insert/planInsertion";
import { placementFor } from "../../host/placement";
import type { BlockPlacement, InsertionContext } from "../../host/port";

/**
 * Where a template goes and the paragraph its numbering counts from: a template never splits the writer's paragraph
 * (placementFor); put before the cursor's paragraph, it follows only the headings before that paragraph.
 */
export function templatePlacement(context: InsertionContext): { placement: BlockPlacement; countFrom: number } {
  const placement = placementFor(context.cursorAt);
  const index = context.cursorParagraphIndex;
  return { placement, countFrom: placement === "before" && index >= 0 ? index - 1 : index };
}

export interface LevelPlans {
  readonly placement: BlockPlacement;
  /** The fitting plan first; a second only when another level makes sense here. */
  readonly plans: readonly [InsertionPlan] | readonly [InsertionPlan, InsertionPlan];
  /** The heading the cursor is under, as the writer sees it. */
  readonly under?: string;
  /** The cursor's paragraph could not be told: numbering started from 一. */
  readonly cursorUnknown: boolean;
}

export function levelPlans(context: InsertionContext, blocks: readonly ContentBlock[]): LevelPlans {
  const { placement, countFrom } = templatePlacement(context);
  const choice = levelChoice(context.snapshot, countFrom);
  const fitting = planInsertion(context.snapshot, countFrom, blocks, false, choice.fitting);
  const cursorUnknown = context.cursorParagraphIndex < 0;
  if (choice.alternative === undefined) return { placement, plans: [fitting], cursorUnknown };
  const alternative = planInsertion(context.snapshot, countFrom, blocks, false, choice.alternative);
  return { placement, plans: [fitting, alternative], under: choice.under?.text, cursorUnknown };
}

/** The level a plan's first heading takes, in the writer's words (一级标题 …). */
export function levelName(plan: InsertionPlan): string {
  const role = plan.blocks.find((b) => b.role.startsWith("heading"))?.role;
  return LAYOUT_ROLE_NAMES[role ?? "heading1"];
}

/** The first heading as it will read in the document, cut with an ellipsis when long. */
export function firstHeading(plan: InsertionPlan, max = 28): string {
  const text = plan.blocks.find((b) => b.role.startsWith("heading"))?.text ?? "";
  return text.length > max ? `${text.slice(0, max)}……` : text;
}
