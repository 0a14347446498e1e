/**
 * Fix-all and comment-all: round trip 1 reads every paragraph text and searches every needle; only the spans that
 * still match are touched in round trip 2, which also reads the touched paragraphs back. Office.js cannot branch
 * inside a batch, so a writer typing between the two round trips is only seen afterwards: then (rarely) round
 * trip 3 takes our edits in those paragraphs back. Word does not roll a failed batch back, so after a failure the
 * document is read once more to report exactly which edits landed.
 */
import { PartialEditError, WordError, type CommentRequest, type EditReport, type SkipReason, type SpanEdit, type SpanStatus, type SpanTarget } from "./gateway";
import { toWordError } from "./errors";
import type { WordHost } from "./host";
import { queueLocate, rangeOf, resolveLocate, type Located } from "./locate";
import { codePointAt, codePointBefore, overlaps } from "./locatePlan";
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

/** One edit as queued in round trip 2, with what it takes to check it and, in the rare case, take it back. */
interface Written {
  readonly index: number;
  /** The verified range, its text loaded just before the write (undefined for an insertion at a point). */
  readonly before?: Word.Range;
  /** What the write left: the range insertText returned (its text loaded right after), or for a removal undefined. */
  readonly out?: Word.Range;
}

/** The paragraphs touched by one call: the tracked paragraph, its text just before our writes, what we wrote. */
interface Group {
  readonly paragraphIndex: number;
  readonly verified: string;
  readonly paragraph: Word.Paragraph;
  /** A separate proxy, so that the text loaded before the writes is not overwritten by the read after them. */
  readonly before: Word.Range;
  readonly written: Written[];
}

/** Queues one write (no sync) and the loads that let the caller check it afterwards. */
function queueWrite(index: number, at: Located, text: string): Written {
  if (at.kind === "point") {
    // A collapsed range: "Replace" inserts at it, as at a collapsed selection (insert.ts).
    const out = at.point.insertText(text, "Replace");
    out.load("text");
    return { index, out };
  }
  const before = rangeOf(at);
  before.load("text");
  if (text === "") {
    // After delete() the range stays, collapsed where the text was: that is where a take-back puts it again.
    before.delete();
    return { index, before };
  }
  const out = before.insertText(text, "Replace");
  out.load("text");
  return { index, before, out };
}

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

/** "第 4 段（“（一）抓好理论学习…”）": enough for the writer to find the paragraph. */
function paragraphLabel(paragraphIndex: number, text: string): string {
  const head = [...text].slice(0, 12).join("");
  return `第 ${paragraphIndex + 1} 段（“${head}${head.length < text.length ? "…" : ""}”）`;
}

/** Custom code of the PartialEditError thrown when a take-back could not be confirmed without Word failing. */
export const UNCONFIRMED_CODE = "EditConflict";

