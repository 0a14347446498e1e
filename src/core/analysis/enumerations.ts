/**
 * Inline enumerations of a snapshot, computed once and shared by the enumeration rules. A sequence lives inside one
 * scope — the paragraphs from one heading (numbered or an unnumbered title) to the next — may run across paragraphs,
 * and restarts at every new 一是. Table cells form their own context: an enumeration inside a table restarts there
 * and neither continues nor breaks the one in the body around it (a nested table likewise inside its cell).
 *
 * Sequence words (首先/其次/再次/最后) are followed for mixed styles and, once a 首先， has opened a sequence, for their
 * order. 其次 and 最后 are ordinary words too (其次是…, 最后一公里) and 再次 means "again" (再次强调): the scanner already
 * requires a mark after 首先 再次 最后, and a word counts as an item of the open sequence only where 一是-style items
 * resume a run — in the paragraph of the sequence's last item or opening a paragraph.
 */
import { DocSnapshot, isBodyParagraph } from "../model";
import type { NumberedFamily } from "../patterns/enumeration";
import { SEQUENCE_WORDS } from "../patterns/enumeration";
import { numberToChinese } from "../text/numerals";
import { isSpaceCode, leadingSpaceLength } from "../text/spaces";
import { EnumerationMarker, scanEnumerationMarkersInto } from "./enumerationScan";
import { outlineSteps } from "./outline";
import { finish, inSlices, type Steps } from "../steps";
import { ItemPlace, runIdCounter, SequenceEvent, SequenceTracker } from "./sequence";

/**
 * wordBreak: a sequence word out of place in a sequence opened by 首先 (首先…再次…其次, 首先…首先);
 * wordWithoutFirst: 其次，…再次， with no 首先 before them.
 */
export type EnumerationEvent = SequenceEvent | "mixedFamily" | "mixedOrdinal" | "word" | "wordBreak" | "wordWithoutFirst";

export interface EnumerationItem {
  readonly marker: EnumerationMarker;
  /** The family the item belongs to: its own, or the sequence it continues in another style (一是…第二，). */
  readonly family: NumberedFamily | "word";
  readonly runId: number;
  readonly expected: number;
  readonly event: EnumerationEvent;
  readonly previousValue?: number;
  /** For mixed or misplaced sequence words: what to write instead (再次, 第三，); absent when there is no one word. */
  readonly suggestion?: string;
}

const cache = new WeakMap<DocSnapshot, readonly EnumerationItem[]>();
const FAMILIES: readonly NumberedFamily[] = ["shi", "yao", "di"];
const LAST_RANK = SEQUENCE_WORDS.find((w) => w.word === "最后")!.rank;

export function analyzeEnumerations(doc: DocSnapshot): readonly EnumerationItem[] {
  return cache.get(doc) ?? finish(enumerationSteps(doc));
}

/** analyzeEnumerations in steps (../steps.ts): the outline's, then a slice of paragraphs each. */
export function* enumerationSteps(doc: DocSnapshot): Steps<readonly EnumerationItem[]> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const items = yield* buildEnumerations(doc);
  cache.set(doc, items);
  return items;
}

/** A sequence of words opened by 首先, followed item by item: the k-th item should be the word of rank k. */
interface WordRun {
  count: number;
  lastRank: number;
  lastParagraph: number;
  closed: boolean;
  readonly used: Set<number>;
  /** Indices in the items list of the sequence's words. */
  readonly itemIndices: number[];
}

/** Everything an enumeration continues within: the body under one heading, or one table (one nesting level). */
interface Context {
  readonly trackers: Map<NumberedFamily, SequenceTracker>;
  wordsSeen: Set<number>;
  words: WordRun | undefined;
  /** A 其次， seen with no sequence open: its item's index, should a 再次， follow. */
  orphan: { readonly index: number; readonly paragraphIndex: number } | undefined;
  /**
   * A loose first item waiting for the 二是 that would make it one: 一是 / 一要 with no clause start before it, or 首先
   * without a mark (首先要……；二是……).
   */
  loose: Map<NumberedFamily | "word", { readonly marker: EnumerationMarker; readonly place: ItemPlace }>;
}

