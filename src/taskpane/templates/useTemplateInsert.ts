import { useState } from "react";
import type { ContentBlock, SectionTemplate, Skeleton } from "../../core/content";
import { planInsertion } from "../../core/insert/planInsertion";
import type { InsertionPlan } from "../../core/insert/planInsertion";
import type { BlockPlacement, DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { usePlacedAction } from "../shared/usePlacedAction";
import { NOTICE_AT } from "../shared/noticePlace";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { LIB_UI } from "../library/strings";
import type { LevelOffer } from "./LevelChoiceDialog";
import { levelPlans, templatePlacement } from "./levelInsert";

export { templatePlacement } from "./levelInsert";

/** What a heading insertion tells the writer: the number it got, and what is left to do. */
export function insertedNotice(name: string, plan: InsertionPlan, cursorUnknown: boolean): Notice {
  const text = [LIB_UI.templates.insertedSection(name, plan.firstMarker)];
  if (plan.followingNeedRenumbering) text.push(LIB_UI.templates.followingNeedRenumbering);
  if (cursorUnknown) text.push(LIB_UI.templates.cursorUnknown);
  const warn = plan.followingNeedRenumbering || cursorUnknown;
  return { intent: warn ? "warning" : "success", text: text.join("") };
}

/**
 * Inserting templates: read the document and the cursor (1 round trip), number the headings from context with
 * planInsertion, insert (1 round trip) next to the cursor's paragraph, never inside it. A whole skeleton over
 * existing headings waits for the writer's consent; a section module under a heading waits for the level (the one
 * that fits the cursor, or the alternative), see levelInsert.ts.
 */
export function useTemplateInsert(word: DocumentHost) {
  const { notice, setNotice, busy, run } = usePlacedAction();
  const [confirm, setConfirm] = useState<ConfirmRequest>();
  const [offer, setOffer] = useState<LevelOffer>();

  const insert = (blocks: readonly ContentBlock[], plain: boolean, placement: BlockPlacement) => word.insertBlocks(blocks, { plain, placement });

  const insertSkeleton = (skeleton: Skeleton, plain: boolean) =>
    run(NOTICE_AT.skeleton, async (say) => {
      const context = await word.readInsertionContext();
      const { placement, countFrom } = templatePlacement(context);
      const plan = planInsertion(context.snapshot, countFrom, skeleton.blocks, true);
      const done = () => say({ intent: "success", text: LIB_UI.templates.insertedSkeleton(skeleton.title, plan.blocks.length) });
      if (plan.existingHeadings === 0) {
        await insert(plan.blocks, plain, placement);
        done();
        return;
      }
      setConfirm({
        title: LIB_UI.templates.confirmTitle,
        text: LIB_UI.templates.confirmText(plan.existingHeadings),
        confirm: LIB_UI.templates.confirmInsert,
        onConfirm: () => void run(NOTICE_AT.skeleton, async () => {
          await insert(plan.blocks, plain, placement);
          done();
        }),
      });
    });

  const insertSection = (section: SectionTemplate, plain: boolean) =>
    run(NOTICE_AT.section(section.id), async (say) => {
      const context = await word.readInsertionContext();
      const { placement, plans, under, cursorUnknown } = levelPlans(context, section.blocks);
      const apply = async (plan: InsertionPlan) => {
        await insert(plan.blocks, plain, placement);
        say(insertedNotice(section.title, plan, cursorUnknown));
      };
      if (plans.length === 1) return apply(plans[0]);
      setOffer({ name: section.title, under, plans, choose: (plan) => void run(NOTICE_AT.section(section.id), () => apply(plan)) });
    });

  return {
    notice,
    setNotice,
    busy,
    confirm,
    closeConfirm: () => setConfirm(undefined),
    offer,
    closeOffer: () => setOffer(undefined),
    insertSkeleton,
    insertSection,
  };
}
