/**
 * Per-paragraph reuse across checks. A writer fixes one paragraph of an 800-page report and clicks 重新检查: every
 * other paragraph reads as it did, and the per-paragraph work of the long passes (the placeholder scan, the marker
 * scan, the punctuation rules' scans) would give what it gave before. So that work is kept by its inputs — the
 * paragraph's text and whatever else of it the pass reads — and a later check that meets a paragraph with the same
 * inputs takes the kept result; the document-level parts (runs across paragraphs, guards that look at neighbours) are
 * run again over the kept results. One mechanism for every pass: a pass declares a `ParagraphPass` (its name and how
 * its other inputs compare) and asks `kept` for each paragraph.
 *
 * What is kept must be a function of the inputs alone, free of the paragraph's index (offsets within the paragraph;
 * the pass attaches the index when it uses a result: a paragraph inserted above moves every one below), and never
 * written by whoever reads it (the passes hand out copies, or nothing of it).
 *
 * Layout: per snapshot, flat columns by paragraph index (its texts, a bit per pass with a result, and per pass a list
 * of inputs and one of results), not an object per paragraph: what one check keeps survives into the next, and in V8 every
 * object that survives is copied by the young generation's collector and then marked by the old one's — kept as one
 * object per paragraph and pass, the reuse cost a first check more in garbage collection than it saved a re-check.
 * The inputs a pass compares are therefore plain values or objects of the snapshot (which live as long anyway).
 *
 * Carrying over: a snapshot met for the first time takes, for each paragraph whose text the snapshot read before it
 * holds, that paragraph's results (all passes'): the 格式 read of a check carries the text passes' results on to the
 * next 重新检查 although it runs only the 格式 rules. Most paragraphs of a re-read stand where they stood, or a few
 * places off after an insertion or a deletion, so each is first compared with the previous snapshot's paragraph at
 * its place (the shift learnt as it goes): a string comparison, many times cheaper than hashing 600,000 characters
 * into a map. Only when paragraphs keep failing that (a pasted block, a moved section) is a map of the previous
 * snapshot's texts built, and given up when it finds too few (another document).
 *
 * Bound: the results of the snapshot read last (held, with that snapshot, until the next one) and of the snapshots
 * callers still hold (the columns hang on the snapshot, weakly): a pane open all day, or a CLI batch of many files,
 * keeps one document's worth. Per pass and paragraph, at most VARIANTS_MAX results for other inputs.
 */
import type { DocParagraph, DocSnapshot } from "./model";

/** A pass whose per-paragraph work is kept: inputs `I` beside the text, result `V`. */
export interface ParagraphPass<I, V> {
  readonly name: string;
  /** True when a result computed with inputs `a` serves `b` (the text being the same): every field the pass reads. */
  readonly sameInputs: (a: I, b: I) => boolean;
  /** Results worked out (a miss) and taken from the kept ones, since the counters were last reset: for tests. */
  computed: number;
  reused: number;
  /** Paragraph indices worked out, when traced (resetPassCounters(true)): for tests. */
  readonly computedAt: number[];
  /** The pass's column. */
  readonly slot: number;
  /** Phantom: the result's type. */
  readonly _value?: V;
}

interface Variant {
  readonly inputs: unknown;
  readonly code: number;
  readonly value: unknown;
}

/** What is kept for one snapshot, by paragraph index (see the layout above). */
interface Columns {
  readonly texts: readonly string[];
  /** Bit `slot` set: the pass has a result for the paragraph. */
  readonly filled: Int32Array;
  /**
   * Per pass (by slot): the inputs and the result of each paragraph, made on the pass's first use. One list per pass
   * and paragraphs, not one for all: V8 keeps a list made longer than 100,000 as a hash table.
   */
  readonly inputs: Array<unknown[] | undefined>;
  readonly values: Array<unknown[] | undefined>;
  /** Per pass: the number `kept` was given beside the inputs (0 when none), made on first use. */
  readonly codes: Array<Float64Array | undefined>;
  readonly passes: number;
  /** Older results for other inputs (the same text in a table and outside), by index × passes + slot. Rare. */
  more: Map<number, Variant[]> | undefined;
}

/**
 * Results kept per pass for the same text with different other inputs (the same text under several layouts, in a
 * table and outside): a few, the oldest dropped first. Empty paragraphs are the common case of many.
 */
