/** Helpers the numbering rules share: the runs of the outline and the shape each run should be written in. */
import type { Fix } from "../finding";
import type { OutlineItem } from "../analysis/outline";
import { formatMarker, parseTextMarker } from "../markers/parse";
import type { HeadingLevel } from "../markers/shapes";
import type { CheckOptions } from "../options";

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
 * The shape a run should use: the one shape its well-formed markers share (a consistent 1、 run stays 1、), or the
 * canonical shape when they mix shapes or are all malformed.
 */
export function runTargetShape(run: readonly OutlineItem[], options: CheckOptions): string {
  const level = run[0].marker.level;
  const canonical = options.numbering.canonicalShapes[level];
  const accepted = new Set(run.filter((i) => i.marker.form !== "malformed").map((i) => i.marker.shape));
  if (accepted.size === 1) {
    const [only] = accepted;
    return only === "一" ? canonical : only; // a bare numeral line cannot take a fix shape of its own
  }
  return canonical;
}

/** Map from run id to its target shape, for every run of the outline. */
export function targetShapes(items: readonly OutlineItem[], options: CheckOptions): Map<number, string> {
  const shapes = new Map<number, string>();
  for (const run of groupRuns(items)) shapes.set(run[0].runId, runTargetShape(run, options));
  return shapes;
}

/** The marker as the writer should have typed it at this position. */
export function expectedMarker(item: OutlineItem, shape: string): string {
  return formatMarker(item.marker.level as HeadingLevel, item.expected, shape);
}

/**
 * The fix for a marker typed in the text: the whole marker replaced by the expected one. Every numbering rule uses
 * the same replacement for the same marker, so their fixes coincide and apply once. No fix when the result would
 * not read back as that marker (一，二、三产业 → 一、二、三产业 reads as a list of numerals, not a heading).
 */
export function markerFix(item: OutlineItem, shape: string, text: string): Fix | undefined {
  if (item.marker.source !== "text") return undefined;
  const fix: Fix = { range: [item.marker.start, item.marker.end], text: expectedMarker(item, shape) };
  return readsBackAs(text, fix, item.marker.level, item.expected) ? fix : undefined;
}

/**
 * True when `text` with `fix` applied opens with exactly the marker the fix writes, at the level and value meant.
 * Every numbering fix is checked this way, so a fix never produces text the parser reads differently and the rule
 * never fires again on its own output (9×。 → 2.9×。 is not a marker: 2.9 reads as a number).
 */
export function readsBackAs(text: string, fix: Fix, level: HeadingLevel, value: number): boolean {
  const [start, end] = fix.range;
  const parsed = parseTextMarker(text.slice(0, start) + fix.text + text.slice(end));
  return parsed !== undefined && parsed.start === start && parsed.raw === fix.text && parsed.level === level && parsed.value === value && parsed.form !== "malformed";
}

/** Range of a finding on a marker: the marker in the text, or [0, 0) for Word automatic numbering. */
export function markerRange(item: OutlineItem): readonly [number, number] {
  return item.marker.source === "text" ? [item.marker.start, item.marker.end] : [0, 0];
}
