/**
 * The pane's start (issue 11, item 8: pane ready ≤ 800 ms at 4× CPU slowdown). React and Fluent take well over that
 * to download, compile and run on an office PC, so the first screen does not wait for them:
 *
 * 1. the page's HTML already holds the pane's first screen, rendered at build time by the pane's own components
 *    (./prerender.tsx): the tab bar, 概览's heading and its reading status, with their CSS;
 * 2. this boot (no React) starts the document read at once, and when it is in, draws 概览's figures
 *    into the shell from the build-time copy of OverviewFigures (a <template>), filled with the read's numbers;
 * 3. then the pane's React code is run and hydrates the shell (./mountPane.tsx). It is in the same file as this
 *    boot (webpackMode "eager": one download, compressed as one, as issue 11's 150 KB counts it), but webpack runs
 *    a module only when it is imported, so none of it runs before this point; the first 概览 takes the boot's read (../overview/earlyRead.ts) and draws the same figures,
 *    now React's, with the outline. A tab clicked before then is opened as soon as the pane responds
 *    (./shellIntent.ts).
 *
 * Pages without a shell (the playground) skip step 2: nothing to draw into. Development builds have the shell too
 * (scripts/prerender-shell.js prerenders it again when a file of src/taskpane changes).
 */
import type { DocumentHost } from "../../host/port";
import { startEarlyRead } from "../overview/earlyRead";
import { FIGURE_TEST_IDS, type FigureValues } from "../overview/OverviewFigures.ids";
import { LOADING_SLOT_ATTRIBUTE } from "../overview/loadingSlot";
import { formatCount } from "../shared/formatCount";

/** The id of the <template> holding OverviewFigures as the build rendered it (./prerender.tsx). */
export const FIGURES_TEMPLATE_ID = "overview-figures-template";

/**
 * How long React waits for the read: a short read is drawn by the boot before React's long compile holds the page;
 * on a long document (Word can take seconds) the pane's code runs meanwhile and React draws the figures when they come.
 * As long as issue 11's budget for the figures (800 ms at 4×): a read that comes later than the wait is held unseen
 * for React's whole first run (1–2 s at 4×), so a wait shorter than the budget threw away a figure that could still
 * have met it. It was 400 ms: on a loaded machine at 4× the read often came after it (pane ready, interleaved,
 * 800/400 ms wait: median ratio 0.47; pane responds 0.92, the click is taken by the shell meanwhile).
 */
const READ_HEAD_START_MS = 800;
const HIDDEN_PAGE_WAIT_MS = 100;

export async function bootPane(word: DocumentHost, mount: () => Promise<void>): Promise<void> {
  const read = startEarlyRead(word);
  const drawn = read.then(
    (overview) => drawFigures({ words: overview.stats.words, paragraphs: overview.stats.paragraphs, headings: overview.outline.length }),
    () => undefined, // the pane's 概览 takes the same read and shows its error
  );
  await Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, READ_HEAD_START_MS))]);
  // The figures are in the page now, but a page is painted only between tasks: React's first run (a second and more
  // on an office PC) would hold them unseen. It starts after the next frame is painted.
  await afterNextPaint();
  await mount();
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden page gets no animation frames: it must not wait for one.
    const hidden = setTimeout(resolve, HIDDEN_PAGE_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(hidden);
      setTimeout(resolve, 0);
    });
  });
}

/** Fills the shell's copy of OverviewFigures and shows it in place of the reading status (no shell: nothing). */
export function drawFigures(values: FigureValues, doc: Document = document): void {
  const slot = doc.querySelector(`[${LOADING_SLOT_ATTRIBUTE}]`);
  const template = doc.getElementById(FIGURES_TEMPLATE_ID);
  if (!slot || !(template instanceof HTMLTemplateElement)) return;
  const figures = template.content.cloneNode(true) as DocumentFragment;
  for (const key of ["words", "paragraphs", "headings"] as const) {
    const number = figures.querySelector(`[data-testid="${FIGURE_TEST_IDS[key]}"]`);
    if (number) number.textContent = formatCount(values[key]);
  }
  slot.replaceChildren(figures);
}