const VARIANTS_MAX = 8;

const passes: ParagraphPass<unknown, unknown>[] = [];

/** Declares a pass; `sameInputs` defaults to identity (a pass whose inputs are a number, a string, a flag). */
export function paragraphPass<I, V>(name: string, sameInputs: (a: I, b: I) => boolean = Object.is): ParagraphPass<I, V> {
  // One bit per pass in Columns.filled.
  if (passes.length >= 31) throw new Error("paragraphMemo: too many passes");
  const pass: ParagraphPass<I, V> = { name, sameInputs, computed: 0, reused: 0, computedAt: [], slot: passes.length };
  passes.push(pass as ParagraphPass<unknown, unknown>);
  return pass;
}

let bySnapshot = new WeakMap<DocSnapshot, Columns>();
/** The columns of the snapshot met last: what the next snapshot carries over. */
let latest: Columns | undefined;
let traceComputed = false;

/** How far from its expected place a paragraph is looked for before the map is asked. */
const NEAR = 2;
/** Misses in a row before the map is built (one edited paragraph is one miss). */
const MISSES_BEFORE_MAP = 2;

/** The snapshot asked about last and its columns: every pass asks for each paragraph, nearly always of one snapshot. */
let askedDoc: DocSnapshot | undefined;
let askedColumns: Columns | undefined;

function columnsOf(doc: DocSnapshot): Columns {
  if (doc === askedDoc) return askedColumns!;
  let columns = bySnapshot.get(doc);
  if (columns === undefined) {
    const paragraphs = doc.paragraphs;
    const texts = new Array<string>(paragraphs.length);
    for (let i = 0; i < paragraphs.length; i++) texts[i] = paragraphs[i].text;
    columns = { texts, filled: new Int32Array(paragraphs.length), inputs: [], values: [], codes: [], passes: passes.length, more: undefined };
    if (latest !== undefined) carryOver(latest, columns);
    bySnapshot.set(doc, columns);
    latest = columns;
  }
  askedDoc = doc;
  askedColumns = columns;
  return columns;
}

/** Copies into `to` the results `from` holds for each paragraph of the same text (see "Carrying over" above). */
function carryOver(from: Columns, to: Columns): void {
  const previous = from.texts;
  let shift = 0;
  let missesInRow = 0;
  let byKey: Map<number, number> | undefined;
  let mapLookups = 0;
  let mapFound = 0;
  for (let index = 0; index < to.texts.length; index++) {
    const text = to.texts[index];
    let found = -1;
    for (let d = 0; d <= NEAR && found < 0; d++) {
      if (previous[index + shift + d] === text) found = index + shift + d;
      else if (d > 0 && previous[index + shift - d] === text) found = index + shift - d;
    }
    if (found < 0) {
      missesInRow++;
      // The map pays off when it finds paragraphs: given up after 64 lookups that found fewer than a quarter.
      if (missesInRow >= MISSES_BEFORE_MAP && (mapLookups < 64 || mapFound * 4 >= mapLookups)) {
        byKey ??= keyMap(previous);
        mapLookups++;
        const place = byKey.get(textKey(text));
        if (place !== undefined && previous[place] === text) {
          mapFound++;
          found = place;
        }
      }
    }
    if (found < 0) continue;
    shift = found - index;
    missesInRow = 0;
    if (from.filled[found] !== 0) copyResults(from, found, to, index);
  }
}

function copyResults(from: Columns, j: number, to: Columns, i: number): void {
  const count = Math.min(from.passes, to.passes);
  to.filled[i] = from.filled[j] & ((1 << count) - 1);
  for (let slot = 0; slot < count; slot++) {
    const inputs = from.inputs[slot];
    if (inputs === undefined || (to.filled[i] & (1 << slot)) === 0) continue;
    column(to, to.inputs, slot)[i] = inputs[j];
    column(to, to.values, slot)[i] = from.values[slot]![j];
    const codes = from.codes[slot];
    if (codes !== undefined) codeColumn(to, slot)[i] = codes[j];
  }
  if (from.more === undefined) return;
  for (let slot = 0; slot < count; slot++) {
    const older = from.more.get(j * from.passes + slot);
    if (older !== undefined) (to.more ??= new Map()).set(i * to.passes + slot, older.slice());
  }
}

