/**
 * Finds placeholders in every paragraph: one fast pass over the characters (a table lookup per code unit) for those a
 * placeholder can begin with, then the table's patterns tried in order at that position only (sticky expressions),
 * then each pattern's guards (analysis/placeholderGuards.ts), which may read the paragraph's neighbours and the document.
 * Memoised per snapshot and footnote option; a paragraph's own part of the scan (its candidates, with the guards that
 * read only the paragraph already applied) is kept across checks by its text (../paragraphMemo.ts), and only the
 * guards that read the document are run again.
 */
import type { DocParagraph, DocPart, DocSnapshot } from "../model";
import { kept, paragraphPass } from "../paragraphMemo";
import { PLACEHOLDER_PATTERNS, PlaceholderGuard, PlaceholderPattern } from "../patterns/placeholders";
import { finish, inSlices, type Steps } from "../steps";
import { charClassBody } from "../text/charClass";
import { DocFacts } from "./placeholderFacts";
import { GuardContext, guardHolds } from "./placeholderGuards";

export interface PlaceholderMatch {
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  readonly pattern: PlaceholderPattern;
}

/**
 * Guards that read more than the paragraph (where the document's forms and star notes are, by paragraph index): run
 * at each check over the kept candidates. Every other guard reads only the paragraph's text and part (notOpenCount
 * reads the paragraph's own text, by its index), so its verdict is kept with the text.
 */
const DOCUMENT_GUARDS: ReadonlySet<PlaceholderGuard> = new Set<PlaceholderGuard>(["notFormField", "notDeclaredMark"]);

const NO_GUARDS: readonly PlaceholderGuard[] = Object.freeze([]);

/** Guards split into those of the paragraph and those of the document (shared lists, made once). */
function splitGuards(guards: readonly PlaceholderGuard[]): { readonly own: readonly PlaceholderGuard[]; readonly document: readonly PlaceholderGuard[] } {
  const document = guards.filter((g) => DOCUMENT_GUARDS.has(g));
  return { own: guards.filter((g) => !DOCUMENT_GUARDS.has(g)), document: document.length > 0 ? Object.freeze(document) : NO_GUARDS };
}

/** Each pattern as a sticky expression, with its guards for either footnote option (filtered once, not per match). */
const STICKY = PLACEHOLDER_PATTERNS.map((pattern) => {
  const guards = pattern.guards ?? [];
  return {
    pattern,
    regex: new RegExp(pattern.source, "y"),
    guardsFlaggingFootnotes: splitGuards(guards.filter((g) => g !== "footnoteStar")),
    guardsSparingFootnotes: splitGuards(guards),
  };
});
/**
 * For each code unit, the patterns that may begin with it, in table order (0: none): at （ only the bracket pattern
 * is tried, not all ten.
 */
const { FIRST_CHARS, CANDIDATES } = candidateTable();
/**
 * Every character a placeholder can begin with, as one global class: the scan jumps from one to the next. In a warm
 * page a typed-array probe per character is faster still, but a writer's first 检查 runs in a fresh pane before the
 * JIT, where a loop over 600,000 characters is interpreted and the expression's native scan is many times faster.
 */
const STARTS = new RegExp(`[${charClassBody(new Set(PLACEHOLDER_PATTERNS.map((p) => p.starts).join("")))}]`, "g");
/** STARTS as a test: a text without any of them holds no placeholder (most paragraphs), and needs no lookup. */
const ANY_START = new RegExp(STARTS.source);
const cache = new WeakMap<DocSnapshot, Map<boolean, readonly PlaceholderMatch[]>>();

function candidateTable(): { FIRST_CHARS: Uint8Array; CANDIDATES: Array<typeof STICKY> } {
  const table = new Uint8Array(0x10000);
  const candidates: Array<typeof STICKY> = [[]];
  const starts = [...new Set(PLACEHOLDER_PATTERNS.map((p) => p.starts).join(""))];
  for (const ch of starts) {
    table[ch.charCodeAt(0)] = candidates.length;
    candidates.push(STICKY.filter((s) => s.pattern.starts.includes(ch)));
  }
  return { FIRST_CHARS: table, CANDIDATES: candidates };
}

interface Hit {
  /** End of the pattern's match (the whole run, XXXX). */
  readonly end: number;
  readonly pattern: PlaceholderPattern;
  /** False when a guard of the paragraph spared the match (3×4, XXL): the run is skipped, not reported. */
  readonly accepted: boolean;
  /** The guards of the document still to ask (when accepted). */
  readonly pending: readonly PlaceholderGuard[];
}

/**
 * A candidate of one paragraph, kept with its text: the guards of the document are asked at each check. Never handed
 * out (the scan's matches are new objects made from it), so nothing can write it.
 */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly pattern: PlaceholderPattern;
  readonly pending: readonly PlaceholderGuard[];
}

/**
 * One context per scan, rewritten in place for each paragraph and match: the guards run at every candidate character
 * (thousands per page in a draft full of *), and a fresh object there doubled the scan's time in garbage collection.
 */
