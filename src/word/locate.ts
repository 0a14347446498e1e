/**
 * Finding checked spans again in the live document, for any number of targets in ONE round trip: the paragraph
 * texts and one body-wide search per distinct needle are queued together; after the sync each target is
 * verified (paragraph text unchanged, Word's match count equals ours, the match reads back as expected).
 * Needles are widened with neighbouring characters (locatePlan.DISTINCT) so that each matches about once: a fix on
 * "、" does not load every "、" of the document. The span is then the range between two points (the start or end of
 * a match, or the paragraph's own start or end), built by navigation only, so it never costs a round trip.
 */
import type { SpanStatus, SpanTarget } from "../host/port";
import { escapeSearch, matchIndex, planNeedles, planTarget, type Plan, type PointPlan } from "./locatePlan";

export interface LocateBatch {
  readonly paragraphs: Word.ParagraphCollection;
  readonly searches: ReadonlyMap<string, Word.RangeCollection>;
  readonly plans: readonly (Plan | undefined)[];
  readonly targets: readonly (SpanTarget | undefined)[];
}

/** Where a verified span is; turned into a Word.Range in the next round trip. */
export type Located =
  | { readonly kind: "range"; readonly range: Word.Range }
  /** Between two collapsed ranges (the span's start and end points). */
  | { readonly kind: "span"; readonly from: Word.Range; readonly to: Word.Range }
  /** A collapsed range: an insertion point. */
  | { readonly kind: "point"; readonly point: Word.Range };

export type LocateResult = { readonly status: "ok"; readonly at: Located } | { readonly status: Exclude<SpanStatus, "ok"> };

/**
 * Queues the reads for the targets (undefined entries are left out: e.g. edits already refused). `body` is the story
 * they are in, the main text by default; a header's or a note's body (parts.storyBody) with story-local indices.
 */
export function queueLocate(
  context: Word.RequestContext,
  targets: readonly (SpanTarget | undefined)[],
  body: Word.Body = context.document.body,
): LocateBatch {
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text");
  const plans = targets.map((t) => (t ? planTarget(t) : undefined));
  const searches = new Map<string, Word.RangeCollection>();
  for (const plan of plans) {
    for (const needle of plan ? planNeedles(plan) : []) {
      if (searches.has(needle)) continue;
      const found = body.search(escapeSearch(needle), { matchCase: true });
      found.load("items/text");
      searches.set(needle, found);
    }
  }
  return { paragraphs, searches, plans, targets };
}

/** The match of `needle` at (paragraph, at), verified; undefined when Word's view differs from ours. */
function pick(batch: LocateBatch, texts: readonly string[], needle: string, paragraphIndex: number, at: number): Word.Range | undefined {
  const found = batch.searches.get(needle);
  if (!found) return undefined;
  const { index, total } = matchIndex(texts, needle, paragraphIndex, at);
  if (index < 0 || found.items.length !== total) return undefined;
  const range = found.items[index];
  return range.text === needle ? range : undefined;
}

/** The collapsed range at a planned point (queued navigation), or undefined when Word's view differs from ours. */
function pointOf(batch: LocateBatch, texts: readonly string[], p: number, point: PointPlan): Word.Range | undefined {
  const paragraph = batch.paragraphs.items[p];
  switch (point.kind) {
    case "paragraphStart": return paragraph.getRange("Start");
    // "End" is the point before the paragraph mark (Word.RangeLocation docs), i.e. after the last character.
    case "paragraphEnd": return paragraph.getRange("End");
    case "from": return pick(batch, texts, point.needle, p, point.at)?.getRange("Start");
    case "to": return pick(batch, texts, point.needle, p, point.at)?.getRange("End");
  }
}

/** After the sync: verify and resolve every target (queues navigation only, for the next round trip). */
export function resolveLocate(batch: LocateBatch): (LocateResult | undefined)[] {
  const texts = batch.paragraphs.items.map((p) => p.text);
  return batch.targets.map((t, i): LocateResult | undefined => {
    const plan = batch.plans[i];
    if (!t || !plan) return undefined;
    if (t.paragraphIndex < 0 || t.paragraphIndex >= texts.length || texts[t.paragraphIndex] !== t.paragraphText) {
      return { status: "changed" };
    }
    const p = t.paragraphIndex;
    switch (plan.kind) {
      case "direct": {
        const range = pick(batch, texts, plan.needle, p, plan.at);
        return range ? { status: "ok", at: { kind: "range", range } } : { status: "missing" };
      }
      case "point": {
        const point = pointOf(batch, texts, p, plan.point);
        return point ? { status: "ok", at: { kind: "point", point } } : { status: "missing" };
      }
      case "span": {
        const from = pointOf(batch, texts, p, plan.from);
        const to = from && pointOf(batch, texts, p, plan.to);
        return from && to ? { status: "ok", at: { kind: "span", from, to } } : { status: "missing" };
      }
    }
  });
}

/** A Word.Range for the located span (queued; no sync). An insertion point is a collapsed range. */
export function rangeOf(at: Located): Word.Range {
  switch (at.kind) {
    case "range": return at.range;
    case "span": return at.from.expandTo(at.to);
    case "point": return at.point;
  }
}