/**
 * Where each text stands in the previous snapshot, keyed by a number made of the text's length and a few of its
 * characters, not by the text: hashing every paragraph's whole text is the cost alignment spares. A key shared by two
 * texts keeps the later; the text is compared when found.
 */
/** The list of a pass in `columns` (`of`: its inputs or its values), made on first use. */
function column(columns: Columns, of: Array<unknown[] | undefined>, slot: number): unknown[] {
  return (of[slot] ??= new Array<unknown>(columns.texts.length));
}

function codeColumn(columns: Columns, slot: number): Float64Array {
  return (columns.codes[slot] ??= new Float64Array(columns.texts.length));
}

function keyMap(texts: readonly string[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let k = 0; k < texts.length; k++) map.set(textKey(texts[k]), k);
  return map;
}

function textKey(text: string): number {
  const n = text.length;
  return (n * 31 + text.charCodeAt(0)) * 31 + text.charCodeAt(n >> 1) + text.charCodeAt(n - 1) * 65599;
}

/**
 * The result of `pass` for paragraph `index` of `doc` under `inputs`: the one kept for the same text and inputs, or
 * `compute(paragraph, inputs)`, then kept. `compute` must read nothing of the paragraph but its text and what
 * `inputs` holds (or what `sameInputs` compares) and `code` says, and nothing of the document. `code`: inputs that
 * fit in a number (a role, an offset), compared as they are: no object made per paragraph to hold them.
 */
export function kept<I, V>(
  pass: ParagraphPass<I, V>,
  doc: DocSnapshot,
  index: number,
  inputs: I,
  compute: (paragraph: DocParagraph, inputs: I) => V,
  code = 0,
): V {
  const columns = columnsOf(doc);
  const paragraph = doc.paragraphs[index];
  const slot = pass.slot;
  // A pass declared after the snapshot was first met (a module loaded late) has no column in it.
  if (slot >= columns.passes) return compute(paragraph, inputs);
  const bit = 1 << slot;
  const filled = columns.filled[index];
  if ((filled & bit) !== 0) {
    if ((columns.codes[slot]?.[index] ?? 0) === code && pass.sameInputs(columns.inputs[slot]![index] as I, inputs)) {
      pass.reused++;
      return columns.values[slot]![index] as V;
    }
    const older = columns.more?.get(index * columns.passes + slot);
    if (older !== undefined) {
      for (let v = older.length - 1; v >= 0; v--) {
        if (older[v].code === code && pass.sameInputs(older[v].inputs as I, inputs)) {
          pass.reused++;
          return older[v].value as V;
        }
      }
    }
  }
  const value = compute(paragraph, inputs);
  pass.computed++;
  if (traceComputed) pass.computedAt.push(index);
  if ((filled & bit) !== 0) {
    // The newest stays at hand; the one it replaces joins the older ones (at most VARIANTS_MAX in all).
    const key = index * columns.passes + slot;
    const more = (columns.more ??= new Map());
    let older = more.get(key);
    if (older === undefined) more.set(key, (older = []));
    if (older.length >= VARIANTS_MAX - 1) older.shift();
    older.push({ inputs: columns.inputs[slot]![index], code: columns.codes[slot]?.[index] ?? 0, value: columns.values[slot]![index] });
  }
  columns.filled[index] = filled | bit;
  column(columns, columns.inputs, slot)[index] = inputs;
  column(columns, columns.values, slot)[index] = value;
  if (code !== 0 || columns.codes[slot] !== undefined) codeColumn(columns, slot)[index] = code;
  return value;
}

/** Forgets everything kept (tests: a fresh engine) and zeroes the counters. */
export function clearParagraphMemo(): void {
  bySnapshot = new WeakMap();
  latest = undefined;
  askedDoc = undefined;
  askedColumns = undefined;
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

/** How many paragraphs of the snapshot met last hold a kept result, of how many (tests check the bound). */
export function keptParagraphs(): { readonly kept: number; readonly of: number } {
  if (latest === undefined) return { kept: 0, of: 0 };
  let count = 0;
  for (let i = 0; i < latest.filled.length; i++) if (latest.filled[i] !== 0) count++;
  return { kept: count, of: latest.filled.length };
}