type Scratch = { -readonly [K in keyof GuardContext]: GuardContext[K] };

function matchAt(ctx: Scratch, at: number, candidates: typeof STICKY, flagFootnoteStar: boolean): Hit | undefined {
  const text = ctx.text;
  for (let c = 0; c < candidates.length; c++) {
    const sticky = candidates[c];
    sticky.regex.lastIndex = at;
    if (!sticky.regex.test(text)) continue;
    const end = sticky.regex.lastIndex;
    const guards = flagFootnoteStar ? sticky.guardsFlaggingFootnotes : sticky.guardsSparingFootnotes;
    ctx.start = at;
    ctx.end = end;
    let accepted = true;
    // The guards are pure: asking the paragraph's first and the document's later gives what asking in order gave.
    for (let g = 0; g < guards.own.length && accepted; g++) accepted = guardHolds(guards.own[g], ctx);
    // The first pattern that matches decides, as in one alternation: a guarded-out match is not retried as another.
    return { end, pattern: sticky.pattern, accepted, pending: guards.document };
  }
  return undefined;
}

export function scanPlaceholders(doc: DocSnapshot, flagFootnoteStar: boolean): readonly PlaceholderMatch[] {
  return cache.get(doc)?.get(flagFootnoteStar) ?? finish(placeholderSteps(doc, flagFootnoteStar));
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

/** The candidates of one paragraph: what its text and part give, whatever the document around it. */
function paragraphCandidates(ctx: Scratch, flagFootnoteStar: boolean): readonly Candidate[] {
  const text = ctx.text;
  let found: Candidate[] | undefined;
  STARTS.lastIndex = 0;
  while (STARTS.test(text)) {
    const at = STARTS.lastIndex - 1;
    const hit = matchAt(ctx, at, CANDIDATES[FIRST_CHARS[text.charCodeAt(at)]], flagFootnoteStar);
    if (!hit) continue;
    if (hit.accepted) (found ??= []).push({ start: at, end: hit.end, pattern: hit.pattern, pending: hit.pending });
    // Skip past the whole run either way, so XXXX is one finding (or one spared look-alike), not four.
    if (hit.end - 1 > at) STARTS.lastIndex = hit.end;
  }
  return found ?? NO_CANDIDATES;
}

const PARTS: readonly (DocPart | undefined)[] = [undefined, "header", "footer", "footnote", "endnote", "textBox"];

/** The kept scan's inputs beside the text: the paragraph's part (a guard reads it) and the footnote option. */
const placeholderPass = paragraphPass<number, readonly Candidate[]>("placeholderScan");

/** Adds the placeholders of paragraphs [from, to) to `matches`. */
function scanRange(
  ctx: Scratch,
  doc: DocSnapshot,
  from: number,
  to: number,
  flagFootnoteStar: boolean,
  matches: PlaceholderMatch[],
  scanOne: (paragraph: DocParagraph) => readonly Candidate[],
): void {
  const paragraphs = doc.paragraphs;
  for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex];
    if (!ANY_START.test(paragraph.text)) continue;
    ctx.paragraph = paragraph;
    ctx.paragraphIndex = paragraphIndex;
    ctx.text = paragraph.text;
    const inputs = PARTS.indexOf(paragraph.part) * 2 + (flagFootnoteStar ? 1 : 0);
    const candidates = kept(placeholderPass, doc, paragraphIndex, inputs, scanOne);
    for (let c = 0; c < candidates.length; c++) {
      const { start, end, pattern, pending } = candidates[c];
      let accepted = true;
      if (pending.length > 0) {
        ctx.start = start;
        ctx.end = end;
        for (let g = 0; g < pending.length && accepted; g++) accepted = guardHolds(pending[g], ctx);
      }
      if (accepted) matches.push({ paragraphIndex, start, end, pattern });
    }
  }
}

/** scanPlaceholders in steps (../steps.ts), a slice of paragraphs each. */
export function* placeholderSteps(doc: DocSnapshot, flagFootnoteStar: boolean): Steps<readonly PlaceholderMatch[]> {
  let perOption = cache.get(doc);
  const cached = perOption?.get(flagFootnoteStar);
  if (cached) return cached;
  const matches: PlaceholderMatch[] = [];
  const paragraphs = doc.paragraphs;
  const ctx: Scratch = { text: "", start: 0, end: 0, paragraph: paragraphs[0], paragraphIndex: 0, facts: new DocFacts(doc) };
  // The paragraph being read is in ctx (scanRange set it): one function for the whole scan, no closure per paragraph.
  const scanOne = () => paragraphCandidates(ctx, flagFootnoteStar);
  yield* inSlices(paragraphs, (from, to) => scanRange(ctx, doc, from, to, flagFootnoteStar, matches, scanOne));
  if (!perOption) cache.set(doc, (perOption = new Map()));
  perOption.set(flagFootnoteStar, matches);
  return matches;
}
