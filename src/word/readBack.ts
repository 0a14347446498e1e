/**
 * Checking replaceSpans' writes against the document: what a paragraph must read after our edits, whether it does
 * after round trip 2, and, after Word failed mid-batch (it does not roll back), which of the edits landed.
 */
import type { SpanEdit } from "../host/port";
import type { WordHost } from "./host";
import type { Group } from "./spanWrites";

/** The paragraph text after applying `edits` (non-overlapping, same paragraph) to the checked text. */
export function expectedText(original: string, edits: readonly SpanEdit[]): string {
  return [...edits]
    .sort((a, b) => b.target.start - a.target.start || b.target.end - a.target.end)
    .reduce((text, e) => text.slice(0, e.target.start) + e.text + text.slice(e.target.end), original);
}

/**
 * Both ends: the paragraph was still the verified text just before our writes (else a writer's change inside a
 * span could be overwritten and still read as expected), and reads as predicted after them.
 */
export function readsAsPredicted(g: Group, edits: readonly SpanEdit[]): boolean {
  const mine = g.written.map((w) => edits[w.index]);
  return g.before.text === g.verified && g.paragraph.text === expectedText(g.verified, mine);
}

/**
 * After a failed round trip 2, one more round trip: how many of the queued edits, in queue order, the document
 * now shows (Word applies a batch in order, so what landed is a prefix); undefined when no prefix fits.
 */
export async function landedPrefix(host: WordHost, edits: readonly SpanEdit[], queued: readonly number[]): Promise<number | undefined> {
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