/**
 * A heading closes the body's scope: sequences start afresh under every heading (domain primer §3), except that a
 * paragraph opening with the next 第N， may carry on the last one — plans number 第九，…第十一， through their
 * sections (1953-一五计划); 一是 / 一要 always start again.
 */
function closeScope(ctx: Context): void {
  // Emptied in place, not made anew: every heading and title of a long report passes here. No one keeps them.
  ctx.trackers.get("shi")!.reset();
  ctx.trackers.get("yao")!.reset();
  ctx.trackers.get("di")!.closeScope();
  ctx.wordsSeen.clear();
  ctx.words = undefined;
  ctx.orphan = undefined;
  ctx.loose.clear();
}

function* buildEnumerations(doc: DocSnapshot): Steps<EnumerationItem[]> {
  const outline = yield* outlineSteps(doc);
  const nextRunId = runIdCounter();
  const newContext = (): Context => ({
    trackers: new Map(FAMILIES.map((f) => [f, new SequenceTracker(nextRunId)])),
    wordsSeen: new Set(),
    words: undefined,
    orphan: undefined,
    loose: new Map(),
  });
  // contexts[0] is the body; contexts[n] the table at nesting level n being read.
  const contexts: Context[] = [newContext()];
  let previousLevel = 0;
  const items: EnumerationItem[] = [];
  /** One list for every paragraph's markers (its first `count`), read before the next paragraph's scan writes it. */
  const found: EnumerationMarker[] = [];
  const read = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const paragraph = doc.paragraphs[index];
      if (!isBodyParagraph(paragraph)) continue; // headers, footers, notes and text boxes hold no enumerations of the text
      const level = Math.max(0, paragraph.tableNestingLevel);
      if (outline.headingKind[index] !== undefined) {
        if (contexts[0]) closeScope(contexts[0]);
        if (contexts.length > 1) contexts.length = 1;
      }
      // Entering a table (or a table nested in a cell) opens a fresh context; leaving it returns to the one outside.
      // (Lengths are written only when they change: every paragraph passes here, and a write is no cheap store.)
      if (level > previousLevel && contexts.length > level) contexts.length = level;
      if (contexts.length > level + 1) contexts.length = level + 1;
      for (let l = contexts.length; l <= level; l++) contexts[l] = newContext();
      previousLevel = level;
      const ctx = contexts[level];
      const heading = outline.markers[index];
      const contentStart = heading && heading.source === "text" ? heading.bodyStart : leadingSpaceLength(paragraph.text);
      const count = scanEnumerationMarkersInto(paragraph.text, index, contentStart, found);
      if (count === 0) continue;
      const quoted = quotedRanges(paragraph.text);
      for (let m = 0; m < count; m++) {
        const marker = found[m];
        // “一要吃饭，二要建设”: a quotation's own enumeration is not the writer's sequence.
        if (quoted !== NO_QUOTES && quoted.some(([open, close]) => marker.start > open && marker.end <= close)) continue;
        const place: ItemPlace = { paragraphIndex: index, opensParagraph: marker.start === contentStart };
        if (marker.loose) {
          ctx.loose.set(marker.family, { marker, place });
          continue;
        }
        if (marker.family === "word") {
          const looseFirst = ctx.loose.get("word");
          ctx.loose.delete("word");
          // 首先要……其次要……: the 其次 shows the unmarked 首先 opened a sequence of words.
          if (marker.value === 2 && looseFirst && (place.opensParagraph || looseFirst.place.paragraphIndex === index)) {
            pushWord(doc.paragraphs[looseFirst.marker.paragraphIndex].text, looseFirst.marker, looseFirst.place, ctx, items);
          }
          pushWord(paragraph.text, marker, place, ctx, items);
          continue;
        }
        const loose = ctx.loose.get(marker.family);
        const looseWord = ctx.loose.get("word");
        const own = ctx.trackers.get(marker.family)!;
        const opensList = loose && (own.isEmpty || (own.nextExpected !== 2 && loose.place.paragraphIndex === index));
        if (marker.value === 2 && opensList) {
          // 加快发展一是必须……；二是……: the 二是 shows the loose 一是 was the first item — of a new list, where one
          // was open (我们第一要……，第二要…… after an earlier 第一，第二，第三，: 愚公移山).
          items.push(numberedItem(loose.marker, marker.family, ctx, loose.place, items));
        } else if (marker.value === 2 && own.isEmpty && looseWord && (place.opensParagraph || looseWord.place.paragraphIndex === index)) {
          // 首先要……；二是……: the first item, written in another style (南昌 2002, 广州 2000).
          items.push(item(looseWord.marker, marker.family, own.assume(1), 1, "mixedFamily"));
        }
        ctx.loose.delete(marker.family);
        ctx.loose.delete("word");
        items.push(numberedItem(marker, marker.family, ctx, place, items));
      }
    }
  };
  yield* inSlices(doc.paragraphs, read);
  return items;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { "“": "”", "《": "》", "「": "」", "‘": "’" };
