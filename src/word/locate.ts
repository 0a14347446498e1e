/**
 * Finding checked spans again in the live document, for any number of targets in ONE round trip: the paragraph
 * texts and one body-wide search per distinct needle are queued together; after the sync each target is
 * verified (paragraph text unchanged, Word's match count equals ours, the match reads back as expected).
 */
import type { SpanStatus, SpanTarget } from "./gateway";
import { escapeSearch, matchIndex, planNeedles, planTarget, type Plan } from "./locatePlan";

export interface LocateBatch {
  readonly paragraphs: Word.ParagraphCollection;
  readonly searches: ReadonlyMap<string, Word.RangeCollection>;
  readonly plans: readonly (Plan | undefined)[];
  readonly targets: readonly (SpanTarget | undefined)[];
}

/** Where a verified span is; turned into a Word.Range (or an insertion spot) in the next round trip. */
export type Located =
  | { readonly kind: "range"; readonly range: Word.Range }
  | { readonly kind: "expand"; readonly first: Word.Range; readonly last: Word.Range }
  | { readonly kind: "point"; readonly anchor: Word.Range; readonly side: "after" | "before" }
  | { readonly kind: "emptyParagraph"; readonly paragraph: Word.Paragraph };

export type LocateResult = { readonly status: "ok"; readonly at: Located } | { readonly status: Exclude<SpanStatus, "ok"> };

/** Queues the reads for the targets (undefined entries are left out: e.g. edits already refused). */
export function queueLocate(context: Word.RequestContext, targets: readonly (SpanTarget | undefined)[]): LocateBatch {
  const body = context.document.body;
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

/** After the sync: verify and resolve every target. */
export function resolveLocate(batch: LocateBatch): (LocateResult | undefined)[] {
  const items = batch.paragraphs.items;
  const texts = items.map((p) => p.text);
  return batch.targets.map((t, i): LocateResult | undefined => {
    const plan = batch.plans[i];
    if (!t || !plan) return undefined;
    if (t.paragraphIndex < 0 || t.paragraphIndex >= texts.length || texts[t.paragraphIndex] !== t.paragraphText) {
      return { status: "changed" };
    }
    const p = t.paragraphIndex;
    switch (plan.kind) {
      case "emptyParagraph":
        return { status: "ok", at: { kind: "emptyParagraph", paragraph: items[p] } };
      case "direct": {
        const range = pick(batch, texts, plan.needle, p, plan.at);
        return range ? { status: "ok", at: { kind: "range", range } } : { status: "missing" };
      }
      case "point": {
        const anchor = pick(batch, texts, plan.needle, p, plan.at);
        return anchor ? { status: "ok", at: { kind: "point", anchor, side: plan.side } } : { status: "missing" };
      }
      case "anchors": {
        const first = pick(batch, texts, plan.first, p, plan.firstAt);
        const last = pick(batch, texts, plan.last, p, plan.lastAt);
        return first && last ? { status: "ok", at: { kind: "expand", first, last } } : { status: "missing" };
      }
    }
  });
}

/** A Word.Range for the located span (queued; no sync). An insertion point becomes a collapsed range. */
export function rangeOf(at: Located): Word.Range {
  switch (at.kind) {
    case "range": return at.range;
    case "expand": return at.first.expandTo(at.last);
    case "point": return at.anchor.getRange(at.side === "after" ? "End" : "Start");
    case "emptyParagraph": return at.paragraph.getRange("Start");
  }
}
