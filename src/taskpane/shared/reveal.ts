/**
 * A long list drawn a screenful first and the rest in later turns (issue 11, item 8: at 4× CPU slowdown no task over
 * 100 ms): the 检查 tab's findings, and 概览's outline of a long report (a thousand headings). An 800-page report
 * gives some 330 finding cards with 900 buttons; drawn in one React pass they held the page for over a second on an
 * office PC, and the verdict waited for all of them. Here the first pass draws what fills the pane (the verdict and
 * the first cards), and each later turn adds a batch sized from how long the previous one took, so that every piece
 * stays short on a slow PC and few turns are needed on a fast one. A batch's cost is React's drawing and the browser's
 * frame after it (style, layout, paint of the new cards): sized by React's part alone, batches grew to the maximum
 * while the frames after them took longer than the budget (issue 11, item 8). The count never shrinks while the list is shown:
 * a re-check keeps what was drawn (unchanged cards are not drawn again, see FindingCard's and GroupCard's memo), so
 * focus and the writer's place in the list stay.
 */
import { useLayoutEffect, useRef, useState } from "react";
import { nextTurn } from "../../host/turns";

/** About what a 340 × 720 px pane shows under the verdict, in units (a card, or one location row of a group). */
export const FIRST_UNITS = 12;
/** What a batch aims at, ms: React's drawing and the browser's frame after it together (two tasks, each well within 100 ms). */
const BATCH_TARGET_MS = 40;
const MIN_BATCH = 4;
const MAX_BATCH = 200;

/**
 * How many units to draw now, out of `total`: `first` at first (what fills the pane: FIRST_UNITS unless the list
 * starts lower down), then more each turn until all are drawn. While `paused` (the 检查 tab checking again: the list
 * shown is about to be replaced), no more are drawn: drawing the rest of a list a re-check is replacing took turns
 * from the re-check's analysis when 重新检查 came before the last check's list was all drawn.
 */
export function useRevealed(total: number, first = FIRST_UNITS, paused = false): number {
  const [revealed, setRevealed] = useState(first);
  const batch = useRef({ size: MIN_BATCH * 2, started: 0, added: 0, reactMs: 0 });
  useLayoutEffect(() => {
    const current = batch.current;
    if (current.started > 0) {
      // How long React took to render and commit the last batch; its frame is timed below.
      current.reactMs = performance.now() - current.started;
      current.started = 0;
    }
    // Fewer units than were revealed (a re-check's text findings, before its 格式 findings join): what is drawn is
    // `total`; units that come back later (the 格式 section) are drawn again in batches, never all in one task.
    if (revealed > Math.max(total, first)) {
      setRevealed(Math.max(total, first));
      return;
    }
    if (revealed >= total || paused) return;
    let cancelled = false;
    // After the browser has painted what is there (a frame), in a task of its own.
    const frame = requestAnimationFrame(() => {
      // The frame's style, layout and paint come after this callback and before the turn below.
      const frameStarted = performance.now();
      void nextTurn().then(() => {
        if (cancelled) return;
        if (current.added > 0) {
          // The last batch's whole cost (anything else that ran meanwhile only makes the next batch smaller).
          const perUnit = Math.max(0.05, (current.reactMs + performance.now() - frameStarted) / current.added);
          current.size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(BATCH_TARGET_MS / perUnit)));
          current.added = 0;
        }
        const add = Math.min(current.size, total - revealed);
        current.started = performance.now();
        current.added = add;
        setRevealed(revealed + add);
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [revealed, total, first, paused]);
  return Math.min(revealed, Math.max(total, first));
}

/**
 * Shares `units` out in list order: for each section (its items' unit costs, in order), how many of its items fit.
 * A section's share ends at the first item that does not fit, and every section after it gets none.
 */
export function shareOut(units: number, sections: readonly (readonly number[])[]): number[] {
  let left = units;
  return sections.map((costs) => {
    let fit = 0;
    while (fit < costs.length && left >= costs[fit]) left -= costs[fit++];
    if (fit < costs.length) left = 0;
    return fit;
  });
}
