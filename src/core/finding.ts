/** The finding model shared by the rules, the fixer, the CLI and the task pane (after textlint and Harper). */

export type Severity = "error" | "warning" | "info";

import type { TargetLayout } from "./layout/types";

/**
 * The groups the 检查 tab and the CLI report by, in reporting order: the one list every other place (the engine's
 * summary, the pane's order, the house style's switches, the default options) derives from.
 */
export const CATEGORIES = ["numbering", "enumeration", "placeholder", "structure", "punctuation", "layout"] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * A replacement inside one paragraph. `range` is [start, end) in UTF-16 code units of the paragraph's text;
 * an empty range inserts, an empty `text` removes.
 */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** The same replacement: same range, same text. */
export function sameTextEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** A TextEdit in a given paragraph of the snapshot. */
export interface ParagraphEdit extends TextEdit {
  readonly paragraphIndex: number;
}

/**
 * What 修正 does for one finding: edits applied together or not at all. The first edit is always the finding's own
 * span. A renumbering also rewrites the later markers of its run (一、三、四、 → 一、二、三、: one finding, two edits);
 * an edit whose text equals the text it replaces is a claim, not a change: it says the fix wants that marker to stay
 * as written, so that the planner (fixPlan.ts) does not combine it with another fix that would renumber it
 * differently. Only edits that change text are sent to Word.
 */
export interface Fix {
  readonly edits: readonly ParagraphEdit[];
}

/** A fix of one edit in one paragraph: what most rules propose. */
export function singleEditFix(paragraphIndex: number, range: readonly [number, number], text: string): Fix {
  return { edits: [{ paragraphIndex, range, text }] };
}

export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Simplified Chinese, from the message catalogue: what is wrong and what to write instead. */
  readonly message: string;
  /** 0-based index into DocSnapshot.paragraphs. */
  readonly paragraphIndex: number;
  /**
   * [start, end), 0-based, end-exclusive, in UTF-16 code units of the paragraph's `text`.
   * For a finding about Word automatic numbering (`onListString`), the range is [0, 0).
   */
  readonly range: readonly [number, number];
  /** Exactly `text.slice(range[0], range[1])`: what the Word layer searches for. */
  readonly excerpt: string;
  /**
   * Surrounding text for display, with the excerpt inside it: each side ends at a clause boundary when one is near,
   * and `cutBefore` / `cutAfter` say that a side was cut mid-phrase instead (text/contextAround.ts).
   */
  readonly context: { readonly before: string; readonly after: string; readonly cutBefore?: boolean; readonly cutAfter?: boolean };
  /** True when the finding is about the automatic list number (listString), which a text fix cannot change. */
  readonly onListString?: boolean;
  readonly fix?: Fix;
  /**
   * What 修正 does for a 格式 finding: give these whole paragraphs a layout (no text changes). A finding has `fix` or
   * `layoutFix`, never both.
   */
  readonly layoutFix?: LayoutFix;
  /**
   * What makes two findings of the rule the same when the finding has no excerpt (a 格式 finding about whole
   * paragraphs: role and deviation, not the count, which changes as the writer edits): ignore keys use it instead of the
   * excerpt, so that 忽略全部相同 ignores exactly the same deviation (src/core/ignore.ts).
   */
  readonly sameAs?: string;
  readonly suggestions?: readonly string[];
  /** The clause the rule rests on ("GB/T 9704—2012 7.3.3") or "惯例". */
  readonly basis: string;
}

/** One paragraph to give a layout, located again by its text as it was when checked (like a SpanTarget). */
export interface ParagraphLayoutChange {
  readonly paragraphIndex: number;
  readonly paragraphText: string;
  readonly layout: TargetLayout;
}

export interface LayoutFix {
  readonly paragraphs: readonly ParagraphLayoutChange[];
}
