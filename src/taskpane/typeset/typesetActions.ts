/**
 * 一键排版 and 撤消排版 as actions of the 检查 tab's review session: busy while they run, errors shown where the action
 * was, a fresh check afterwards when there are results to keep true, and the notice carrying 撤消排版.
 */
import type { TypesetPlan } from "../../core/layout/plan";
import type { DocumentHost } from "../../host/port";
import type { NoticeAction, ReviewSession } from "../check/reviewSession";
import { TYPESET, TYPESET_ACTION } from "./strings";
import { applyTypesetting, describeTypesetOutcome, undoTypesetting, type TypesetReading, type TypesetUndo } from "./typesetting";

/** Where the notices go: under the toolbar that holds 一键排版. */
const AT = "toolbar";

export function runTypesetting(session: ReviewSession, word: DocumentHost, reading: TypesetReading, plan: TypesetPlan): Promise<void> {
  return session.act(AT, async () => {
    const outcome = await applyTypesetting(word, reading, plan);
    const notice = describeTypesetOutcome(outcome, reading, plan);
    await session.changed({ ...notice, at: AT, ...(outcome.undo ? { action: undoAction(session, word, outcome.undo) } : {}) });
  });
}

function undoAction(session: ReviewSession, word: DocumentHost, undo: TypesetUndo): NoticeAction {
  return {
    label: TYPESET.undo,
    focusAfter: TYPESET_ACTION,
    run: () =>
      session.act(AT, async () => {
        const notice = await undoTypesetting(word, undo);
        await session.changed({ ...notice, at: AT });
      }),
  };
}
