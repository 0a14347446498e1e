/**
 * 概览's status while the first read is on its way, as HTML: OverviewTab puts it in an element React does not hydrate
 * the inside of, so the pane's boot can draw the figures there before React runs (../shell/boot.ts). Its words are
 * the pane's own (no document text), escaped all the same.
 */
import { UI } from "../strings";

/** Marks the element: the boot finds it by this attribute. */
export const LOADING_SLOT_ATTRIBUTE = "data-overview-first-read";

export function loadingSlotHtml(): string {
  return `<p role="status" style="margin:0">${escapeHtml(UI.overview.loading)}</p>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch);
}