/** Any quotation mark or title bracket: the scan jumps from one to the next instead of reading every character. */
const QUOTE_MARKS = /[“”《》「」‘’]/g;

/** What a paragraph without quotation marks gives (most of them): no lists made. */
const NO_QUOTES: ReadonlyArray<readonly [number, number]> = [];

/** [open, close] positions of the quotations and titles closed within the paragraph (an unclosed one is ignored). */
function quotedRanges(text: string): ReadonlyArray<readonly [number, number]> {
  QUOTE_MARKS.lastIndex = 0;
  if (!QUOTE_MARKS.test(text)) return NO_QUOTES;
  const ranges: Array<readonly [number, number]> = [];
  const open: Array<{ readonly closer: string; readonly at: number }> = [];
  QUOTE_MARKS.lastIndex = 0;
  while (QUOTE_MARKS.test(text)) {
    const i = QUOTE_MARKS.lastIndex - 1;
    const closer = QUOTE_PAIRS[text[i]];
    if (closer) {
      open.push({ closer, at: i });
      continue;
    }
    let k = open.length - 1;
    while (k >= 0 && open[k].closer !== text[i]) k--;
    if (k >= 0) {
      ranges.push([open[k].at, i]);
      open.length = k;
    }
  }
  return ranges;
}

/** A sequence word's item, and the words seen in its context (a 首先 starts them afresh). */
function pushWord(text: string, marker: EnumerationMarker, place: ItemPlace, ctx: Context, items: EnumerationItem[]): void {
  items.push(wordItem(text, marker, ctx, place, items.length, items));
  if (marker.value === 1) ctx.wordsSeen = new Set();
  ctx.wordsSeen.add(marker.value);
}

/** Every item is built here, all fields present in one order: one object shape for the rules' loops. */
function item(
  marker: EnumerationMarker,
  family: NumberedFamily | "word",
  runId: number,
  expected: number,
  event: EnumerationEvent,
  previousValue?: number,
  suggestion?: string,
): EnumerationItem {
  return { marker, family, runId, expected, event, previousValue, suggestion };
}

function numberedItem(marker: EnumerationMarker, family: NumberedFamily, ctx: Context, place: ItemPlace, items: EnumerationItem[]): EnumerationItem {
  const { trackers, wordsSeen } = ctx;
  const own = trackers.get(family)!;
  const words = ctx.words;
  if (marker.value === 2 && own.isEmpty && words && !words.closed && words.count === 1) {
    // 首先，……二是……三是: the sequence is 一是-style and the odd one out is 首先 (issue 8): it is reported as the
    // first item of this family, in another style. (首先，…其次，…第三，: the odd one is 第三, see mixedOrdinal.)
    if (place.opensParagraph || words.lastParagraph === place.paragraphIndex) {
      words.closed = true;
      const runId = own.assume(marker.value - 1);
      for (const index of words.itemIndices) {
        const word = items[index];
        items[index] = item(word.marker, family, runId, word.marker.value, "mixedFamily");
      }
    }
  }
  if (marker.value >= 2 && own.isEmpty) {
    // 首先……其次…… continued by 第三 or 三是: the writer switched styles.
    if (wordsSeen.has(1)) {
      return item(marker, "word", 0, marker.value, "mixedOrdinal", undefined, nextWord(wordsSeen));
    }
    // 一是……第二，/ 一是……二要: the same sequence in another style.
    const other = FAMILIES.find((f) => f !== family && trackers.get(f)!.nextExpected === marker.value);
    if (other) {
      const step = trackers.get(other)!.push(marker.value, true, place);
      return item(marker, other, step.runId, step.expected, "mixedFamily");
    }
  }
  const step = own.push(marker.value, true, place);
  return item(marker, family, step.runId, step.expected, step.event, step.previousValue);
}

