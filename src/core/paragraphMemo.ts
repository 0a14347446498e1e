/**
 * Per-paragraph reuse across checks. A writer fixes one paragraph of an 800-page report and clicks 重新检查: every
 * other paragraph reads as it did, and the per-paragraph work of the long passes (the placeholder scan, the marker
 * scans, the 格式 judgement of each paragraph) would give what it gave before. So that work is kept by its inputs —
 * the paragraph's text and whatever else of it the pass reads — and a later check that meets a paragraph with the same
 * inputs takes the kept result; the document-level parts (runs across paragraphs, guards that look at neighbours) are
 * run again over the kept results. One mechanism for every pass: a pass declares a `ParagraphPass` (its name and how
 * its other inputs compare) and asks `kept` for each paragraph.
 *
 * What is kept must be a function of the inputs alone, free of the paragraph's index (offsets within the paragraph;
 * the pass attaches the index when it uses a result: a paragraph inserted above moves every one below), and never
 * written by whoever reads it (kept results are frozen or copied by the passes that could write them).
 *
 * Finding a paragraph's entry: most paragraphs of a re-read stand where they stood in the snapshot read before, or a
 * few places off after an insertion or a deletion, so each is first compared with the previous snapshot's paragraph
 * at its place (the shift learnt as it goes): a string comparison, many times cheaper than hashing 600,000
 * characters into a map at every check. Only when paragraphs keep failing that (a pasted block, a moved section, a
 * different document) is a map of the previous snapshot's texts built, once, and used while it finds them.
 *
 * Bound: two generations. Each snapshot met for the first time opens a generation: the entries kept are those of its
 * paragraphs and of the snapshot read before it (what one check's text and its 格式 read, or two checks, used);
 * anything older is dropped (still reachable only from a snapshot a caller keeps, for as long as it does). Each entry
 * holds one result per pass and at most VARIANTS_MAX per pass for other inputs: a pane open all day, or a CLI batch
 * of many files, does not grow.
 */
import type { DocParagraph, DocSnapshot } from "./model";

/** A pass whose per-paragraph work is kept: inputs `I` beside the text, result `V`. */
export interface ParagraphPass<I, V> {
  readonly name: string;
  /** True when a result computed with inputs `a` serves `b` (the text being the same): every field the pass reads. */
  readonly sameInputs: (a: I, b: I) => boolean;
  /** Results worked out (a miss) and taken from the kept ones, since the counters were last cleared: for tests. */
  computed: number;
  reused: number;
  /** Paragraph indices worked out in the current snapshot's pass, when `traceComputed` is on: for tests. */
  readonly computedAt: number[];
  /** The slot of this pass in an entry. */
  readonly slot: number;
  /** Phantom: the result's type. */
  readonly _value?: V;
}

interface Variant {
  readonly inputs: unknown;
  readonly value: unknown;
}

/**
 * What is kept of one paragraph text: per pass (by slot) its newest result with the inputs it was worked out under,
 * and older results for other inputs in `more` (rare: the same text in a table and outside). Flat arrays, not an
 * object per pass: an 800-page document keeps thousands of entries, and each was garbage once dropped.
 */
interface Entry {
  readonly text: string;
  /** Bit `slot` set: the pass has a result here. */
  filled: number;
  readonly inputs: unknown[];
  readonly values: unknown[];
  more: Array<Variant[] | undefined> | undefined;
}

/**
 * Results kept per pass for the same text with different other inputs (the same text under several layouts, in a
 * table and outside): a few, the oldest dropped first. Empty paragraphs are the common case of many.
 */
const VARIANTS_MAX = 8;

const passes: ParagraphPass<unknown, unknown>[] = [];

/** Declares a pass; `sameInputs` defaults to identity (a pass whose inputs are a number, a string, a flag). */
export function paragraphPass<I, V>(name: string, sameInputs: (a: I, b: I) => boolean = Object.is): ParagraphPass<I, V> {
  // One bit per pass in Entry.filled.
  if (passes.length >= 31) throw new Error("paragraphMemo: too many passes");
  const pass: ParagraphPass<I, V> = { name, sameInputs, computed: 0, reused: 0, computedAt: [], slot: passes.length };
  passes.push(pass as ParagraphPass<unknown, unknown>);
  return pass;
}

/** The entries of the snapshot opened last (by paragraph index), and of the one before it. */
let currentList: Array<Entry | undefined> = [];
let previousList: Array<Entry | undefined> = [];
/** Where each text stands in previousList, built when alignment fails (see above); undefined until then. */
let previousByText: Map<string, number> | undefined;

/** How a snapshot's paragraphs are being matched with the previous snapshot's. */
interface Matching {
  readonly list: Array<Entry | undefined>;
  /** The previous snapshot's paragraph `index + shift` is where paragraph `index` is looked for first. */
  shift: number;
  /** Paragraphs in a row that alignment did not find. */
  missesInRow: number;
  /** Lookups in the map, and those that found an entry: the map is given up when it finds too few. */
  mapLookups: number;
  mapFound: number;
}

