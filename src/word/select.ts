/**
 * Selecting a checked span or a whole paragraph again: 2 round trips (read back, then select), in the main text or,
 * for a paragraph of a header, footer or note, in that story, found again by navigation (parts.storyBody) and
 * addressed with the story's own paragraph index.
 */
import type { SpanStatus, SpanTarget } from "../host/port";
import type { WordHost } from "./host";
import { queueLocate, rangeOf, resolveLocate } from "./locate";
import { storyBody, type PartMap } from "./parts";

/** The story body and story-local target of `target`; undefined when it is a part paragraph the map cannot place. */
function where(context: Word.RequestContext, parts: PartMap | undefined, target: SpanTarget): { body: Word.Body; target: SpanTarget } | undefined {
  if (target.part === undefined) return { body: context.document.body, target };
  const place = parts?.place(target.paragraphIndex);
  return place && { body: storyBody(context, place.story), target: { ...target, paragraphIndex: place.local } };
}

export async function selectSpan(host: WordHost, parts: PartMap | undefined, target: SpanTarget): Promise<SpanStatus> {
  return host.run(async (context) => {
    const at = where(context, parts, target);
    if (!at) return "missing";
    const batch = queueLocate(context, [at.target], at.body);
    await context.sync();
    const [result] = resolveLocate(batch);
    if (!result || result.status !== "ok") return result?.status ?? "missing";
    rangeOf(result.at).select(); // select() scrolls the span into view
    await context.sync();
    return "ok";
  });
}

export async function selectParagraph(
  host: WordHost,
  parts: PartMap | undefined,
  paragraphIndex: number,
  paragraphText: string,
  part?: SpanTarget["part"],
): Promise<SpanStatus> {
  return host.run(async (context) => {
    const at = where(context, parts, { paragraphIndex, paragraphText, start: 0, end: 0, part });
    if (!at) return "missing";
    const paragraphs = at.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const p = paragraphs.items[at.target.paragraphIndex];
    if (!p || p.text !== paragraphText) return "changed";
    p.select();
    await context.sync();
    return "ok";
  });
}
