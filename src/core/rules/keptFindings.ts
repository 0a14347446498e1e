/**
 * A rule's findings in one paragraph, kept across checks (../paragraphMemo.ts) for a rule whose findings in a paragraph
 * come from that paragraph's text alone (and `inputs`, an option it reads): the punctuation rules. A re-check after a
 * small edit reads only the paragraphs that changed; every other paragraph's findings are the kept ones, placed where
 * the paragraph now stands (a paragraph inserted above moves every one below).
 */
import type { Finding } from "../finding";
import type { DocSnapshot } from "../model";
import { kept, type ParagraphPass } from "../paragraphMemo";

/** A rule's per-paragraph work: the findings of paragraph `paragraphIndex`, reading nothing of `doc` but that paragraph. */
export type ParagraphFinder<I> = (doc: DocSnapshot, paragraphIndex: number, inputs: I) => Finding[];

/** What the kept work is asked with: one set per call, read by `compute` (no closure made per paragraph). */
let askedDoc: DocSnapshot | undefined;
let askedIndex = 0;
let askedFinder: ParagraphFinder<never> | undefined;

const NONE: readonly Finding[] = Object.freeze([]);

function compute<I>(_paragraph: unknown, inputs: I): readonly Finding[] {
  const found = (askedFinder as ParagraphFinder<I>)(askedDoc!, askedIndex, inputs);
  // Kept across checks: frozen, and only copies leave (placed).
  return found.length === 0 ? NONE : Object.freeze(found.map((f) => Object.freeze(f)));
}

/**
 * Adds the findings of paragraph `paragraphIndex` to `into`: the kept ones for the same text and inputs, or found now.
 * `mayFind` is the rule's own quick test (one regular expression): a paragraph it rules out (most) has no findings,
 * and asking it costs less than looking up what was kept.
 */
export function findingsIn<I>(
  pass: ParagraphPass<I, readonly Finding[]>,
  doc: DocSnapshot,
  paragraphIndex: number,
  inputs: I,
  mayFind: (text: string) => boolean,
  find: ParagraphFinder<I>,
  into: Finding[],
): void {
  if (!mayFind(doc.paragraphs[paragraphIndex].text)) return;
  askedDoc = doc;
  askedIndex = paragraphIndex;
  askedFinder = find as ParagraphFinder<never>;
  const found = kept(pass, doc, paragraphIndex, inputs, compute);
  askedDoc = undefined;
  for (let f = 0; f < found.length; f++) into.push(placed(found[f], paragraphIndex));
}

/**
 * A kept finding in paragraph `paragraphIndex`: a copy (same keys in the same order) whose index and whose fix's edits
 * say where the paragraph stands now. A paragraph's findings edit only that paragraph.
 */
function placed(f: Finding, paragraphIndex: number): Finding {
  const range: readonly [number, number] = [f.range[0], f.range[1]];
  const context = { ...f.context };
  if (f.fix === undefined) return { ...f, paragraphIndex, range, context };
  const fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, paragraphIndex, range: [e.range[0], e.range[1]] as const })) };
  return { ...f, paragraphIndex, range, context, fix };
}
