/**
 * createWordGateway: the DocumentHost over a WordHost (real Office or the simulated Word); each call runs inside
 * `guarded`, so the task pane only ever sees a HostError explained in Chinese. Round trips per call:
 * readSnapshot 1 (main text, headers, footers; +1 for several sections, notes, or hosts that ignore nested list
 * paths; a failed read of the parts costs one more, for the main text alone), readInsertionContext 1 (main text
 * only; +1 on hosts that ignore nested list paths; a cursor the body-range trick cannot reach, e.g. in a header,
 * costs a fresh read of the main text), selectSpan 2, selectParagraph 2, insertBlocks 1, insertText 1; replaceSpans 2
 * (a 3rd only to take back our edits in a paragraph the writer changed between the two; after a Word failure, 1 more
 * to read which edits landed); addComments 2 (a 3rd only to delete comments whose paragraph or text changed in
 * between); listComments 1; deleteComments 2; readLayout 1 (the body's OOXML and the page setup; its parse is sliced);
 * readSnapshot({layout}) readSnapshot's and readLayout's; applyLayout 3 (verify, write, read back).
 */
import { onDemand } from "../host/onDemand";
import type { DocSnapshot } from "../core/model";
import { deleteComments, listComments } from "./comments";
import { guarded } from "./errors";
import type { Capabilities, CursorPlace, InsertionContext, SpanTarget, DocumentHost } from "../host/port";
import type { WordHost } from "./host";
import { WORD_MESSAGES } from "./messages";
import type { PartMap } from "./parts";
import { selectParagraph, selectSpan } from "./select";
import { readDocumentSetting, removeDocumentSetting, writeDocumentSetting } from "./settings";
import { addLayout, ensureListItems, queueSnapshot, readDocument, readSnapshot } from "./snapshot";

function capabilitiesOf(host: WordHost): Capabilities {
  const comments = host.isSetSupported("WordApi", "1.4");
  return comments ? { comments } : { comments, commentsUnavailableReason: WORD_MESSAGES.commentsUnavailable };
}

/** The main text alone (the insertion context needs no more). */
async function snapshot(host: WordHost): Promise<DocSnapshot> {
  return host.run(async (context) => {
    const paragraphs = queueSnapshot(context);
    await context.sync();
    await ensureListItems(context, paragraphs);
    return readSnapshot(paragraphs);
  });
}

/**
 * Cursor paragraph in the same round trip as the snapshot: the paragraphs from the body start to the start of
 * the selection's first paragraph are counted, and comparing the last of them with that paragraph tells whether
 * Word counted the cursor's own paragraph in (a range ending where a paragraph starts may or may not include it).
 */
async function insertionContext(host: WordHost): Promise<InsertionContext> {
  return host.run(async (context) => {
    const paragraphs = queueSnapshot(context);
    const selection = context.document.getSelection();
    // eslint-disable-next-line office-addins/no-navigational-load -- isEmpty is a scalar (WordApi 1.3), not a navigation
    selection.load("isEmpty");
    const cursorParagraph = selection.paragraphs.getFirst();
    // eslint-disable-next-line office-addins/load-object-before-read -- `paragraphs` is a navigation proxy, loaded below
    const upToCursor = context.document.body.getRange("Start").expandTo(cursorParagraph.getRange("Start")).paragraphs;
    upToCursor.load("items/tableNestingLevel"); // any small property: we only need how many there are
    const relation = upToCursor.getLast().getRange("Whole").compareLocationWith(cursorParagraph.getRange("Whole"));
    // The selection's own paragraphs tell where it ends; a selection of whole paragraphs may end at the start of
    // the next one (after the last mark), and then Word lists that next paragraph too.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- `paragraphs` is a navigation proxy, loaded on the next line
    const selected = selection.paragraphs;
    selected.load("items/tableNestingLevel"); // how many there are
    const endsAtLastStart = selection.getRange("End").compareLocationWith(selected.getLast().getRange("Start"));
    const place = queueCursorPlace(selection, cursorParagraph);
    const offsets = queueCursorOffsets(selection, cursorParagraph);
    await context.sync();
    await ensureListItems(context, paragraphs);
    const count = upToCursor.items.length;
    const cursorParagraphIndex = relation.value === "Equal" ? count - 1 : count;
    const spanned = selected.items.length - (selected.items.length > 1 && endsAtLastStart.value === "Equal" ? 1 : 0);
    const selectionLastParagraphIndex = cursorParagraphIndex + Math.max(1, spanned) - 1;
    return {
      snapshot: readSnapshot(paragraphs),
      cursorParagraphIndex,
      selectionLastParagraphIndex,
      hasSelectedText: !selection.isEmpty,
      cursorAt: place(),
      cursorOffsets: offsets(),
    };
  });
}

/**
 * Where the selection sits in its paragraphs, queued in the caller's round trip: its start compared with its first
 * paragraph's start, its end with its last paragraph's end (before the mark) and start. Whatever Word answers that
 * is not "Equal" reads as "middle"/"part", which places content after the paragraph: never a split.
 */
