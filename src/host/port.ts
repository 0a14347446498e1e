/**
 * The port: what the task pane may ask of the document host. The pane receives an implementation of DocumentHost
 * (for Word, src/word/officeGateway.ts over Office.js, the same code over the simulated host in the playground and in
 * tests) and never touches a host's API itself; a second host (WPS) would be one more implementation.
 */
import type { DocSnapshot, DocPart } from "../core/model";
import type { ContentBlockRole } from "../core/content/types";
import type { ParagraphLayoutChange } from "../core/finding";
import type { LayoutProperty, PageLayout } from "../core/layout/types";

/** A span of text found by the check, to be located again in the live document. */
export interface SpanTarget {
  readonly paragraphIndex: number;
  /** [start, end) in UTF-16 code units of the paragraph text as it was when checked. */
  readonly start: number;
  readonly end: number;
  /** The paragraph's whole text as it was when checked: used to detect that the document changed since. */
  readonly paragraphText: string;
  /**
   * The part the paragraph was read from (header, footer, note …); absent for the main text. Said by the target, not
   * guessed from its index, so that a target read after the document grew is never taken for a header's paragraph.
   */
  readonly part?: DocPart;
}

export interface SpanEdit {
  readonly target: SpanTarget;
  /** The replacement text (empty removes the span; an empty span inserts). */
  readonly text: string;
  /**
   * Edits with the same group are written together or not at all (one finding's fix renumbering several headings):
   * when one of them cannot be located as checked, the others are skipped too, with reason "group".
   */
  readonly group?: number;
}

/** Outcome for one span: located and matching, or why not. */
export type SpanStatus = "ok" | "changed" | "missing";

/**
 * Why a located span was still not touched (added to the original contract; optional, so compatible):
 * "overlap": it overlaps an earlier edit of the same batch (status "changed": re-check, then fix again);
 * "lineBreak": the replacement holds a line break, which would split the paragraph (status "changed");
 * "failed": the host failed before reaching it (only inside PartialEditError.report);
 * "unconfirmed": the paragraph changed while the edit was being written and taking the edit back could not be
 * confirmed (only inside PartialEditError.report, whose message names the paragraph to look at);
 * "group": another edit of its group could not be applied (status "changed": re-check, then fix again).
 */
export type SkipReason = "overlap" | "lineBreak" | "failed" | "unconfirmed" | "group";

export interface EditReport {
  /** Indices (into the edits passed in) that were applied. */
  readonly applied: readonly number[];
  /** Indices that were not applied, with the reason, e.g. the paragraph changed since the check. */
  readonly skipped: readonly { readonly index: number; readonly status: SpanStatus; readonly reason?: SkipReason }[];
}

export interface CommentRequest {
  readonly target: SpanTarget;
  readonly text: string;
}

/** What addComments reports: the edit report, plus the host's id of each comment added. */
export interface CommentReport extends EditReport {
  /** The host's id (Word.Comment.id) of each comment added, by request index: what deleteComments takes. */
  readonly ids: Readonly<Record<number, string>>;
}

/** A comment in the document (in Word: WordApi 1.4), as listed for the verdict and for 删除助手批注. */
export interface DocumentComment {
  /** The host's id (Word.Comment.id): what deleteComments takes. */
  readonly id: string;
  /** What the comment says (Word.Comment.content, plain text). */
  readonly text: string;
}

/**
 * A block to insert as a paragraph. `role` decides its GB/T 9704 formatting ("recipient" is the 主送机关 line); the
 * roles are the content library's, defined once in src/core.
 */
export type BlockRole = ContentBlockRole;

export interface InsertBlock {
  readonly role: BlockRole;
  readonly text: string;
}

/**
 * Where multi-paragraph content goes: "cursor" at the cursor, replacing a selection (the default); "before" or
 * "after" the paragraph holding the start (resp. the end) of the selection, which stays whole and untouched.
 */
export type BlockPlacement = "cursor" | "before" | "after";

export interface InsertOptions {
  /** true: plain paragraphs that take the document's own styles; false: GB/T 9704 fonts, sizes and indents. */
  readonly plain: boolean;
  /**
   * Default "cursor". Choose it with placementFor(context.cursorAt) (./placement.ts) so that an insert never splits
   * a paragraph.
   */
  readonly placement?: BlockPlacement;
}

/**
 * Where the selection sits in its paragraph: "empty" a cursor in an empty paragraph; "start", "middle" or "end" a
 * cursor (no text selected) at that place of a paragraph with text; "whole" selected text covering whole
 * paragraphs; "part" selected text that does not; "unknown" when it cannot be told (a header, a text box).
 */
export type CursorPlace = "empty" | "start" | "middle" | "end" | "whole" | "part" | "unknown";

