/**
 * The pane's one scheduler: how long work on the pane's thread gives the browser its turns (paint, input, the
 * writer's click on 取消). Issue 11 allows no task over 100 ms at 4× CPU slowdown. The Word layer (the OOXML read of
 * the 格式 check), the simulated Word (standing for Word's own process) and the pane's step drivers all take their
 * turns here, so none of them imports a pane file and all of them slice alike.
 *
 * The work comes as Steps (src/core/steps.ts): a resumable job whose every step is short. `inSlices` runs steps back
 * to back for SLICE_MS by the clock, so a slice stays short on a slow PC too, as long as one step is.
 */
import { runSlice } from "../core/steps";

/**
 * A turn of the event loop for the browser (paint, input), without the 4 ms that browsers add to a setTimeout(0)
 * nested more than five deep (HTML's timer rules): a message posted to ourselves runs as the next task. A check of
 * a long document takes a turn every SLICE_MS, dozens of them on 800 pages, so the clamp would cost tens of
 * milliseconds for nothing.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * How long one slice may run before the browser gets a turn, ms: a task over 50 ms is a long task. A pass that reads
 * in slices of text (core's inSlices) yields at the slice's end too (runSlice), so it overruns it by one chunk of
 * text, not by a whole step; other steps overrun by their own length (a few ms at 4×). Shorter slices cost more turns, each a frame the browser may
 * draw while the list of findings grows.
 */
export const SLICE_MS = 30;

/**
 * Runs `steps` to the end, giving the browser a turn before the first slice, between slices and after the last;
 * `cancelled` is asked after every turn but the last. The turns at both ends keep a slice out of the task of the
 * work around it: the simulated Word's last slice of the package, the pane's first slice of its parse, and what
 * the pane does with the parsed result were one task of two slices and more (at 4×, 100–150 ms).
 */
export async function inSlices<T>(steps: Generator<unknown, T, void>, cancelled?: () => boolean): Promise<T> {
  for (;;) {
    await nextTurn();
    if (cancelled?.()) {
      steps.return(undefined as never);
      throw new SlicedWorkCancelled();
    }
    const step = runSlice(steps, performance.now() + SLICE_MS);
    if (step.done) {
      await nextTurn();
      return step.value;
    }
  }
}

export class SlicedWorkCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "SlicedWorkCancelled";
  }
}