function queueCursorPlace(selection: Word.Range, first: Word.Paragraph): () => CursorPlace {
  const last = selection.paragraphs.getLast();
  first.load("text");
  const start = selection.getRange("Start");
  const end = selection.getRange("End");
  const atStart = start.compareLocationWith(first.getRange("Start"));
  const atEnd = end.compareLocationWith(last.getRange("End"));
  // A selection of whole paragraphs may end after the last one's mark, at the start of the next paragraph.
  const atNextStart = end.compareLocationWith(last.getRange("Start"));
  return () => {
    const startsParagraph = atStart.value === "Equal";
    const endsParagraph = atEnd.value === "Equal";
    if (selection.isEmpty) {
      if (first.text === "" && startsParagraph) return "empty";
      return startsParagraph ? "start" : endsParagraph ? "end" : "middle";
    }
    return startsParagraph && (endsParagraph || atNextStart.value === "Equal") ? "whole" : "part";
  };
}

/**
 * The selection's offsets in its first paragraph, queued in the caller's round trip (after queueCursorPlace, which
 * loads the paragraph's text): the text from the paragraph's start to each end of the selection, measured. An end
 * in a later paragraph is cut at this paragraph's mark.
 */
function queueCursorOffsets(selection: Word.Range, first: Word.Paragraph): () => { start: number; end: number } {
  const toStart = first.getRange("Start").expandTo(selection.getRange("Start"));
  const toEnd = first.getRange("Start").expandTo(selection.getRange("End"));
  toStart.load("text");
  toEnd.load("text");
  return () => {
    const within = (text: string) => Math.min(first.text.length, text.split("\r")[0].length);
    const start = within(toStart.text);
    return { start, end: Math.max(start, within(toEnd.text)) };
  };
}

const loadEdits = onDemand(() => import(/* webpackChunkName: "word-edits" */ "./edits"));
const loadLayoutWriter = onDemand(() => import(/* webpackChunkName: "layout-writer" */ "./applyLayout"));
const loadInserts = onDemand(() => import(/* webpackChunkName: "word-inserts" */ "./insert"));

export function createWordGateway(host: WordHost): DocumentHost {
  const capabilities = capabilitiesOf(host);
  const notes = host.isSetSupported("WordApi", "1.5");
  // Where the latest whole-document read found its headers', footers' and notes' paragraphs, to find a part's
  // paragraph again. Whether a target is in a part is the target's to say (SpanTarget.part), never the map's: after the
  // document grows, an index past the old main text is a main-text paragraph (the host contract suite found this).
  let parts: PartMap | undefined;
  const inPart = (target: SpanTarget) => target.part !== undefined;
  return {
    capabilities,
    readSnapshot: (options) =>
      guarded(async () => {
        const read = await readDocument(host, notes);
        parts = read.parts;
        return options?.layout === true ? addLayout(host, read.snapshot) : read.snapshot;
      }),
    readLayout: (snapshot, signal) => guarded(() => addLayout(host, snapshot, () => signal?.aborted === true)),
    readInsertionContext: () =>
      guarded(() =>
        insertionContext(host).catch(async (e: unknown) => {
          // The cursor may sit where the body-range trick cannot reach (a header, a text box): still read the document.
          if (typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "InvalidArgument") {
            return { snapshot: await snapshot(host), cursorParagraphIndex: -1, selectionLastParagraphIndex: -1, hasSelectedText: false, cursorAt: "unknown" as const };
          }
          throw e;
        }),
      ),
    selectSpan: (target) => guarded(() => selectSpan(host, parts, target)),
    selectParagraph: (i, text, part) => guarded(() => selectParagraph(host, parts, i, text, part)),
    // Fixes and comments stay in the main text: one in a header or a note is refused as "missing" (Word has no
    // comments there, and a placeholder, the one finding checked there, has no fix). Both batch edits are loaded on
    // the first 修正 or 添加批注 (./edits.ts), like the layout writer: the pane's first download is the boot's, which
    // only reads (issue 11: 150 KB).
    replaceSpans: (edits) =>
      guarded(async () => {
        const { replaceSpans } = await loadEdits();
        return replaceSpans(host, edits, inPart);
      }),
    // Loaded on the first 插入 of 模板 or 常用语, as the edits are.
    insertBlocks: (blocks, options) =>
      guarded(async () => {
        const { insertBlocks } = await loadInserts();
        return insertBlocks(host, blocks, options);
      }),
    insertText: (text) =>
      guarded(async () => {
        const { insertText } = await loadInserts();
        return insertText(host, text);
      }),
    // Loaded on the first 格式 fix or 一键排版, like the reader (./layoutRead.ts): not part of the pane's first download.
    applyLayout: (request) =>
      guarded(async () => {
        const { applyLayout } = await loadLayoutWriter();
        return applyLayout(host, request);
      }),
    addComments: (requests) =>
      guarded(async () => {
        const { addComments } = await loadEdits();
        return addComments(host, requests, capabilities.comments, inPart);
      }),
    listComments: () => guarded(() => listComments(host, capabilities.comments)),
    deleteComments: (ids) => guarded(() => deleteComments(host, ids, capabilities.comments)),
    readDocumentSetting: (key) => guarded(async () => readDocumentSetting(host, key)),
    writeDocumentSetting: (key, value) => guarded(() => writeDocumentSetting(host, key, value)),
    removeDocumentSetting: (key) => guarded(() => removeDocumentSetting(host, key)),
  };
}
