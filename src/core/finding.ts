/** The finding model shared by the rules, the fixer, the CLI and the task pane (after textlint and Harper). */

export type Severity = "error" | "warning" | "info";

/** The four groups the 检查 tab and the CLI report by. */
export type Category = "numbering" | "enumeration" | "placeholder" | "structure";

/**
 * A replacement inside one paragraph. `range` is [start, end) in UTF-16 code units of the paragraph's text;
 * an empty range inserts, an empty `text` removes.
 */
export interface Fix {
  readonly range: readonly [number, number];
  readonly text: string;
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
  /** Surrounding text for display, with the excerpt inside it. */
  readonly context: { readonly before: string; readonly after: string };
  /** True when the finding is about the automatic list number (listString), which a text fix cannot change. */
  readonly onListString?: boolean;
  readonly fix?: Fix;
  readonly suggestions?: readonly string[];
  /** The clause the rule rests on ("GB/T 9704—2012 7.3.3") or "惯例". */
  readonly basis: string;
}