/**
 * Round trip 1 locates and verifies every target. Round trip 2 writes, and in the same batch reads back each
 * inserted range and each touched paragraph. A paragraph that does not read exactly as the verified text plus our
 * edits was changed by the writer between the two round trips (its ranges may have collapsed, so our text may sit
 * in the wrong place): round trip 3, only then, takes our edits in it back and reads it again to confirm.
 */
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
      const located = resolveLocate(batch);
      const groups = new Map<number, Group>();
      located.forEach((r, index) => {
        if (!r) return;
        if (r.status !== "ok") {
          skipped.push({ index, status: r.status });
          return;
        }
        const { paragraphIndex, paragraphText } = edits[index].target;
        if (!groups.has(paragraphIndex)) {
          const paragraph = batch.paragraphs.items[paragraphIndex];
          // "Content": the paragraph's text without its mark, as paragraph.text ("Whole" would end with "\r").
          const before = paragraph.getRange("Content");
          before.load("text");
          groups.set(paragraphIndex, { paragraphIndex, verified: paragraphText, paragraph, before, written: [] });
        }
        queued.push(index);
      });
      if (queued.length === 0) return { applied: [], skipped: skipped.sort((a, b) => a.index - b.index) };
      for (const index of queued) {
        const r = located[index];
        if (r?.status === "ok") groups.get(edits[index].target.paragraphIndex)?.written.push(queueWrite(index, r.at, edits[index].text));
      }
      for (const g of groups.values()) g.paragraph.load("text");
      await context.sync();

      const applied: number[] = [];
      const repair: Group[] = [];
      for (const g of groups.values()) {
        const mine = g.written.map((w) => edits[w.index]);
        // Both ends: the paragraph was still the verified text just before our writes (else a writer's change
        // inside a span could be overwritten and still read as expected), and reads as predicted after them.
        if (g.before.text === g.verified && g.paragraph.text === expectedText(g.verified, mine)) applied.push(...g.written.map((w) => w.index));
        else repair.push(g);
      }
      const report = (unconfirmed: readonly Group[]): EditReport => {
        const lost = new Set(unconfirmed.flatMap((g) => g.written.map((w) => w.index)));
        const taken = repair.flatMap((g) => g.written.map((w) => w.index));
        const extra: Skip[] = taken.map((index) => (lost.has(index) ? { index, status: "changed", reason: "unconfirmed" } : { index, status: "changed" }));
        return { applied: applied.sort((a, b) => a - b), skipped: [...skipped, ...extra].sort((a, b) => a.index - b.index) };
      };
      if (repair.length === 0) return report([]);

      // Rare: the writer changed these paragraphs between the two round trips. Take our edits back (last first).
      const safe = repair.filter((g) => g.written.every((w) => undoable(w, edits)));
      const unsafe = repair.filter((g) => !safe.includes(g));
      const unconfirmed = (failed: readonly Group[], code: string): PartialEditError => {
        const r = report(failed);
        const labels = failed.map((g) => paragraphLabel(g.paragraphIndex, g.before.text));
        return new PartialEditError(WORD_MESSAGES.repairUnconfirmed(labels, r.applied.length), code, r);
      };
      if (safe.length) {
        for (const g of safe) {
          [...g.written].reverse().forEach(queueUndo);
          g.paragraph.load("text");
        }
        try {
          await context.sync();
        } catch (e) {
          throw unconfirmed([...safe, ...unsafe].sort((a, b) => a.paragraphIndex - b.paragraphIndex), toWordError(e).code);
        }
      }
      const failed = [...unsafe, ...safe.filter((g) => g.paragraph.text !== g.before.text)];
      if (failed.length) throw unconfirmed(failed.sort((a, b) => a.paragraphIndex - b.paragraphIndex), UNCONFIRMED_CODE);
      return report([]);
    });
  } catch (e) {
    if (e instanceof PartialEditError) throw e;
    const error = toWordError(e);
    if (!locatedDone || queued.length === 0) throw error;
    const m = await recover(host, edits, queued).catch(() => undefined);
    if (m === undefined) throw new PartialEditError(WORD_MESSAGES.partialEditUnknown, error.code, undefined);
    const failed: Skip[] = queued.slice(m).map((index) => ({ index, status: "ok", reason: "failed" }));
    const report: EditReport = { applied: queued.slice(0, m), skipped: [...skipped, ...failed].sort((a, b) => a.index - b.index) };
    throw new PartialEditError(WORD_MESSAGES.partialEdit(m, edits.length), error.code, report);
  }
}

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

/**
 * Round trip 1 locates and verifies; round trip 2 adds the comments and reads back, in the same batch, the range
 * each comment is on and each touched paragraph. A comment whose paragraph changed in between, or that is not on
 * the verified text, is deleted in round trip 3 (Comment.delete, WordApi 1.4, like insertComment) and reported
 * as skipped "changed".
 */
export async function addComments(host: WordHost, requests: readonly CommentRequest[], supported: boolean): Promise<EditReport> {
  if (!supported) throw new WordError(WORD_MESSAGES.commentsUnavailable, "ApiNotFound");
  if (requests.length === 0) return { applied: [], skipped: [] };
  const skipped: Skip[] = [];
  const queued: number[] = [];
  let located = false;
  try {
    return await host.run(async (context) => {
      const targets = requests.map((r) => onCharacters(r.target));
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
        const excerpt = t.paragraphText.slice(t.start, t.end);
        const comment = rangeOf(r.at).insertComment(requests[index].text);
        const on = comment.getRange();
        on.load("text");
        placed.set(t.paragraphIndex, [...(placed.get(t.paragraphIndex) ?? []), { index, comment, on, excerpt }]);
        queued.push(index);
      });
      if (queued.length === 0) return { applied: [], skipped: skipped.sort((a, b) => a.index - b.index) };
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
      const report = (unconfirmed: boolean): EditReport => ({
        applied,
        skipped: [...skipped, ...misplaced.map((c): Skip => (unconfirmed ? { index: c.index, status: "changed", reason: "unconfirmed" } : { index: c.index, status: "changed" }))].sort((a, b) => a.index - b.index),
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
