import type { DocParagraph, DocSnapshot } from "./model";

/**
 * Equality of plain data (what a document read and check options are: strings, numbers, booleans, arrays and plain
 * objects, nothing else), by value. A property that is absent and one that is undefined are the same, as they are
 * to every reader of a snapshot. Written as loops without allocation but the keys of each object: a snapshot of
 * 800 pages is thousands of paragraphs, compared before each check (src/taskpane/check/analyses.ts).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!sameData(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}

/**
 * True when two reads found the same document: every paragraph's text and properties, and what the reader could not
 * check. The fields are compared one by one, sameData only for the rare nested ones: this runs on thousands of
 * paragraphs in each check (src/taskpane/check/analyses.ts), and a generic walk over each paragraph's keys is slower.
 * Not in ./model.ts: that module is in the pane's first download (概览), this one only in the check's.
 */
export function sameSnapshot(a: DocSnapshot, b: DocSnapshot): boolean {
  if (a === b) return true;
  const x = a.paragraphs;
  const y = b.paragraphs;
  if (x.length !== y.length || !sameData(a.unchecked, b.unchecked) || !sameData(a.layout, b.layout)) return false;
  for (let i = 0; i < x.length; i++) if (!sameParagraph(x[i], y[i])) return false;
  return true;
}

function sameParagraph(p: DocParagraph, q: DocParagraph): boolean {
  return (
    p.text === q.text &&
    p.listString === q.listString &&
    p.listLevel === q.listLevel &&
    p.styleBuiltIn === q.styleBuiltIn &&
    p.outlineLevel === q.outlineLevel &&
    p.tableNestingLevel === q.tableNestingLevel &&
    p.part === q.part &&
    sameData(p.placeholderSpans, q.placeholderSpans) &&
    sameData(p.layout, q.layout)
  );
}
