/**
 * Inline enumerations of a snapshot, computed once and shared by the enumeration rules. A sequence lives inside one
 * scope — the paragraphs from one heading (numbered or an unnumbered title) to the next — may run across paragraphs,
 * and restarts at every new 一是. Sequence words (首先/其次/再次/最后) are followed for mixed styles only.
 */
import type { DocSnapshot } from "../model";
import type { NumberedFamily } from "../patterns/enumeration";
import { SEQUENCE_WORDS } from "../patterns/enumeration";
import { numberToChinese } from "../text/numerals";
import { leadingSpaceLength } from "../text/spaces";
import { EnumerationMarker, scanEnumerationMarkers } from "./enumerationScan";
import { analyzeOutline } from "./outline";
import { ItemPlace, runIdCounter, SequenceEvent, SequenceTracker } from "./sequence";

export type EnumerationEvent = SequenceEvent | "mixedFamily" | "mixedOrdinal" | "word";

export interface EnumerationItem {
  readonly marker: EnumerationMarker;
  /** The family the item belongs to: its own, or the sequence it continues in another style (一是…第二，). */
  readonly family: NumberedFamily | "word";
  readonly runId: number;
  readonly expected: number;
  readonly event: EnumerationEvent;
  readonly previousValue?: number;
  /** For mixed sequence words: what to write instead (再次, 第三，). */
  readonly suggestion?: string;
}

const cache = new WeakMap<DocSnapshot, readonly EnumerationItem[]>();
const FAMILIES: readonly NumberedFamily[] = ["shi", "yao", "di"];

export function analyzeEnumerations(doc: DocSnapshot): readonly EnumerationItem[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const items = buildEnumerations(doc);
  cache.set(doc, items);
  return items;
}

function buildEnumerations(doc: DocSnapshot): EnumerationItem[] {
  const outline = analyzeOutline(doc);
  const nextRunId = runIdCounter();
  const trackers = new Map<NumberedFamily, SequenceTracker>(FAMILIES.map((f) => [f, new SequenceTracker(nextRunId)]));
  let wordsSeen = new Set<number>();
  const items: EnumerationItem[] = [];

  doc.paragraphs.forEach((paragraph, index) => {
    if (outline.headingKind[index] !== undefined) {
      for (const t of trackers.values()) t.reset();
      wordsSeen = new Set();
    }
    const heading = outline.markers[index];
    const contentStart = heading && heading.source === "text" ? heading.bodyStart : leadingSpaceLength(paragraph.text);
    for (const marker of scanEnumerationMarkers(paragraph.text, index, contentStart)) {
      if (marker.family === "word") {
        items.push(wordItem(marker, wordsSeen, trackers.get("di")!));
        if (marker.value === 1) wordsSeen = new Set();
        wordsSeen.add(marker.value);
        continue;
      }
      items.push(numberedItem(marker, marker.family, trackers, wordsSeen, { paragraphIndex: index, opensParagraph: marker.start === contentStart }));
    }
  });
  return items;
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

function numberedItem(
  marker: EnumerationMarker,
  family: NumberedFamily,
  trackers: Map<NumberedFamily, SequenceTracker>,
  wordsSeen: ReadonlySet<number>,
  place: ItemPlace,
): EnumerationItem {
  const own = trackers.get(family)!;
  if (marker.value >= 2 && own.isEmpty) {
    // 首先……其次…… continued by 第三: the writer switched styles.
    if (family === "di" && wordsSeen.has(1)) {
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

function wordItem(marker: EnumerationMarker, wordsSeen: ReadonlySet<number>, di: SequenceTracker): EnumerationItem {
  // 第一……其次……: a sequence opened with 第一 continued by a sequence word.
  if ((marker.value === 2 || marker.value === 3) && !wordsSeen.has(1) && !di.isEmpty) {
    return item(marker, "word", 0, marker.value, "mixedOrdinal", undefined, `第${numberToChinese(di.nextExpected ?? 2)}`);
  }
  return item(marker, "word", 0, marker.value, "word");
}

/** The next sequence word after those seen (首先 → 其次 → 再次). */
function nextWord(seen: ReadonlySet<number>): string {
  const next = SEQUENCE_WORDS.find((w) => w.rank !== 99 && !seen.has(w.rank));
  return next ? next.word : "最后";
}
