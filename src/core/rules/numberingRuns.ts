/**
 * Helpers the numbering rules share: the runs of the outline, the shape each run is written in, and the one way a
 * marker is rewritten (whole marker replaced, read back before it is offered).
 */
import { Fix, ParagraphEdit } from "../finding";
import type { OutlineItem } from "../analysis/outline";
import type { DocSnapshot } from "../model";
import { formatMarker, parseTextMarker, parseTextMarkerBeforeDigits } from "../markers/parse";
import type { HeadingLevel } from "../markers/shapes";
import type { CheckOptions } from "../options";
import { MAX_CHINESE_NUMBER } from "../text/numerals";

/** Outline items grouped by run, in document order. */
export function groupRuns(items: readonly OutlineItem[]): OutlineItem[][] {
  const runs = new Map<number, OutlineItem[]>();
  for (const item of items) {
    const run = runs.get(item.runId);
    if (run) run.push(item);
    else runs.set(item.runId, [item]);
  }
  return [...runs.values()];
}

/**
 * The shape a run is written in: the canonical one wherever the run uses it (a fix never turns a standard marker into
 * another: in 1、 2、 3. the 1、 and 2、 are the odd ones); otherwise a practice shape more than half of its markers use,
 * slips aside — a run written consistently in 1、 or 1． keeps its house style; otherwise the canonical shape. A run of
 * numerals alone on their lines (一 / 二, older reports) keeps that shape: its fixes rewrite such lines only.
 */
export function runTargetShape(run: readonly OutlineItem[], options: CheckOptions): string {
  const canonical = options.numbering.canonicalShapes[run[0].marker.level];
  const counts = new Map<string, number>();
  let total = 0;
  for (const item of run) {
    if (item.marker.slip) continue;
    if (item.marker.shape === canonical) return canonical;
    counts.set(item.marker.shape, (counts.get(item.marker.shape) ?? 0) + 1);
    total++;
  }
  for (const [shape, count] of counts) if (count * 2 > total) return shape;
  return canonical;
}

/** The marker as the writer should have typed it at this position. */
export function expectedMarker(item: OutlineItem, shape: string): string {
  return formatMarker(item.marker.level, item.expected, shape);
}

/**
 * The edit that rewrites a typed marker as `value` in `shape`: the whole marker replaced, so that every rule asking
 * for the same marker proposes the identical edit. None for Word automatic numbering, or when the paragraph would
 * not read back as that marker (一，二、三产业 → 一、二、三产业 reads as a list of numerals, not a heading).
 */
export function markerEdit(item: OutlineItem, shape: string, value: number, text: string): ParagraphEdit | undefined {
  if (item.marker.source !== "text" || !canWrite(shape, value)) return undefined;
  const edit: ParagraphEdit = {
    paragraphIndex: item.paragraphIndex,
    range: [item.marker.start, item.marker.end],
    text: formatMarker(item.marker.level, value, shape),
  };
  return readsBackAs(text, edit, item.marker.level, value) ? edit : undefined;
}

/**
 * The fix of a break at `run[from]`: it and every later marker of the run renumbered to follow on from the marker
 * before it as written (from 1 for a wrong start), in the run's shape. Markers that already read right stay in the
 * fix as claims (see Fix). None when a marker that must change is Word automatic numbering or would not read back.
 */
export function renumberFix(run: readonly OutlineItem[], from: number, shape: string, doc: DocSnapshot): Fix | undefined {
  const base = from > 0 ? run[from - 1].marker.value : 0;
  const edits: ParagraphEdit[] = [];
  for (let k = from; k < run.length; k++) {
    const item = run[k];
    const value = base + (k - from) + 1;
    if (!canWrite(shape, value)) return undefined;
    const wanted = formatMarker(item.marker.level, value, shape);
    if (item.marker.source !== "text") {
      if (item.marker.value === value) continue; // automatic numbering already right: nothing to claim in the text
      return undefined;
    }
    const edit = markerEdit(item, shape, value, doc.paragraphs[item.paragraphIndex].text);
    if (!edit || edit.text !== wanted) return undefined;
    edits.push(edit);
  }
  return edits.length > 0 && run[from].marker.source === "text" ? { edits } : undefined;
}

/**
 * True when `text` with `edit` applied opens with exactly the marker the edit writes, at the level and value meant,
 * and not as a slip. Every numbering fix is checked this way, so a fix never produces text the parser reads
 * differently and the rule never fires again on its own output (9×。 → 2.9×。 is not a marker: 2.9 reads as a number).
 */
export function readsBackAs(text: string, edit: { readonly range: readonly [number, number]; readonly text: string }, level: HeadingLevel, value: number): boolean {
  const [start, end] = edit.range;
  const fixed = text.slice(0, start) + edit.text + text.slice(end);
  // A marker rewritten in place may keep digits after it (10.53项 → 11.53项), as the outline read it; an inserted
  // one may not (2. before 9× makes 2.9×).
  const parsed = parseTextMarker(fixed) ?? (end > start ? parseTextMarkerBeforeDigits(fixed) : undefined);
  return parsed !== undefined && parsed.start === start && parsed.raw === edit.text && parsed.level === level && parsed.value === value && !parsed.slip;
}

/** Chinese numerals are written up to 九十九: a renumbering that would go past it is not offered. */
export function canWrite(shape: string, value: number): boolean {
  return value >= 1 && (!shape.includes("一") || value <= MAX_CHINESE_NUMBER);
}

/** Range of a finding on a marker: the marker in the text, or [0, 0) for Word automatic numbering. */
export function markerRange(item: OutlineItem): readonly [number, number] {
  return item.marker.source === "text" ? [item.marker.start, item.marker.end] : [0, 0];
}
