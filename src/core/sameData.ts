/**
 * Equality of plain data (what a document read and check options are: strings, numbers, booleans, arrays and plain
 * objects, nothing else), by value. A property that is absent and one that is undefined are the same, as they are
 * to every reader of a snapshot. Written as loops without allocation but the keys of each object: a snapshot of
 * 800 pages is thousands of paragraphs, compared before each check (src/taskpane/check/textAnalyses.ts).
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
