/**
 * replaceSpans, the fix-all behind DocumentHost.replaceSpans. Round trip 1 locates and verifies every target; edits of
 * a group (one finding's renumbering) go on only if all of them were found as checked. Round
 * trip 2 writes, and in the same batch reads back each inserted range and each touched paragraph. A paragraph that
 * does not read exactly as the verified text plus our edits was changed by the writer between the two round trips:
 * round trip 3, only then, takes our edits in it back (takeBack.ts). If Word fails mid-batch, one more round trip
 * reads the document to report which edits landed (readBack.ts).
 */
import { byIndex, type Skip } from "./editReport";
import { toWordError } from "./errors";
import { PartialEditError } from "../host/errors";
import type { EditReport, SpanEdit, SpanTarget } from "../host/port";
import type { WordHost } from "./host";
import { queueLocate, resolveLocate } from "./locate";
import { overlaps } from "./locatePlan";
import { WORD_MESSAGES } from "./messages";
import { landedPrefix, readsAsPredicted } from "./readBack";
import { queueGroup, queueWrite, type Group } from "./spanWrites";
import { takeBack } from "./takeBack";

/** Refuses up front what must not be attempted: targets `refused` (outside the main text), line breaks, overlaps. */
function screen(
  targets: readonly SpanTarget[],
  texts?: readonly string[],
  refused: (target: SpanTarget) => boolean = () => false,
): { keep: (SpanTarget | undefined)[]; skipped: Skip[] } {
  const skipped: Skip[] = [];
  const accepted: SpanTarget[] = [];
  const keep = targets.map((t, index) => {
    if (refused(t)) {
      skipped.push({ index, status: "missing" });
      return undefined;
    }
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

/** `refused`: targets never to touch (the gateway's: paragraphs of headers, footers and notes), skipped "missing". */
export async function replaceSpans(host: WordHost, edits: readonly SpanEdit[], refused?: (target: SpanTarget) => boolean): Promise<EditReport> {
  if (edits.length === 0) return { applied: [], skipped: [] };
  const { keep, skipped } = screen(edits.map((e) => e.target), edits.map((e) => e.text), refused);
  const queued: number[] = [];
  let locatedDone = false;
  try {
    return await host.run(async (context) => {
      const batch = queueLocate(context, keep);
      await context.sync();
      locatedDone = true;
      const located = resolveLocate(batch);
      const groups = new Map<number, Group>();
      const brokenGroups = new Set<number>();
      located.forEach((r, index) => {
        if (!r || r.status !== "ok") {
          const group = edits[index].group;
          if (group !== undefined) brokenGroups.add(group);
        }
      });
      located.forEach((r, index) => {
        if (!r) return;
        if (r.status !== "ok") {
          skipped.push({ index, status: r.status });
          return;
        }
        const group = edits[index].group;
        if (group !== undefined && brokenGroups.has(group)) {
          skipped.push({ index, status: "changed", reason: "group" });
          return;
        }
        const { paragraphIndex, paragraphText } = edits[index].target;
        if (!groups.has(paragraphIndex)) groups.set(paragraphIndex, queueGroup(batch.paragraphs.items[paragraphIndex], paragraphIndex, paragraphText));
        queued.push(index);
      });
      if (queued.length === 0) return { applied: [], skipped: skipped.sort(byIndex) };
      for (const index of queued) {
        const r = located[index];
        if (r?.status === "ok") groups.get(edits[index].target.paragraphIndex)?.written.push(queueWrite(index, r.at, edits[index].text));
      }
      for (const g of groups.values()) g.paragraph.load("text");
      await context.sync();

      const applied: number[] = [];
      const repair: Group[] = [];
      for (const g of groups.values()) {
        if (readsAsPredicted(g, edits)) for (const w of g.written) applied.push(w.index);
        else repair.push(g);
      }
      const report = (unconfirmed: readonly Group[]): EditReport => {
        const lost = new Set(unconfirmed.flatMap((g) => g.written.map((w) => w.index)));
        const taken = repair.flatMap((g) => g.written.map((w) => w.index));
        const extra: Skip[] = taken.map((index) => (lost.has(index) ? { index, status: "changed", reason: "unconfirmed" } : { index, status: "changed" }));
        return { applied: applied.sort((a, b) => a - b), skipped: [...skipped, ...extra].sort(byIndex) };
      };
      // Rare: the writer changed these paragraphs between the two round trips. Take our edits back (last first).
      if (repair.length) await takeBack(context, repair, edits, report);
      return report([]);
    });
  } catch (e) {
    if (e instanceof PartialEditError) throw e;
    const error = toWordError(e);
    if (!locatedDone || queued.length === 0) throw error;
    const m = await landedPrefix(host, edits, queued).catch(() => undefined);
    if (m === undefined) throw new PartialEditError(WORD_MESSAGES.partialEditUnknown, error.code, undefined);
    const failed: Skip[] = queued.slice(m).map((index) => ({ index, status: "ok", reason: "failed" }));
    const report: EditReport = { applied: queued.slice(0, m), skipped: [...skipped, ...failed].sort(byIndex) };
    throw new PartialEditError(WORD_MESSAGES.partialEdit(m, edits.length), error.code, report);
  }
}