function wordItem(text: string, marker: EnumerationMarker, ctx: Context, place: ItemPlace, index: number, items: EnumerationItem[]): EnumerationItem {
  const di = ctx.trackers.get("di")!;
  // 第一……其次……: a sequence opened with 第一 continued by a sequence word.
  if ((marker.value === 2 || marker.value === 3) && !ctx.wordsSeen.has(1) && !di.isEmpty) {
    return item(marker, "word", 0, marker.value, "mixedOrdinal", undefined, `第${numberToChinese(di.nextExpected ?? 2)}`);
  }
  const rank = marker.value;
  const run = ctx.words;
  const open = run !== undefined && !run.closed;
  const inRun = open && (place.opensParagraph || run.lastParagraph === place.paragraphIndex);
  if (rank === 1) {
    // 首先，甲。首先，乙。: a second 首先 before the sequence has gone on, in the same paragraph — unless it opens a
    // nested list (其中：首先，…).
    const nested = precededByColon(text, marker);
    if (open && run.count === 1 && run.lastParagraph === place.paragraphIndex && !nested) return advanceWords(marker, run, place, index);
    ctx.words = { count: 1, lastRank: 1, lastParagraph: place.paragraphIndex, closed: false, used: new Set([1]), itemIndices: [index] };
    ctx.orphan = undefined;
    return item(marker, "word", 0, 1, "word");
  }
  // 其次 without a mark (其次是…) is an item only in its own place; elsewhere it is the ordinary word.
  if (inRun && (marker.mark !== undefined || rank === run.count + 1)) return advanceWords(marker, run, place, index);
  if (open) return item(marker, "word", 0, rank, "word");
  // No 首先 opened a sequence: 其次，…再次， is still one, started at its second item.
  if (rank === 2 && marker.mark) ctx.orphan = { index, paragraphIndex: place.paragraphIndex };
  else if (rank === 3 && ctx.orphan && (place.opensParagraph || ctx.orphan.paragraphIndex === place.paragraphIndex)) {
    const orphan = items[ctx.orphan.index];
    items[ctx.orphan.index] = item(orphan.marker, "word", 0, 1, "wordWithoutFirst", undefined, wordOfRank(1));
    ctx.orphan = undefined;
  }
  return item(marker, "word", 0, rank, "word");
}

/** The next item of a word sequence: the k-th should be the word of rank k; 最后 closes it from the second item on. */
function advanceWords(marker: EnumerationMarker, run: WordRun, place: ItemPlace, index: number): EnumerationItem {
  const position = run.count + 1;
  // What the item is measured against: itself if already used (a repeat), a later word already used (out of order),
  // else the item before it (a gap).
  const value = marker.value;
  let later = 0;
  for (const used of run.used) later = Math.max(later, used);
  const previous = run.used.has(value) ? value : later > value ? later : run.lastRank;
  run.used.add(value);
  run.itemIndices.push(index);
  run.count = position;
  run.lastRank = marker.value;
  run.lastParagraph = place.paragraphIndex;
  if (marker.value === LAST_RANK) {
    run.closed = true;
    return item(marker, "word", 0, position, "word");
  }
  if (marker.value === position) return item(marker, "word", 0, position, "word");
  return item(marker, "word", 0, position, "wordBreak", previous, wordOfRank(position));
}

/** The marker follows a colon (其中：首先，…): it opens a list of its own. */
function precededByColon(text: string, marker: EnumerationMarker): boolean {
  let q = marker.start - 1;
  while (q >= 0 && isSpaceCode(text.charCodeAt(q))) q--;
  return q >= 0 && "：:".includes(text[q]);
}

/** 首先 / 其次 / 再次 for ranks 1–3; none beyond (最后 closes, and no word numbers a fourth item). */
function wordOfRank(rank: number): string | undefined {
  return SEQUENCE_WORDS.find((w) => w.rank === rank)?.word;
}

/** The next sequence word after those seen (首先 → 其次 → 再次). */
function nextWord(seen: ReadonlySet<number>): string {
  const next = SEQUENCE_WORDS.find((w) => w.rank !== 99 && !seen.has(w.rank));
  return next ? next.word : "最后";
}
