/**
 * The pane on an office PC: headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), against
 * the production build's pane-bench.html (dist/ served on 127.0.0.1): the task pane alone, 340 px wide, over the
 * simulated Word holding the document in memory (src/playground/paneBench.tsx). The playground would also draw the
 * whole document beside the pane, and that drawing is no part of what the pane costs a writer in Word.
 *
 * - Pane ready: Word's document open → the first tab and the 概览 figures painted, a fresh context per load (cold
 *   cache). The page's first screen is prerendered and its boot draws the figures before React has run
 *   (src/taskpane/shell/boot.ts), so this is also measured:
 * - Pane responds: Word's document open → the 检查 tab, clicked as soon as it is painted, selected: when the pane's
 *   React code has taken the page over (hydrated) and acted on that click. Loads alternate with the ready ones.
 *   How both are seen without a cost to the page: watchPanePaint. Where they start: WORD_OPEN_MARK.
 * - 检查 on a long document: click → the text's findings and verdict painted (the budget), and click → the 格式
 *   findings in (the verdict complete: data-layout-check on the verdict leaves "pending"), with every long task
 *   (PerformanceObserver "longtask", over 50 ms) from the click to completion. The pane analyses the document 概览
 *   read ahead, in idle time (src/taskpane/check/analyses.ts), so what the check finds analysed matters; measured
 *   both ways, in fresh panes opened at 4×: clicked after WRITER_PAUSE_MS (a writer reading the figures first: the
 *   analysis ahead is done), and clicked as soon as the 检查 tab and its button show, one paragraph having been
 *   changed in Word first (the writer typing): the read is not the one analysed ahead, and the check analyses it.
 *   (Clicked at once without an edit, as this scene was until 2026-12-02, the check mostly found the analysis ahead
 *   done once it no longer stopped when 概览 was left: the 检查 button shows a second or more after the figures at 4×.)
 * - 重新检查 after an edit: in the pane of that first check, the same paragraph changed again in Word, then 重新检查,
 *   measured the same way. Both of them analyse the whole text, so the budget "a re-check no slower than the first"
 *   compares these two, pair by pair in one browser (first, re-check, paused, a new page …): a busy machine slows
 *   all alike, and no median is compared with another.
 */
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { documentLines, generateDocument } from "../../tests/support/generateDocument";
import { stats, type Stats } from "./engine";

type ServeDist = { serveDist: (root: string, port: number) => Promise<Server> };
type Chromium = { chromiumLaunchOptions: () => Parameters<typeof chromium.launch>[0] };

/** The plain CommonJS helpers the browser tests use, from the repository (this file runs compiled elsewhere). */
export function helpers(root: string): ServeDist & Chromium {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serve = require(path.join(root, "scripts", "serve-dist.js")) as ServeDist;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const launch = require(path.join(root, "scripts", "chromium.js")) as Chromium;
  return { ...serve, ...launch };
}

export const CPU_SLOWDOWN = 4;

/**
 * Where the pane's start is counted from: the mark pane-bench.html's first script sets (src/playground/paneBenchHost.tsx,
 * which names it alike) when the simulated Word has its document open, before the page's first screen is parsed. In
 * Word the document is open before the pane's page exists; here the simulated Word builds it in that page. Not counted:
 * the page's request and that script (the simulated Word's code and the building of the sample). Counted, as the
 * pane's in Word: its HTML and CSS parsed, its first screen painted, its bundle compiled and run, its read through the
 * simulated Office.js, the paint. Figures in the page's clock (performance.now()) less the mark's time.
 */
export const WORD_OPEN_MARK = "gongwen-bench:word-open";

/** What src/playground/paneBench.tsx adds to its window. */
export interface BenchWindow {
  readonly gongwenBench: { open(lines: readonly string[]): Promise<void>; edit(paragraph: number, text: string): void };
}

