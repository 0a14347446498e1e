import { useState } from "react";
import type { ContentBlock, SectionTemplate, Skeleton } from "../../core/content";
import { planInsertion } from "../../core/insert/planInsertion";
import type { WordGateway } from "../../word/gateway";
import type { Notice } from "../shared/ErrorBar";
import { describeError } from "../shared/errors";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { LIB_UI } from "../library/strings";

/**
 * Inserting templates: read the document and the cursor (1 round trip), number the headings from context with
 * planInsertion, insert (1 round trip). A whole skeleton over existing headings waits for the writer's consent.
 */
export function useTemplateInsert(word: WordGateway) {
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

  const insert = (blocks: readonly ContentBlock[], plain: boolean) => word.insertBlocks(blocks, { plain });

  const insertSkeleton = (skeleton: Skeleton, plain: boolean) =>
    run(async () => {
      const context = await word.readInsertionContext();
      const plan = planInsertion(context.snapshot, context.cursorParagraphIndex, skeleton.blocks, true);
      const done = () => setNotice({ intent: "success", text: LIB_UI.templates.insertedSkeleton(skeleton.title, plan.blocks.length) });
      if (plan.existingHeadings === 0) {
        await insert(plan.blocks, plain);
        done();
        return;
      }
      setConfirm({
        title: LIB_UI.templates.confirmTitle,
        text: LIB_UI.templates.confirmText(plan.existingHeadings),
        confirm: LIB_UI.templates.confirmInsert,
        onConfirm: () => void run(async () => {
          await insert(plan.blocks, plain);
          done();
        }),
      });
    });

  const insertSection = (section: SectionTemplate, plain: boolean) =>
    run(async () => {
      const context = await word.readInsertionContext();
      const plan = planInsertion(context.snapshot, context.cursorParagraphIndex, section.blocks, false);
      await insert(plan.blocks, plain);
      const text = [LIB_UI.templates.insertedSection(section.title, plan.firstMarker)];
      if (plan.followingNeedRenumbering) text.push(LIB_UI.templates.followingNeedRenumbering);
      if (plan.cursorUnknown) text.push(LIB_UI.templates.cursorUnknown);
      const warn = plan.followingNeedRenumbering || plan.cursorUnknown;
      setNotice({ intent: warn ? "warning" : "success", text: text.join("") });
    });

  return { notice, setNotice, busy, confirm, closeConfirm: () => setConfirm(undefined), insertSkeleton, insertSection };
}
