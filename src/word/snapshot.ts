/**
 * Reading the document: every paragraph's text, built-in style, outline level, table nesting and automatic
 * numbering, queued as ONE narrow collection load (one round trip whatever the document size).
 */
import type { DocParagraph, DocSnapshot } from "../core/model";

/** Narrow property paths: a bare load() would fetch every property of every paragraph. */
export const SNAPSHOT_PATHS = [
  "items/text",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/tableNestingLevel",
  "items/isListItem",
  "items/listItemOrNullObject/listString",
  "items/listItemOrNullObject/level",
].join(",");

/** Queues the load; call context.sync() once, then readSnapshot(). */
export function queueSnapshot(context: Word.RequestContext): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(SNAPSHOT_PATHS);
  return paragraphs;
}

/** Word reports body text as outline level 10 (wdOutlineLevelBodyText); only 1–9 are heading levels. */
function headingLevel(n: number): number | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
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
  const missing = paragraphs.items.filter((p) => p.isListItem && !listLoaded(p));
  if (missing.length === 0) return false;
  for (const p of missing) p.listItemOrNullObject.load("listString,level");
  await context.sync();
  return true;
}

function toParagraph(p: Word.Paragraph): DocParagraph {
  const base = {
    text: p.text,
    styleBuiltIn: p.styleBuiltIn || undefined,
    outlineLevel: headingLevel(p.outlineLevel),
    tableNestingLevel: p.tableNestingLevel,
  };
  if (!p.isListItem) return base;
  const item = p.listItemOrNullObject;
  if (item.isNullObject) return base;
  return { ...base, listString: item.listString, listLevel: item.level };
}

export function readSnapshot(paragraphs: Word.ParagraphCollection): DocSnapshot {
  return { paragraphs: paragraphs.items.map(toParagraph) };
}
