import { useState } from "react";
import type { ContentBlock, SectionTemplate, Skeleton } from "../../core/content";
import { planInsertion } from "../../core/insert/planInsertion";
import { placementFor } from "../../host/placement";
import type { BlockPlacement, InsertionContext, DocumentHost } from "../../host/port";
import type { Notice } from "../shared/ErrorBar";
import { describeError } from "../shared/errors";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { LIB_UI } from "../library/strings";

/**
 * Where a template goes and the paragraph its numbering counts from: a template never splits the writer's paragraph
 * (placementFor); put before the cursor's paragraph, it follows only the headings before that paragraph.
 */
export function templatePlacement(context: InsertionContext): { placement: BlockPlacement; countFrom: number } {
  const placement = placementFor(context.cursorAt);
  const index = context.cursorParagraphIndex;
  return { placement, countFrom: placement === "before" && index >= 0 ? index - 1 : index };
}

/**
 * Inserting templates: read the document and the cursor (1 round trip), number the headings from context with
 * planInsertion, insert (1 round trip) next to the cursor's paragraph, never inside it. A whole skeleton over
 * existing headings waits for the writer's consent.
 */
export function useTemplateInsert(word: DocumentHost) {
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmRequest>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  const insert = (blocks: readonly ContentBlock[], plain: boolean, placement: BlockPlacement) => word.insertBlocks(blocks, { plain, placement });

  const insertSkeleton = (skeleton: Skeleton, plain: boolean) =>
    run(async () => {
      const context = await word.readInsertionContext();
      const { placement, countFrom } = templatePlacement(context);
      const plan = planInsertion(context.snapshot, countFrom, skeleton.blocks, true);
      const done = () => setNotice({ intent: "success", text: LIB_UI.templates.insertedSkeleton(skeleton.title, plan.blocks.length) });
      if (plan.existingHeadings === 0) {
        await insert(plan.blocks, plain, placement);
        done();
        return;
      }
      setConfirm({
        title: LIB_UI.templates.confirmTitle,
        text: LIB_UI.templates.confirmText(plan.existingHeadings),
        confirm: LIB_UI.templates.confirmInsert,
        onConfirm: () => void run(async () => {
          await insert(plan.blocks, plain, placement);
          done();
        }),
      });
    });

  const insertSection = (section: SectionTemplate, plain: boolean) =>
    run(async () => {
      const context = await word.readInsertionContext();
      const { placement, countFrom } = templatePlacement(context);
      const plan = planInsertion(context.snapshot, countFrom, section.blocks, false);
      await insert(plan.blocks, plain, placement);
      const text = [LIB_UI.templates.insertedSection(section.title, plan.firstMarker)];
      if (plan.followingNeedRenumbering) text.push(LIB_UI.templates.followingNeedRenumbering);
      // Not plan.cursorUnknown: before the first paragraph, counting from -1 is known (nothing comes before).
      const cursorUnknown = context.cursorParagraphIndex < 0;
      if (cursorUnknown) text.push(LIB_UI.templates.cursorUnknown);
      const warn = plan.followingNeedRenumbering || cursorUnknown;
      setNotice({ intent: warn ? "warning" : "success", text: text.join("") });
    });

  return { notice, setNotice, busy, confirm, closeConfirm: () => setConfirm(undefined), insertSkeleton, insertSection };
}
