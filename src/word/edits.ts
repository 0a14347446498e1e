/**
 * Fix-all and comment-all: round trip 1 reads every paragraph text and searches every needle; only the spans that
 * still match are touched in round trip 2. Word does not roll a failed batch back, so after a failure the document
 * is read once more to report exactly which edits landed.
 */
import { PartialEditError, WordError, type CommentRequest, type EditReport, type SkipReason, type SpanEdit, type SpanStatus, type SpanTarget } from "./gateway";
import { toWordError } from "./errors";
import type { WordHost } from "./host";
import { queueLocate, rangeOf, resolveLocate, type Located } from "./locate";
import { overlaps } from "./locatePlan";
import { WORD_MESSAGES } from "./messages";

type Skip = { index: number; status: SpanStatus; reason?: SkipReason };

/** Refuses up front what must not be attempted: overlaps with an earlier edit, line breaks. */
function screen(targets: readonly SpanTarget[], texts?: readonly string[]): { keep: (SpanTarget | undefined)[]; skipped: Skip[] } {
  const skipped: Skip[] = [];
  const accepted: SpanTarget[] = [];
  const keep = targets.map((t, index) => {
    if (texts && /[\r\n]/.test(texts[index])) {
      skipped.push({ index, status: "changed", reason: "lineBreak" });
      return undefined;
    }
    if (accepted.some((a) => overlaps(a, t))) {
      skipped.push({ index, status: "changed", reason: "overlap" });
      return undefined;
    }
    accepted.push(t);
    return t;
  });
  return { keep, skipped };
}

function applyEdit(at: Located, text: string): void {
  if (at.kind === "point") at.anchor.insertText(text, at.side === "after" ? "After" : "Before");
  else if (at.kind === "emptyParagraph") at.paragraph.insertText(text, "Start");
  else if (text === "") rangeOf(at).delete();
  else rangeOf(at).insertText(text, "Replace");
}

/** The paragraph text after applying `edits` (non-overlapping, same paragraph) to the checked text. */
function expectedText(original: string, edits: readonly SpanEdit[]): string {
  return [...edits]
    .sort((a, b) => b.target.start - a.target.start || b.target.end - a.target.end)
    .reduce((text, e) => text.slice(0, e.target.start) + e.text + text.slice(e.target.end), original);
}

/** After a failed round trip 2: the longest prefix of the queued edits that the document now shows. */
async function recover(host: WordHost, edits: readonly SpanEdit[], queued: readonly number[]): Promise<number | undefined> {
  const texts = await host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.map((p) => p.text);
  });
  const touched = new Set(queued.map((i) => edits[i].target.paragraphIndex));
  for (let m = queued.length; m >= 0; m--) {
    const landed = queued.slice(0, m).map((i) => edits[i]);
    const fits = [...touched].every((p) => {
      const original = edits[queued.find((i) => edits[i].target.paragraphIndex === p) ?? 0].target.paragraphText;
      return texts[p] === expectedText(original, landed.filter((e) => e.target.paragraphIndex === p));
    });
    if (fits) return m;
  }
  return undefined;
}

export async function replaceSpans(host: WordHost, edits: readonly SpanEdit[]): Promise<EditReport> {
  if (edits.length === 0) return { applied: [], skipped: [] };
  const { keep, skipped } = screen(edits.map((e) => e.target), edits.map((e) => e.text));
  const queued: number[] = [];
  let locatedDone = false;
  try {
    return await host.run(async (context) => {
      const batch = queueLocate(context, keep);
      await context.sync();
      locatedDone = true;
      resolveLocate(batch).forEach((r, index) => {
        if (!r) return;
        if (r.status !== "ok") skipped.push({ index, status: r.status });
        else {
          applyEdit(r.at, edits[index].text);
          queued.push(index);
        }
      });
      if (queued.length) await context.sync();
      return { applied: queued, skipped: skipped.sort((a, b) => a.index - b.index) };
    });
  } catch (e) {
    const error = toWordError(e);
    if (!locatedDone || queued.length === 0) throw error;
    const m = await recover(host, edits, queued).catch(() => undefined);
    if (m === undefined) throw new PartialEditError(WORD_MESSAGES.partialEditUnknown, error.code, undefined);
    const failed: Skip[] = queued.slice(m).map((index) => ({ index, status: "ok", reason: "failed" }));
    const report: EditReport = { applied: queued.slice(0, m), skipped: [...skipped, ...failed].sort((a, b) => a.index - b.index) };
    throw new PartialEditError(WORD_MESSAGES.partialEdit(m, edits.length), error.code, report);
  }
}

export async function addComments(host: WordHost, requests: readonly CommentRequest[], supported: boolean): Promise<EditReport> {
  if (!supported) throw new WordError(WORD_MESSAGES.commentsUnavailable, "ApiNotFound");
  if (requests.length === 0) return { applied: [], skipped: [] };
  const skipped: Skip[] = [];
  const queued: number[] = [];
  let located = false;
  try {
    return await host.run(async (context) => {
      const batch = queueLocate(context, requests.map((r) => r.target));
      await context.sync();
      located = true;
      resolveLocate(batch).forEach((r, index) => {
        if (!r) return;
        // A comment needs characters to hang on: an insertion point takes its neighbouring character.
        if (r.status !== "ok" || r.at.kind === "emptyParagraph") skipped.push({ index, status: r.status === "ok" ? "missing" : r.status });
        else {
          (r.at.kind === "point" ? r.at.anchor : rangeOf(r.at)).insertComment(requests[index].text);
          queued.push(index);
        }
      });
      if (queued.length) await context.sync();
      return { applied: queued, skipped: skipped.sort((a, b) => a.index - b.index) };
    });
  } catch (e) {
    const error = toWordError(e);
    // Reading comments back (body.getComments) is not done here: say the outcome is unknown rather than guess.
    if (located && queued.length) throw new PartialEditError(WORD_MESSAGES.partialEditUnknown, error.code, undefined);
    throw error;
  }
}
