/**
 * Finds placeholders in every paragraph: one fast pass over the characters (a table lookup per code unit) for those a
 * placeholder can begin with, then the table's patterns tried in order at that position only (sticky expressions),
 * then each pattern's guards (analysis/placeholderGuards.ts), which may read the paragraph's neighbours and the document.
 * Memoised per snapshot and footnote option.
 */
import type { DocSnapshot } from "../model";
import { PLACEHOLDER_PATTERNS, PlaceholderPattern } from "../patterns/placeholders";
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

/** Each pattern as a sticky expression, with its guards for either footnote option (filtered once, not per match). */
const STICKY = PLACEHOLDER_PATTERNS.map((pattern) => {
  const guards = pattern.guards ?? [];
  return {
    pattern,
    regex: new RegExp(pattern.source, "y"),
    guardsFlaggingFootnotes: guards.filter((g) => g !== "footnoteStar"),
    guardsSparingFootnotes: guards,
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
  /** False when a guard spared the match (3×4, XXL): the run is skipped, not reported. */
  readonly accepted: boolean;
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
    for (let g = 0; g < guards.length && accepted; g++) accepted = guardHolds(guards[g], ctx);
    // The first pattern that matches decides, as in one alternation: a guarded-out match is not retried as another.
    return { end, pattern: sticky.pattern, accepted };
  }
  return undefined;
}

export function scanPlaceholders(doc: DocSnapshot, flagFootnoteStar: boolean): readonly PlaceholderMatch[] {
  return cache.get(doc)?.get(flagFootnoteStar) ?? finish(placeholderSteps(doc, flagFootnoteStar));
}

/** scanPlaceholders in steps (../steps.ts), a slice of paragraphs each. */
/** Adds the placeholders of paragraphs [from, to) to `matches`. */
function scanRange(ctx: Scratch, paragraphs: DocSnapshot["paragraphs"], from: number, to: number, flagFootnoteStar: boolean, matches: PlaceholderMatch[]): void {
  for (let paragraphIndex = from; paragraphIndex < to; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex];
    const text = paragraph.text;
    ctx.paragraph = paragraph;
    ctx.paragraphIndex = paragraphIndex;
    ctx.text = text;
    STARTS.lastIndex = 0;
    while (STARTS.test(text)) {
      const at = STARTS.lastIndex - 1;
      const hit = matchAt(ctx, at, CANDIDATES[FIRST_CHARS[text.charCodeAt(at)]], flagFootnoteStar);
      if (!hit) continue;
      if (hit.accepted) matches.push({ paragraphIndex, start: at, end: hit.end, pattern: hit.pattern });
      // Skip past the whole run either way, so XXXX is one finding (or one spared look-alike), not four.
      if (hit.end - 1 > at) STARTS.lastIndex = hit.end;
    }
  }
}

export function* placeholderSteps(doc: DocSnapshot, flagFootnoteStar: boolean): Steps<readonly PlaceholderMatch[]> {
  let perOption = cache.get(doc);
  const cached = perOption?.get(flagFootnoteStar);
  if (cached) return cached;
  const matches: PlaceholderMatch[] = [];
  const paragraphs = doc.paragraphs;
  const ctx: Scratch = { text: "", start: 0, end: 0, paragraph: paragraphs[0], paragraphIndex: 0, facts: new DocFacts(doc) };
  yield* inSlices(paragraphs, (from, to) => scanRange(ctx, paragraphs, from, to, flagFootnoteStar, matches));
  if (!perOption) cache.set(doc, (perOption = new Map()));
  perOption.set(flagFootnoteStar, matches);
  return matches;
}