let records = new WeakMap<DocSnapshot, Matching>();
let traceComputed = false;

/** How far from its expected place a paragraph is looked for before the map is asked. */
const NEAR = 2;
/** Misses in a row before the map is built (one edited paragraph is one miss). */
const MISSES_BEFORE_MAP = 2;

function matching(doc: DocSnapshot): Matching {
  let found = records.get(doc);
  if (found === undefined) {
    // A snapshot not met before opens a generation (see the bound above).
    previousList = currentList;
    previousByText = undefined;
    currentList = new Array<Entry | undefined>(doc.paragraphs.length);
    found = { list: currentList, shift: 0, missesInRow: 0, mapLookups: 0, mapFound: 0 };
    records.set(doc, found);
  }
  return found;
}

/** The entry for paragraph `index` with `text`: the previous snapshot's where it matches, else a new one. */
function entryFor(m: Matching, index: number, text: string): Entry {
  const previous = previousList;
  const at = index + m.shift;
  let entry = previous[at];
  if (entry !== undefined && entry.text === text) {
    m.missesInRow = 0;
    return entry;
  }
  for (let d = -NEAR; d <= NEAR; d++) {
    entry = previous[at + d];
    if (d !== 0 && entry !== undefined && entry.text === text) {
      m.shift += d;
      m.missesInRow = 0;
      return entry;
    }
  }
  m.missesInRow++;
  // The map pays off when it finds paragraphs: given up after 64 lookups that found fewer than a quarter.
  const mapWorth = m.mapLookups < 64 || m.mapFound * 4 >= m.mapLookups;
  if (m.missesInRow >= MISSES_BEFORE_MAP && mapWorth && previous.length > 0) {
    if (previousByText === undefined) {
      previousByText = new Map();
      for (let k = 0; k < previous.length; k++) {
        const e = previous[k];
        if (e !== undefined) previousByText.set(e.text, k);
      }
    }
    m.mapLookups++;
    const place = previousByText.get(text);
    if (place !== undefined) {
      m.mapFound++;
      m.shift = place - index;
      m.missesInRow = 0;
      return previous[place]!;
    }
  }
  return { text, filled: 0, inputs: [], values: [], more: undefined };
}

/**
 * The result of `pass` for paragraph `index` of `doc` under `inputs`: the one kept for the same text and inputs, or
 * `compute(paragraph, inputs)`, then kept. `compute` must read nothing of the paragraph but its text and what
 * `inputs` holds (or what `sameInputs` compares), and nothing of the document.
 */
export function kept<I, V>(pass: ParagraphPass<I, V>, doc: DocSnapshot, index: number, inputs: I, compute: (paragraph: DocParagraph, inputs: I) => V): V {
  const m = matching(doc);
  const paragraph = doc.paragraphs[index];
  let entry = m.list[index];
  if (entry === undefined) m.list[index] = entry = entryFor(m, index, paragraph.text);
  const slot = pass.slot;
  const bit = 1 << slot;
  if ((entry.filled & bit) !== 0) {
    if (pass.sameInputs(entry.inputs[slot] as I, inputs)) {
      pass.reused++;
      return entry.values[slot] as V;
    }
    const older = entry.more?.[slot];
    if (older !== undefined) {
      for (let v = older.length - 1; v >= 0; v--) {
        if (pass.sameInputs(older[v].inputs as I, inputs)) {
          pass.reused++;
          return older[v].value as V;
        }
      }
    }
  }
  const value = compute(paragraph, inputs);
  pass.computed++;
  if (traceComputed) pass.computedAt.push(index);
  if ((entry.filled & bit) !== 0) {
    // The newest stays at hand; the one it replaces joins the older ones (at most VARIANTS_MAX in all).
    const more = (entry.more ??= []);
    const older = (more[slot] ??= []);
    if (older.length >= VARIANTS_MAX - 1) older.shift();
    older.push({ inputs: entry.inputs[slot], value: entry.values[slot] });
  }
  entry.filled |= bit;
  entry.inputs[slot] = inputs;
  entry.values[slot] = value;
  return value;
}

/** Forgets everything kept (tests: a fresh engine) and zeroes the counters. */
export function clearParagraphMemo(): void {
  currentList = [];
  previousList = [];
  previousByText = undefined;
  records = new WeakMap();
  resetPassCounters();
}

/** Zeroes every pass's counters; with `trace`, each pass also lists the indices it works out (tests). */
export function resetPassCounters(trace = traceComputed): void {
  traceComputed = trace;
  for (const pass of passes) {
    pass.computed = 0;
    pass.reused = 0;
    pass.computedAt.length = 0;
  }
}

/** Every declared pass (tests and the benchmark read their counters). */
export function paragraphPasses(): readonly ParagraphPass<unknown, unknown>[] {
  return passes;
}

/** How many entries are kept now, in the last two snapshots' lists (tests check the bound). */
export function keptEntries(): number {
  const kept = new Set<Entry>();
  for (const list of [previousList, currentList]) for (const e of list) if (e !== undefined) kept.add(e);
  return kept.size;
}
