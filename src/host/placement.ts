/** Where inserted paragraphs go, decided from the cursor alone, so every host inserts a template the same way. */
import type { BlockPlacement, CursorPlace } from "./port";

/**
 * Where paragraphs go so that the writer's paragraph is never split: an empty paragraph or a selection of whole
 * paragraphs is used (replaced) as is; a cursor at the very start of a paragraph puts them before it; anywhere
 * else (and when unknown) after the paragraph holding the end of the selection.
 */
export function placementFor(cursorAt: CursorPlace): BlockPlacement {
  if (cursorAt === "empty" || cursorAt === "whole") return "cursor";
  return cursorAt === "start" ? "before" : "after";
}