/** Where the cursor is, for context-aware numbering. */
export interface InsertionContext {
  readonly snapshot: DocSnapshot;
  /** Index of the paragraph holding the start of the selection, or -1 when it cannot be told. */
  readonly cursorParagraphIndex: number;
  /**
   * Index of the paragraph holding the end of the selection (the cursor's own paragraph when nothing or part of one
   * paragraph is selected; a selection of whole paragraphs that ends after the last one's mark ends in that one), or
   * -1 when it cannot be told: the paragraphs 一键排版 formats when the writer chose 选中的段落.
   */
  readonly selectionLastParagraphIndex: number;
  /** True when the selection covers some text (an insert will replace it). */
  readonly hasSelectedText: boolean;
  /** Where the selection sits in its paragraph(s): decides where a template goes (placementFor). */
  readonly cursorAt: CursorPlace;
  /**
   * The selection's [start, end) in the cursor paragraph's text (UTF-16; a selection reaching into a later paragraph
   * ends at this one's end): where 上一处 / 下一处 walk from. Absent when it cannot be told.
   */
  readonly cursorOffsets?: { readonly start: number; readonly end: number };
}

export interface Capabilities {
  /** Comments and document settings (in Word: WordApi 1.4). */
  readonly comments: boolean;
  /** Chinese reason shown when comments are unavailable. */
  readonly commentsUnavailableReason?: string;
}

/** What readSnapshot reads besides the text. */
export interface SnapshotOptions {
  /** Read each body paragraph's layout and the page setup too (readLayout after the text): one round trip more. */
  readonly layout?: boolean;
}

/** What applyLayout is asked to do: paragraphs to format (verified against their text first), and the page. */
export interface LayoutRequest {
  readonly paragraphs: readonly ParagraphLayoutChange[];
  /** Page setup to apply (GB/T 9704—2012 5.1–5.2); only where the host can set it (LayoutReport.notApplied says). */
  readonly page?: PageLayout;
}

export interface LayoutReport {
  /** Indices (into request.paragraphs) formatted. */
  readonly applied: readonly number[];
  /** Indices not touched because the paragraph is no longer as checked ("changed") or gone ("missing"). */
  readonly skipped: readonly { readonly index: number; readonly status: SpanStatus }[];
  /**
   * Properties this host could not set (an East Asian font below WordApiDesktop 1.3 whose read-back did not take,
   * page setup): the pane tells the writer what to set by hand.
   */
  readonly notApplied: readonly LayoutProperty[];
}

export interface DocumentHost {
  readonly capabilities: Capabilities;
  /** The whole document, in one round trip (with `layout`, readLayout's one more). */
  readSnapshot(options?: SnapshotOptions): Promise<DocSnapshot>;
  /**
   * The layout (the 格式 check) of a snapshot readSnapshot gave: `snapshot` with each main-text paragraph's layout
   * and the page's (DocSnapshot.layout), in one round trip of its own, so that the text's findings need not wait for
   * it. A paragraph whose text changed since `snapshot` was read gets no layout (never another paragraph's); what
   * the host cannot read is listed in `layout.unreadable`. When `signal` aborts, the work stops and the promise
   * rejects.
   */
  readLayout(snapshot: DocSnapshot, signal?: AbortSignal): Promise<DocSnapshot>;
  /** The snapshot plus where the cursor is, in one round trip. */
  readInsertionContext(): Promise<InsertionContext>;
  /** Selects the span (scrolling it into view) after reading it back; reports whether it still matched. */
  selectSpan(target: SpanTarget): Promise<SpanStatus>;
  /** Selects a whole paragraph (for the outline), if its text is still what was read. */
  selectParagraph(paragraphIndex: number, paragraphText: string, part?: DocPart): Promise<SpanStatus>;
  /**
   * Verifies every target first, then applies those that still match and reads the paragraphs back in the same
   * round trip: 2 round trips. When a paragraph changed between the two (the writer typed), our edits in it are
   * taken back in a third round trip and reported as skipped "changed". When the host fails midway, one more round
   * trip reads which edits landed, and a PartialEditError carries that report.
   */
  replaceSpans(edits: readonly SpanEdit[]): Promise<EditReport>;
  /**
   * Inserts paragraphs at the cursor (replacing a selection), or before/after the cursor's paragraph as
   * `options.placement` says, in one round trip.
   */
  insertBlocks(blocks: readonly InsertBlock[], options: InsertOptions): Promise<void>;
  /** Inserts text at the cursor inside the current paragraph (a stock phrase), in one round trip. */
  insertText(text: string): Promise<void>;
  /** Adds one comment per request (in Word: WordApi 1.4): 2 round trips, a third only to delete misplaced comments. */
  addComments(requests: readonly CommentRequest[]): Promise<CommentReport>;
  /** Every comment of the main text, in document order (in Word: WordApi 1.4): 1 round trip. */
  listComments(): Promise<readonly DocumentComment[]>;
  /**
   * Deletes the comments with these ids (and their replies; in Word: WordApi 1.4): 2 round trips, one to find them,
   * one to delete. Returns the ids deleted; an id no longer in the document is not an error (the writer deleted it).
   */
  deleteComments(ids: readonly string[]): Promise<readonly string[]>;
  /** Per-document storage (ignored findings): a JSON value kept in the document itself. */
  readDocumentSetting(key: string): Promise<string | undefined>;
  writeDocumentSetting(key: string, value: string): Promise<void>;
  /** Removes a per-document value (自检 leaves nothing behind in the writer's file). */
  removeDocumentSetting(key: string): Promise<void>;
  /**
   * Formats whole paragraphs (a 格式 fix, 一键排版 and taking it back) and the page, in a fixed number of round trips:
   * verify every paragraph's text and write in one, read back what took in another.
   */
  applyLayout(request: LayoutRequest): Promise<LayoutReport>;
}
