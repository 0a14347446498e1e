/**
 * Round trip 3 of replaceSpans, run only when a writer changed a paragraph between round trips 1 and 2: our edits in
 * it may have landed in the wrong place (its ranges may have collapsed), so they are taken back, last first, and the
 * paragraph is read again to confirm it is back to what the writer left.
 */
import { toWordError } from "./errors";
import { PartialEditError } from "../host/errors";
import type { EditReport, SpanEdit } from "../host/port";
import { paragraphLabel } from "./editReport";
import { WORD_MESSAGES } from "./messages";
import type { Group, Written } from "./spanWrites";

/** Custom code of the PartialEditError thrown when a take-back could not be confirmed without Word failing. */
export const UNCONFIRMED_CODE = "EditConflict";

/**
 * Takes one write back (queued): our inserted text goes, and whatever the range held just before the write comes
 * back. If the writer had already removed the original text (the range had collapsed), that is nothing: deleting
 * our text leaves exactly what the writer typed.
 */
function queueUndo(w: Written): void {
  const held = w.before?.text ?? "";
  if (!w.out) {
    if (held !== "" && w.before) w.before.insertText(held, "Replace");
  } else if (held === "") w.out.delete();
  else w.out.insertText(held, "Replace");
}

/** Our text is exactly where insertText put it: only then can it be taken back precisely. */
function undoable(w: Written, edits: readonly SpanEdit[]): boolean {
  return !w.out || w.out.text === edits[w.index].text;
}

/**
 * Takes our edits in `repair` back in one round trip (none if no paragraph can be taken back precisely). Returns
 * when every paragraph reads as it did just before our writes; otherwise throws a PartialEditError naming the
 * paragraphs the writer must look at, whose report is `report(those paragraphs)`.
 */
export async function takeBack(
  context: Word.RequestContext,
  repair: readonly Group[],
  edits: readonly SpanEdit[],
  report: (unconfirmed: readonly Group[]) => EditReport,
): Promise<void> {
  const safe = repair.filter((g) => g.written.every((w) => undoable(w, edits)));
  const unsafe = repair.filter((g) => !safe.includes(g));
  const unconfirmed = (failed: readonly Group[], code: string): PartialEditError => {
    const r = report(failed);
    const labels = failed.map((g) => paragraphLabel(g.paragraphIndex, g.before.text));
    return new PartialEditError(WORD_MESSAGES.repairUnconfirmed(labels, r.applied.length), code, r);
  };
  const byParagraph = (a: Group, b: Group): number => a.paragraphIndex - b.paragraphIndex;
  if (safe.length) {
    for (const g of safe) {
      [...g.written].reverse().forEach(queueUndo);
      g.paragraph.load("text");
    }
    try {
      await context.sync();
    } catch (e) {
      throw unconfirmed([...safe, ...unsafe].sort(byParagraph), toWordError(e).code);
    }
  }
  const failed = [...unsafe, ...safe.filter((g) => g.paragraph.text !== g.before.text)];
  if (failed.length) throw unconfirmed(failed.sort(byParagraph), UNCONFIRMED_CODE);
}
