/**
 * What replaceSpans and addComments report back: one skipped entry per span left untouched, kept in the order of
 * the requests, and the paragraph labels their messages name when a writer must look at a paragraph themselves.
 */
import type { SkipReason, SpanStatus } from "../host/port";

/** One EditReport.skipped entry, mutable while a call collects them. */
export type Skip = { index: number; status: SpanStatus; reason?: SkipReason };

/** Reports list entries in the order of the requests, whatever order they were found in. */
export function byIndex(a: { readonly index: number }, b: { readonly index: number }): number {
  return a.index - b.index;
}

/** "第 4 段（“（一）抓好理论学习…”）": enough for the writer to find the paragraph. */
export function paragraphLabel(paragraphIndex: number, text: string): string {
  const head = [...text].slice(0, 12).join("");
  return `第 ${paragraphIndex + 1} 段（“${head}${head.length < text.length ? "…" : ""}”）`;
}
