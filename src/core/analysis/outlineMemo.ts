/**
 * The outlines kept for reuse, and the one comparison that says when a kept outline serves another snapshot. The
 * pane's 格式 pass checks a new snapshot (the same paragraphs with their layouts added) right after the text pass
 * checked the plain one, and a re-check of an unchanged document reads new paragraph objects of the same text: the
 * outline reads no layout, so when every field it does read is the same it is the same outline, and need not be
 * built again. The 检查 tab's places (src/taskpane/check/locations.ts) are told from the same fields and use the same
 * comparison to keep the places already read.
 */
import type { DocSnapshot } from "../model";
import type { Outline } from "./outline";

/** True when the outline cannot tell `a` from `b`: it reads only a paragraph's text, list string, table level and part. */
export function sameOutlineInput(a: DocSnapshot, b: DocSnapshot): boolean {
  if (a === b || a.paragraphs === b.paragraphs) return true;
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  for (let i = 0; i < a.paragraphs.length; i++) {
    const p = a.paragraphs[i];
    const q = b.paragraphs[i];
    if (p === q) continue;
    if (p.text !== q.text || p.listString !== q.listString || p.tableNestingLevel !== q.tableNestingLevel || p.part !== q.part) return false;
  }
  return true;
}

/** Each snapshot's outline, so that the rules of one check share it. */
const bySnapshot = new WeakMap<DocSnapshot, Outline>();
/** The outline built last and its snapshot: the one another snapshot may share (see above). */
let latest: { readonly snapshot: DocSnapshot; readonly outline: Outline } | undefined;

/** The outline already built for `doc`, or for a snapshot the outline cannot tell from it (then kept for `doc` too). */
export function keptOutline(doc: DocSnapshot): Outline | undefined {
  const own = bySnapshot.get(doc);
  if (own || !latest || !sameOutlineInput(latest.snapshot, doc)) return own;
  bySnapshot.set(doc, latest.outline);
  return latest.outline;
}

/** Keeps the outline just built for `doc`. */
export function keepOutline(doc: DocSnapshot, outline: Outline): void {
  bySnapshot.set(doc, outline);
  latest = { snapshot: doc, outline };
}
