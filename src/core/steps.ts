/**
 * Work given in steps. On an 800-page document and a slow office PC (issue 11: 4× CPU slowdown, a fresh pane, code
 * not yet compiled by the JIT) one pass of an analysis over every paragraph is a task of 100–200 ms, and the page
 * freezes for it. So the long passes are generators: they yield after each slice of text, and the task pane gives
 * the browser a turn there (src/taskpane/check/session.ts); the CLI and the tests run them through `finish`, back to
 * back, with the same result. One mechanism for every pass: the engine relays the yields of a rule's steps
 * (engine.ts), and a rule's steps take those of the shared analyses it reads (`yield* outlineSteps(doc)`).
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * How long a pass reads before it yields, ms: a step stays well under the 100 ms a task may take (issue 11) with the
 * rest of its rule's work, at 4× slowdown in a cold page as on a fast machine. The clock decides only where steps
 * end, never what a pass finds: a slice ends between two paragraphs, and the pass's state carries over.
 */
export const STEP_MS = 25;

/**
 * When the slice a step runs in ends (performance.now()), set by the driver that runs steps back to back
 * (src/host/turns.ts, `runSlice`); Infinity under `finish`. One budget for both clocks: a pass yields at STEP_MS after
 * its step began or at the slice's end, whichever comes first, so a step that starts late in a slice cannot stretch
 * the task by a whole STEP_MS.
 */
let sliceEnds = Number.POSITIVE_INFINITY;

/**
 * Runs `steps` until they end or the clock passes `until`, each pass yielding at that time at the latest; returns
 * the last step's result (done with its value when the work ended).
 */
export function runSlice<T>(steps: Generator<unknown, T, void>, until: number): IteratorResult<unknown, T> {
  const outer = sliceEnds;
  sliceEnds = until;
  try {
    for (;;) {
      const step = steps.next();
      if (step.done || performance.now() >= until) return step;
    }
  } finally {
    sliceEnds = outer;
  }
}

/** Characters read between two looks at the clock: about three pages, a millisecond or two at 4× before the JIT. */
const CHUNK_CHARS = 2_000;

/** Runs steps to the end at once: what every caller but the task pane wants. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Reads `items` (paragraphs, or lines with their text) in order, `read(from, to)` a chunk at a time, and yields once
 * STEP_MS have passed since the step began. A paragraph is never cut: the passes carry state from one to the next.
 * The slicing is here, once: a pass gives its loop over [from, to) and never looks at the clock or yields itself.
 * Under `finish` (the CLI, the tests) the yields cost nothing but the clock's reading.
 */
export function* inSlices(items: readonly { readonly text: string }[], read: (from: number, to: number) => void): Steps<void> {
  let since = performance.now();
  let from = 0;
  while (from < items.length) {
    let to = from;
    // +1: a document of many empty paragraphs still looks at the clock now and then.
    for (let chars = 0; to < items.length && chars < CHUNK_CHARS; to++) chars += items[to].text.length + 1;
    read(from, to);
    from = to;
    if (from < items.length && performance.now() >= Math.min(since + STEP_MS, sliceEnds)) {
      yield;
      since = performance.now();
    }
  }
}

/**
 * Items (a rule's enumeration items, outline runs) read between two looks at the clock. A rule's pass over the items
 * of an analysis already made is cheap warm (a few ms for 800 pages) but, run once in a cold page at 4×, its loop is
 * interpreted: 5,000 items took 40–250 ms in one task.
 */
const CHUNK_ITEMS = 256;

/**
 * Reads `count` items in order, `read(from, to)` a chunk at a time, yielding as inSlices does (STEP_MS after the step
 * began, or at the slice's end). For passes over a list that is not the paragraphs: an analysis's items or runs.
 */
export function* inItemSlices(count: number, read: (from: number, to: number) => void): Steps<void> {
  let since = performance.now();
  for (let from = 0; from < count; ) {
    const to = Math.min(count, from + CHUNK_ITEMS);
    read(from, to);
    from = to;
    if (from < count && performance.now() >= Math.min(since + STEP_MS, sliceEnds)) {
      yield;
      since = performance.now();
    }
  }
}