/** A 1366×768 office screen's browser area, about: the pane is as tall as Word's window. */
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * From 概览's figures on the page to the click on 检查 in the paused scene: a writer who reads the figures, then
 * clicks the 检查 tab and its button. Two seconds is quick for that; the analysis ahead of 800 pages at 4× takes
 * about one second of idle time.
 */
export const WRITER_PAUSE_MS = 2000;

/**
 * An edit made in Word: one paragraph's text changed, differently for each `round` (0: before the first check, 1:
 * before the re-check), so that neither check finds its read analysed already.
 */
export function benchEdit(lines: readonly string[], round = 0): { paragraph: number; text: string } {
  const paragraph = Math.floor(lines.length / 2);
  return { paragraph, text: `${lines[paragraph]}全年完成调研${12 + round}次。` };
}

export interface CheckTiming {
  /** Click → the text's findings and the verdict painted, ms. */
  readonly ms: number;
  /** Click → the 格式 findings in and painted (the verdict complete), ms. */
  readonly completeMs: number;
  /** Durations of the long tasks (> 50 ms) from the click to completion, ms. */
  readonly longTasks: readonly number[];
}

export interface PaneSpeed {
  readonly slowdown: number;
  readonly ready: Stats;
  /** Navigation → a tab clicked at first sight of the tab bar is selected (the pane hydrated and responding). */
  readonly responds: Stats;
  readonly pages: number;
  readonly characters: number;
  /** 检查 clicked at once in a fresh pane, one paragraph changed in Word since 概览 read it. */
  readonly first: readonly CheckTiming[];
  /** 重新检查 in that pane after one paragraph was edited in Word. */
  readonly again: readonly CheckTiming[];
  /** 检查 clicked WRITER_PAUSE_MS after the figures showed, in a fresh pane. */
  readonly paused: readonly CheckTiming[];
  readonly firstMs: Stats;
  readonly againMs: Stats;
  readonly pausedMs: Stats;
  /** Click → 格式 in, first check and re-check. */
  readonly firstCompleteMs: Stats;
  readonly againCompleteMs: Stats;
  readonly pausedCompleteMs: Stats;
  /** Re-check time over first-check time, pair by pair. */
  readonly againOverFirst: Stats;
  /** The longest task seen in any check, ms. */
  readonly longestTask: number;
}

/** The page at CPU_SLOWDOWN, through a CDP session of its own (returned: the profiler uses it too). */
export async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return cdp;
}

/**
 * A cold load at CPU_SLOWDOWN: `until`'s figure (from Word's document open: WORD_OPEN_MARK). The paint watcher is in the page before its
 * first byte; `clickCheckTab` makes it click the 检查 tab at first sight (pane responds).
 */
async function coldLoad(browser: Browser, url: string, clickCheckTab: boolean, until: (page: Page) => Promise<number>): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await watchPanePaint(page, { clickCheckTab });
    await throttled(page);
    await page.goto(url, { waitUntil: "commit" });
    return await until(page);
  } finally {
    await context.close();
  }
}

/**
 * How the pane's start is seen, without costing the page. It was a poll in every animation frame asking each time for
 * offsetParent and getBoundingClientRect, which forces the loading page's style and layout in every frame: at 4× that
 * poll was 365 ms of the pane's start-up in the profile, the bench's own cost counted as the pane's.
 *
 * Now the browser says when it painted: Element Timing (PerformanceElementTiming, in Chromium since 77) reports the
 * first paint of the text of an element marked `elementtiming`, with its renderTime (the frame's presentation time,
 * in the page's clock). A text is reported for the element whose block holds its line (a grid or flex item, a
 * paragraph, a button), so an element and all of its descendants get the mark. The marks are put by this watcher, a
 * script run before the page's own (page.addInitScript): a MutationObserver marks the tabs and the 段落数 figure as
 * they enter the page (the parser's shell, the boot's figures, or React's if it drew them first),
 * before they can be painted (mutations are delivered at the end of the task that made them, and a page paints only
 * between tasks), then stops watching. The page's own markup is untouched and nothing reads its layout.
 *
 * - Pane ready: the later of the two paints, the tab bar's text and the 段落数 figure's number: the first frame the
 *   writer sees both (the old poll answered at the start of the frame that would paint them, a little earlier).
 * - Pane responds: the 检查 tab is clicked when its paint is reported (a real click event, as a writer's, whatever has
 *   loaded by then); the answer is the first animation frame after it became the selected tab (aria-selected seen by a
 *   MutationObserver, not polled), as before.
 */
