/**
 * The contract suite's shapes: checks written once against the port, run by jest over the simulated host and, later,
 * by the pane's 自检 inside a blank real document. Each runner provides a ContractDocument to set content up, because
 * setting content up is not something the port offers (nor should: the pane never rewrites a whole document).
 */
import type { LayoutAlignment } from "../../core/layout/types";
import type { DocumentHost } from "../port";

/**
 * Direct formatting a set-up paragraph carries (the layout checks read it back and change it). Every property the
 * checks compare is given, so the writer's Normal template (a Chinese one justifies and may indent) never decides.
 */
export interface ContractFormat {
  readonly eastAsiaFont: string;
  readonly latinFont: string;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly alignment: LayoutAlignment;
  /** First-line indent in characters (0: none). */
  readonly firstLineChars: number;
}

/** A paragraph to set up: automatic numbering shown before the text, or the paragraph inside a table cell. */
export interface ContractParagraph {
  readonly text: string;
  /** The list number Word would show (e.g. "一、"), not part of `text`. */
  readonly listString?: string;
  /** true: the paragraph sits in a one-cell table (nesting level 1). */
  readonly inTable?: boolean;
  /** Direct formatting of the whole paragraph; absent: whatever the document's defaults give. */
  readonly format?: ContractFormat;
  /** The built-in paragraph style (OOXML w:pStyle) the paragraph takes; absent: Normal. */
  readonly style?: "Heading1";
}

export type ContractLine = string | ContractParagraph;

/** What a runner offers a check besides the port: setting content up and playing the writer. */
export interface ContractDocument {
  /** Replaces the whole document (main text) with these paragraphs and puts the cursor at its start. */
  setParagraphs(lines: readonly ContractLine[]): Promise<void>;
  /** Puts the cursor at `start` of paragraph `paragraphIndex`, or selects [start, end) there. */
  setSelection(paragraphIndex: number, start: number, end?: number): Promise<void>;
  /**
   * Plays a writer typing while the host works: right before the host's `roundTrip`-th round trip (1-based, counted
   * from this call), paragraph `paragraphIndex`'s text becomes `text`. Once. Absent when the runner cannot hook the
   * host's round trips; checks that need it are then skipped.
   */
  retypeBeforeRoundTrip?(roundTrip: number, paragraphIndex: number, text: string): void;
  /** The document's comments: the text each is anchored to and what it says. Absent when the runner cannot read them. */
  comments?(): Promise<readonly { readonly excerpt: string; readonly text: string }[]>;
}

export interface ContractOutcome {
  readonly ok: boolean;
  /** What was seen, in Chinese for IT staff: on a failure, enough to tell what the writer will see instead. */
  readonly observed: string;
  /** true when the check could not run here (a capability or runner hook missing); `ok` is then true. */
  readonly skipped?: boolean;
}

export interface ContractCheck {
  /** Stable, for reports and tests. */
  readonly id: string;
  /** Chinese, shown to IT staff. */
  readonly title: string;
  /**
   * Chinese, for IT staff and writers: what a writer meets when this point fails in their Word, and what to do
   * instead. Shown with a failed line of the 自检 report.
   */
  readonly ifFails: string;
  /** The README "Verify on real Word" point this check observes, when it observes one. */
  readonly readmePoint?: number;
  run(host: DocumentHost, doc: ContractDocument): Promise<ContractOutcome>;
}
