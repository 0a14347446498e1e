/**
 * Reading the document: every paragraph's text, table nesting and automatic numbering, queued as ONE narrow
 * collection load (one round trip whatever the document size); then the headers, footers and notes (./parts.ts) in
 * the same round trip, a second only for several sections or notes.
 *
 * Only what the check reads is loaded. DocParagraph's styleBuiltIn, outlineLevel and listLevel are not: nothing in
 * src/core reads them (headings are recognised from their text and list numbers), and every extra property is paid
 * for on every paragraph of the document; broad loads froze Word for Mac on long documents. The .docx reader still
 * fills them, for the playground's simulated document.
 */
import type { DocParagraph, DocPart, DocSnapshot } from "../core/model";
import type { WordHost } from "./host";
import { inSlices } from "../host/turns";
import { readLayout, type LayoutRead } from "./layoutRead";
import { PartMap, queueParts, queueRestOfParts, readParts } from "./parts";

/** Narrow property paths: a bare load() would fetch every property of every paragraph. */
export const SNAPSHOT_PATHS = [
  "items/text",
  "items/tableNestingLevel",
  "items/isListItem",
  "items/listItemOrNullObject/listString",
].join(",");

/** Queues the load; call context.sync() once, then readSnapshot(). */
export function queueSnapshot(context: Word.RequestContext): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(SNAPSHOT_PATHS);
  return paragraphs;
}

/** True when the host honoured the nested listItemOrNullObject paths (some may not: then we load per item). */
function listLoaded(p: Word.Paragraph): boolean {
  try {
    return p.listItemOrNullObject.isNullObject || typeof p.listItemOrNullObject.listString === "string";
  } catch {
    return false; // PropertyNotLoaded: the host ignored the nested path; handled by ensureListItems.
  }
}

/**
 * Fallback for hosts that ignore nested paths in a collection load: loads the list items of the numbered
 * paragraphs only, in one more round trip. Returns false when nothing was needed (the usual case).
 */
export async function ensureListItems(context: Word.RequestContext, paragraphs: Word.ParagraphCollection): Promise<boolean> {
  if (!queueListItems(paragraphs)) return false;
  await context.sync();
  return true;
}

/** Queues the fallback's loads (see ensureListItems); true when there were any. */
function queueListItems(paragraphs: Word.ParagraphCollection): boolean {
  const missing = paragraphs.items.filter((p) => p.isListItem && !listLoaded(p));
  for (const p of missing) p.listItemOrNullObject.load("listString");
  return missing.length > 0;
}

function toParagraph(p: Word.Paragraph): DocParagraph {
  const base = { text: p.text, tableNestingLevel: p.tableNestingLevel };
  if (!p.isListItem) return base;
  const item = p.listItemOrNullObject;
  if (item.isNullObject) return base;
  return { ...base, listString: item.listString };
}

export function readSnapshot(paragraphs: Word.ParagraphCollection): DocSnapshot {
  return { paragraphs: paragraphs.items.map(toParagraph) };
}

/** A whole-document read, and where its parts' paragraphs are (for locating findings there). */
export interface DocumentRead {
  readonly snapshot: DocSnapshot;
  readonly parts: PartMap;
}

/** The main text and its parts, in one round trip (two for several sections, notes or a host ignoring nested paths). */
async function readAll(host: WordHost, notes: boolean): Promise<DocumentRead> {
  const unchecked: DocPart[] = notes ? ["textBox"] : ["footnote", "endnote", "textBox"];
  return host.run(async (context) => {
    const paragraphs = queueSnapshot(context);
    const parts = queueParts(context, notes);
    await context.sync();
    const listsMissing = queueListItems(paragraphs);
    if (queueRestOfParts(parts) || listsMissing) await context.sync();
    const body = readSnapshot(paragraphs).paragraphs;
    const read = readParts(parts);
    const snapshot: DocSnapshot = { paragraphs: [...body, ...read.paragraphs], unchecked };
    return { snapshot, parts: new PartMap(body.length, read.places) };
  });
}

/** Paragraphs given their layout per step: few enough that a step stays short at 4× CPU slowdown. */
const LAID_OUT_PER_STEP = 250;

/**
 * The snapshot with each of its first `bodyCount` paragraphs' layout, and the document's layout info, in steps
 * (src/core/steps.ts) for the pane's scheduler: the copy of an 800-page report's 7,000 paragraphs, each with its
 * layout, was one task of 13–40 ms in Node, 50–150 ms at 4× in the pane (issue 11, item 8).
 */
export function* withLayoutSteps(snapshot: DocSnapshot, bodyCount: number, read: LayoutRead): Generator<void, DocSnapshot, void> {
  const paragraphs: DocParagraph[] = [];
  const all = snapshot.paragraphs;
  for (let i = 0; i < all.length; i++) {
    const layout = i < bodyCount ? read.layouts[i] : undefined;
    paragraphs.push(layout ? { ...all[i], layout } : all[i]);
    if (i % LAID_OUT_PER_STEP === LAID_OUT_PER_STEP - 1) yield;
  }
  return { ...snapshot, paragraphs, layout: read.info };
}

/**
 * The main text, then the headers and footers, and the notes when `notes` (WordApi 1.5): 1 round trip, 2 for a
 * document with several sections or with notes (the list-number fallback shares that second one). Text boxes are
 * never read (no API below WordApiDesktop 1.2): listed in `unchecked`, with the notes when they were not read.
 * The layout is read apart, after this (addLayout): the text's findings need not wait for Word's getOoxml.
 */
export async function readDocument(host: WordHost, notes: boolean): Promise<DocumentRead> {
  try {
    return await readAll(host, notes);
  } catch {
    // Headers on some Word build, or notes, may fail where the main text would not: read the main text alone, and
    // say which parts were not checked. If that fails too, its error is the one the writer sees.
    const snapshot = await host.run(async (context) => {
      const paragraphs = queueSnapshot(context);
      await context.sync();
      await ensureListItems(context, paragraphs);
      return readSnapshot(paragraphs);
    });
    const missed: DocPart[] = ["header", "footer", "footnote", "endnote", "textBox"];
    return { snapshot: { ...snapshot, unchecked: missed }, parts: new PartMap(snapshot.paragraphs.length, []) };
  }
}

/**
 * `snapshot` with the layout of its main-text paragraphs (which come first) and of the page, read in a round trip
 * of its own (./layoutRead.ts): a paragraph changed since `snapshot` was read gets none. Where Word refuses the
 * OOXML, every layout property is listed as unreadable. @throws SlicedWorkCancelled when `cancelled` says so between
 * slices.
 */
export async function addLayout(host: WordHost, snapshot: DocSnapshot, cancelled?: () => boolean): Promise<DocSnapshot> {
  let bodyCount = 0;
  while (bodyCount < snapshot.paragraphs.length && snapshot.paragraphs[bodyCount].part === undefined) bodyCount++;
  const texts = snapshot.paragraphs.slice(0, bodyCount).map((p) => p.text);
  const read = await readLayout(host, texts, cancelled);
  return inSlices(withLayoutSteps(snapshot, bodyCount, read), cancelled);
}