export async function watchPanePaint(page: Page, options: { clickCheckTab: boolean }): Promise<void> {
  await page.addInitScript(panePaintWatcher, { ...options, wordOpenMark: WORD_OPEN_MARK });
}

/** What the watcher leaves on the page's window. */
interface PaintWindow {
  gongwenPanePaint?: { ready: Promise<number>; responds: Promise<number> };
}

/** Run in the page before its own scripts (serialised by Playwright: self-contained). */
function panePaintWatcher({ clickCheckTab, wordOpenMark }: { clickCheckTab: boolean; wordOpenMark: string }): void {
  const TAB = "bench-tab";
  const CHECK_TAB = "bench-check-tab";
  const FIGURE = "bench-paragraphs-figure";
  const FIGURE_SELECTOR = '[data-testid="stat-paragraphs"]';
  const WATCH_TIMEOUT_MS = 60_000;
  /** When each was first painted: any tab's text (the tab bar), the 检查 tab's, the 段落数 figure's. */
  const painted = new Map<string, number>();
  function checkTab(): HTMLElement | undefined {
    const tabs = document.querySelectorAll('[data-testid="taskpane"] [role="tab"]');
    return [...tabs].find((el) => (el.textContent ?? "").includes("检查")) as HTMLElement | undefined;
  }
  // Times in the page's clock, from the moment Word's document was open (WORD_OPEN_MARK): a page without it fails.
  const sinceWordOpen = (ms: number) => {
    const open = performance.getEntriesByName(wordOpenMark, "mark")[0];
    if (!open) throw new Error(`no "${wordOpenMark}" mark in the page: the simulated Word's script did not run first`);
    return ms - open.startTime;
  };
  let resolveReady: (ms: number) => void = () => undefined;
  let resolveResponds: (ms: number) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const timeout = (what: string) =>
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${WATCH_TIMEOUT_MS / 1000} s`)), WATCH_TIMEOUT_MS));
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const ready = Promise.race([new Promise<number>((resolve) => (resolveReady = resolve)), timeout("pane ready"), failure]);
  const responds = Promise.race([new Promise<number>((resolve) => (resolveResponds = resolve)), timeout("pane responds"), failure]);
  ready.catch(() => undefined);
  responds.catch(() => undefined);
  (window as unknown as PaintWindow).gongwenPanePaint = { ready, responds };

  // Marks an element and its descendants: the text's block may be any of them.
  const markTree = (el: Element, id: string) => {
    el.setAttribute("elementtiming", id);
    for (const each of el.querySelectorAll("*")) each.setAttribute("elementtiming", id);
  };
  // Looks only at the elements each mutation added (no search of the page, no layout; a first version that searched
  // the page at each mutation cost 17-150 ms at 4x): an element inside a tab, or the figure or a subtree holding it.
  const entering = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.closest('[role="tab"]')) markTree(el, TAB);
        else if (el.matches(FIGURE_SELECTOR)) markTree(el, FIGURE);
        else {
          const figure = el.querySelector(FIGURE_SELECTOR);
          if (figure) markTree(figure, FIGURE);
        }
      }
    }
  });
  entering.observe(document, { childList: true, subtree: true });

  const onSelected = () => {
    if (checkTab()?.getAttribute("aria-selected") !== "true") return;
    selected.disconnect();
    requestAnimationFrame(() => {
      try {
        resolveResponds(sinceWordOpen(performance.now()));
      } catch (error) {
        failed(error);
      }
    });
  };
  const selected = new MutationObserver(onSelected);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; element: Element | null })[]) {
      const at = entry.renderTime || entry.startTime;
      if (entry.identifier === FIGURE && !painted.has(FIGURE)) painted.set(FIGURE, at);
      if (entry.identifier !== TAB) continue;
      if (!painted.has(TAB)) painted.set(TAB, at);
      const isCheckTab = (entry.element?.closest('[role="tab"]')?.textContent ?? "").includes("检查");
      if (!isCheckTab || painted.has(CHECK_TAB)) continue;
      painted.set(CHECK_TAB, at);
      if (clickCheckTab) {
        selected.observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-selected"] });
        checkTab()?.click();
        onSelected();
      }
    }
    if (painted.size === 3) entering.disconnect();
    const tab = painted.get(TAB);
    const figure = painted.get(FIGURE);
    try {
      if (tab !== undefined && figure !== undefined) resolveReady(sinceWordOpen(Math.max(tab, figure)));
    } catch (error) {
      failed(error);
    }
  }).observe({ type: "element", buffered: true });
}

/** Word's document open → a 检查 tab clicked at first sight is selected, ms (watchPanePaint with clickCheckTab). */
export function waitForPaneResponds(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paint = (window as unknown as PaintWindow).gongwenPanePaint;
    return paint ? paint.responds : Promise.reject(new Error("no paint watcher in the page (watchPanePaint before goto)"));
  });
}

/** Word's document open → the first tab and the 概览 figures painted, ms (watchPanePaint before the navigation). */
export function waitForPaneReady(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paint = (window as unknown as PaintWindow).gongwenPanePaint;
    return paint ? paint.ready : Promise.reject(new Error("no paint watcher in the page (watchPanePaint before goto)"));
  });
}

/**
 * Clicks the 检查 / 重新检查 button inside the page and resolves at the first frame where the text's part of the
 * check is over (the tab no longer aria-busy, having been busy since the click) and the verdict shows, then at the
 * first frame where the verdict is complete (its data-layout-check no longer "pending"), with the long tasks from
 * the click to completion. What the page shows is all it reads: no hook of the pane's.
 */
export function timeCheckInPage(): Promise<CheckTiming> {
  const pane = document.querySelector('[data-testid="taskpane"]');
  const buttons = [...(pane?.querySelectorAll("button") ?? [])] as HTMLButtonElement[];
  const run = buttons.find((b) => b.getAttribute("role") !== "tab" && ["检查", "重新检查"].includes((b.textContent ?? "").trim()));
  const tab = run?.closest("section[aria-busy]");
  if (!run || !tab) return Promise.reject(new Error("no 检查 button in the pane's 检查 tab"));
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: "longtask" });
  // The tab turns busy when the check starts: seen by a mutation observer, so that no frame can miss it.
  let started = false;
  const busy = new MutationObserver(() => {
    if (tab.getAttribute("aria-busy") === "true") started = true;
  });
  busy.observe(tab, { attributes: true, attributeFilter: ["aria-busy"] });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const deadline = t0 + 120_000;
    let shown: number | undefined;
    run.click();
    const poll = () => {
      const verdict = tab.querySelector('[data-testid="verdict"]');
      // Asked only when it can be the answer: a layout forced in every frame would be the bench's own cost.
      const painted = () => !!verdict && verdict.getBoundingClientRect().height > 0;
      if (shown === undefined && started && tab.getAttribute("aria-busy") === "false" && painted()) shown = performance.now();
      if (shown !== undefined && verdict?.getAttribute("data-layout-check") !== "pending") {
        const t1 = shown;
        const t2 = performance.now();
        busy.disconnect();
        // Long tasks are reported after they end; one more frame lets the last one in.
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            const inside = longTasks.filter((task) => task.startTime + task.duration > t0 && task.startTime < t2);
            resolve({ ms: t1 - t0, completeMs: t2 - t0, longTasks: inside.map((task) => task.duration) });
          }, 0),
        );
        return;
      }
      if (performance.now() > deadline) reject(new Error("the check did not finish within 120 s"));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/**
 * A fresh pane with the document open and its 检查 tab shown. With `throttle`, the document is opened at
 * CPU_SLOWDOWN (the pane's read and its analysis ahead run at the office PC's pace, as what follows); with `pauseMs`,
 * returns that long after 概览's figures showed at the earliest.
 */
export async function openWithDocument(
  browser: Browser,
  url: string,
  lines: readonly string[],
  options: { throttle?: boolean; pauseMs?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(url);
  if (options.throttle) await throttled(page);
  // The page's own hook (src/playground/paneBench.tsx): the document goes into the simulated Word, a fresh pane
  // is mounted for it, and its 概览 reads it, all before the timed part.
  await page.evaluate((text) => (window as unknown as BenchWindow).gongwenBench.open(text), lines);
  await page.getByTestId("stat-paragraphs").waitFor();
  const figuresShown = Date.now();
  await page.getByTestId("taskpane").getByRole("tab", { name: "检查" }).click();
  // The tab's code arrives on demand (prefetched): wait for its button, outside the timed part.
  await page.getByTestId("taskpane").getByRole("button", { name: "检查", exact: true }).waitFor();
  const rest = (options.pauseMs ?? 0) - (Date.now() - figuresShown);
  if (rest > 0) await page.waitForTimeout(rest);
  return page;
}

export async function benchPaneSpeed(root: string, options: { loads: number; pairs: number; pages: number; seed: number }): Promise<PaneSpeed> {
  const { serveDist, chromiumLaunchOptions } = helpers(root);
  const server = await serveDist(path.join(root, "dist"), 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pane-bench.html`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const generated = generateDocument({ pages: options.pages, seed: options.seed });
  const lines = documentLines(generated.snapshot);
  const ready: number[] = [];
  const responds: number[] = [];
  const first: CheckTiming[] = [];
  const again: CheckTiming[] = [];
  const paused: CheckTiming[] = [];
  try {
    // The first load warms the OS file cache and Chromium itself.
    // Ready and responds alternate, so that a busy machine slows both alike.
    for (let i = 0; i <= options.loads; i++) {
      const ms = await coldLoad(browser, url, false, waitForPaneReady);
      const respondsMs = await coldLoad(browser, url, true, waitForPaneResponds);
      if (i > 0) {
        ready.push(ms);
        responds.push(respondsMs);
      }
    }
    for (let i = 0; i <= options.pairs; i++) {
      const page = await openWithDocument(browser, url, lines, { throttle: true });
      const editInWord = (change: { paragraph: number; text: string }) =>
        page.evaluate(({ paragraph, text }) => (window as unknown as BenchWindow).gongwenBench.edit(paragraph, text), change);
      await editInWord(benchEdit(lines, 0));
      const one = await page.evaluate(timeCheckInPage);
      await editInWord(benchEdit(lines, 1));
      const two = await page.evaluate(timeCheckInPage);
      await page.context().close();
      const later = await openWithDocument(browser, url, lines, { throttle: true, pauseMs: WRITER_PAUSE_MS });
      const three = await later.evaluate(timeCheckInPage);
      await later.context().close();
      if (i > 0) {
        first.push(one);
        again.push(two);
        paused.push(three);
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const ms = (timings: readonly CheckTiming[]) => stats(timings.map((t) => t.ms));
  const completeMs = (timings: readonly CheckTiming[]) => stats(timings.map((t) => t.completeMs));
  return {
    slowdown: CPU_SLOWDOWN,
    ready: stats(ready),
    responds: stats(responds),
    pages: options.pages,
    characters: generated.characters,
    first,
    again,
    paused,
    firstMs: ms(first),
    againMs: ms(again),
    pausedMs: ms(paused),
    firstCompleteMs: completeMs(first),
    againCompleteMs: completeMs(again),
    pausedCompleteMs: completeMs(paused),
    againOverFirst: stats(first.map((one, i) => again[i].ms / one.ms)),
    longestTask: Math.max(0, ...[...first, ...again, ...paused].flatMap((t) => t.longTasks)),
  };
}
