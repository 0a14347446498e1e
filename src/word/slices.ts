/**
 * Long work on the pane's thread in slices: the steps of a resumable job (src/docx's Steps: the OOXML reader; the
 * simulated Word's getOoxml) run back to back for a few milliseconds, then the browser gets a turn (paint, input, the
 * writer's click on 取消) before the next slice. Issue 11 allows no task over 100 ms at 4× CPU slowdown: a slice is
 * timed by the clock, so it stays short on a slow PC too, as long as one step is (each is well under a millisecond).
 */
import type { Steps } from "../core/steps";
import { nextTurn } from "../taskpane/shared/nextTurn";

/**
 * How long one slice may run before the browser gets a turn, ms: a task over 50 ms is a long task, and the work that
 * follows the last slice in the same task (pairing the paragraphs) needs room; shorter slices cost more turns, each
 * a frame the browser may draw while the list of findings grows.
 */
export const SLICE_MS = 30;

/** Runs `steps` to the end, giving the browser a turn every SLICE_MS; `cancelled` is asked between slices. */
export async function inSlices<T>(steps: Steps<T>, cancelled?: () => boolean): Promise<T> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await nextTurn();
    if (cancelled?.()) {
      steps.return(undefined as never);
      throw new SlicedWorkCancelled();
    }
  }
}

export class SlicedWorkCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "SlicedWorkCancelled";
  }
}
