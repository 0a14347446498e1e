/**
 * addComments, the comment-all behind DocumentHost.addComments (WordApi 1.4). Round trip 1 locates and verifies;
 * round trip 2 adds the comments and reads back, in the same batch, the range each comment is on and each touched
 * paragraph. A comment whose paragraph changed in between, or that is not on the verified text, is deleted in round
 * trip 3 (Comment.delete, WordApi 1.4, like insertComment) and reported as skipped "changed".
 */
import { byIndex, paragraphLabel, type Skip } from "./editReport";
import { toWordError } from "./errors";
import { HostError, PartialEditError } from "../host/errors";
import type { CommentReport, CommentRequest, SpanTarget } from "../host/port";
import type { WordHost } from "./host";
import { queueLocate, rangeOf, resolveLocate } from "./locate";
import { codePointAt, codePointBefore } from "./locatePlan";
import { WORD_MESSAGES } from "./messages";

/** A comment on an insertion point hangs on its neighbouring character (the one before it, else the one after). */
function onCharacters(t: SpanTarget): SpanTarget {
  if (t.start !== t.end || t.paragraphText.length === 0) return t;
  if (t.start > 0) return { ...t, start: t.start - codePointBefore(t.paragraphText, t.start).length };
  return { ...t, end: codePointAt(t.paragraphText, 0).length };
}

/** One comment as queued in round trip 2. */
interface Placed {
  readonly index: number;
  readonly comment: Word.Comment;
  /** Where Word put it, loaded right after insertComment. */
  readonly on: Word.Range;
  /** The text it must be on: the verified span, or the neighbouring character of an insertion point. */
  readonly excerpt: string;
}

/** `refused`: targets never to comment on (the gateway's: headers, footers and notes, where Word has no comments). */
export async function addComments(
  host: WordHost,
  requests: readonly CommentRequest[],
  supported: boolean,
  refused: (target: SpanTarget) => boolean = () => false,
): Promise<CommentReport> {
  if (!supported) throw new HostError(WORD_MESSAGES.commentsUnavailable, "ApiNotFound");
  if (requests.length === 0) return { applied: [], skipped: [], ids: {} };
  const skipped: Skip[] = requests.flatMap((r, index): Skip[] => (refused(r.target) ? [{ index, status: "missing" }] : []));
  if (skipped.length === requests.length) return { applied: [], skipped, ids: {} };
  const queued: number[] = [];
  let located = false;
  try {
    return await host.run(async (context) => {
      const targets = requests.map((r) => (refused(r.target) ? undefined : onCharacters(r.target)));
      const batch = queueLocate(context, targets);
      await context.sync();
      located = true;
      const placed = new Map<number, Placed[]>();
      resolveLocate(batch).forEach((r, index) => {
        if (!r) return;
        // A comment needs characters to hang on: only an insertion point in an empty paragraph has none.
        if (r.status !== "ok" || r.at.kind === "point") {
          skipped.push({ index, status: r.status === "ok" ? "missing" : r.status });
          return;
        }
        const t = targets[index];
        if (!t) return;
        const excerpt = t.paragraphText.slice(t.start, t.end);
        const comment = rangeOf(r.at).insertComment(requests[index].text);
        // Its id, read in the same round trip: what lets a fix or 删除助手批注 remove exactly this comment later.
        comment.load("id");
        const on = comment.getRange();
        on.load("text");
        placed.set(t.paragraphIndex, [...(placed.get(t.paragraphIndex) ?? []), { index, comment, on, excerpt }]);
        queued.push(index);
      });
      if (queued.length === 0) return { applied: [], skipped: skipped.sort(byIndex), ids: {} };
      const paragraphs = [...placed.keys()].map((p) => {
        const paragraph = batch.paragraphs.items[p];
        paragraph.load("text");
        return { p, paragraph };
      });
      await context.sync();

      const misplaced: Placed[] = [];
      for (const { p, paragraph } of paragraphs) {
        const changed = paragraph.text !== requests[placed.get(p)?.[0]?.index ?? 0].target.paragraphText;
        for (const c of placed.get(p) ?? []) if (changed || c.on.text !== c.excerpt) misplaced.push(c);
      }
      const gone = new Set(misplaced.map((c) => c.index));
      const applied = queued.filter((i) => !gone.has(i)).sort((a, b) => a - b);
      const ids: Record<number, string> = {};
      for (const list of placed.values()) for (const c of list) if (!gone.has(c.index)) ids[c.index] = c.comment.id;
      const report = (unconfirmed: boolean): CommentReport => ({
        ids,
        applied,
        skipped: [...skipped, ...misplaced.map((c): Skip => (unconfirmed ? { index: c.index, status: "changed", reason: "unconfirmed" } : { index: c.index, status: "changed" }))].sort(byIndex),
      });
      if (misplaced.length === 0) return report(false);
      // Rare: the writer changed these paragraphs between the two round trips. Delete the comments we put there.
      for (const c of misplaced) c.comment.delete();
      try {
        await context.sync();
      } catch (e) {
        const labels = [...new Set(misplaced.map((c) => requests[c.index].target))].map((t) => paragraphLabel(t.paragraphIndex, t.paragraphText));
        throw new PartialEditError(WORD_MESSAGES.repairUnconfirmed([...new Set(labels)], applied.length, "批注"), toWordError(e).code, report(true));
      }
      return report(false);
    });
  } catch (e) {
    if (e instanceof PartialEditError) throw e;
    const error = toWordError(e);
    // Reading comments back (body.getComments) is not done here: say the outcome is unknown rather than guess.
    if (located && queued.length) throw new PartialEditError(WORD_MESSAGES.partialEditUnknown, error.code, undefined);
    throw error;
  }
}
