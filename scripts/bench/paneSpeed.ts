/**
 * The pane on an office PC: headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), against
 * the production build's pane-bench.html (dist/ served on 127.0.0.1): the task pane alone, 340 px wide, over the
 * simulated Word holding the document in memory (src/playground/paneBench.tsx). The playground would also draw the
 * whole document beside the pane, and that drawing is no part of what the pane costs a writer in Word.
 *
 * - Pane ready: navigation → the first tab and the 概览 figures visible, a fresh context per load (cold cache). The
 *   page's first screen is prerendered and its boot draws the figures before React has run
 *   (src/taskpane/shell/boot.ts), so this is also measured:
 * - Pane responds: navigation → the 检查 tab, clicked as soon as the tab bar is visible, selected: when the pane's
 *   React code has taken the page over (hydrated) and acted on that click. Loads alternate with the ready ones.
 * - 检查 on a long document: click → the text's findings and verdict painted (the budget), and click → the 格式
 *   findings in (the verdict complete: data-layout-check on the verdict leaves "pending"), with every long task
 *   (PerformanceObserver "longtask", over 50 ms) from the click to completion; then 重新检查 on the same pane,
 *   measured the same way. First check and re-check
 *   alternate in one browser (first, re-check, a new page, first, re-check …), so a busy machine slows both alike;
 *   the budget compares them pair by pair, never one median against another.
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

/** What src/playground/paneBench.tsx adds to its window. */
export interface BenchWindow {
  readonly gongwenBench: { open(lines: readonly string[]): Promise<void> };
}

/** A 1366×768 office screen's browser area, about: the pane is as tall as Word's window. */
export const VIEWPORT = { width: 1280, height: 720 };

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
  readonly first: readonly CheckTiming[];
  readonly again: readonly CheckTiming[];
  readonly firstMs: Stats;
  readonly againMs: Stats;
  /** Click → 格式 in, first check and re-check. */
  readonly firstCompleteMs: Stats;
  readonly againCompleteMs: Stats;
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

/** A cold load at CPU_SLOWDOWN: navigation → `until` (in the page's clock). */
async function coldLoad(browser: Browser, url: string, until: (page: Page) => Promise<number>): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await throttled(page);
    await page.goto(url, { waitUntil: "commit" });
    return await until(page);
  } finally {
    await context.close();
  }
}

/**
 * When the pane responds: the 检查 tab is clicked in the first frame it is visible (a real click event, as a writer's,
 * whatever has loaded by then), and the answer is the first frame where it is the selected tab, in the page's clock.
 */
export async function waitForPaneResponds(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const pane = document.querySelector('[data-testid="taskpane"]');
      const tab = [...(pane?.querySelectorAll('[role="tab"]') ?? [])].find((el) => (el.textContent ?? "").includes("检查")) as HTMLElement | undefined;
      if (!tab || tab.offsetParent === null) return false;
      const w = window as unknown as { benchClicked?: boolean };
      if (!w.benchClicked) {
        w.benchClicked = true;
        tab.click();
      }
      return tab.getAttribute("aria-selected") === "true" ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** When the first tab and the 概览 figures are on screen, in the page's clock (ms since navigation). */
export async function waitForPaneReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const visible = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0;
      const pane = document.querySelector('[data-testid="taskpane"]');
      const tab = pane?.querySelector('[role="tab"]') ?? null;
      const figure = document.querySelector('[data-testid="stat-paragraphs"]');
      return visible(tab) && visible(figure) && (figure?.textContent ?? "").trim() !== "" ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
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

export async function openWithDocument(browser: Browser, url: string, lines: readonly string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(url);
  // The page's own hook (src/playground/paneBench.tsx): the document goes into the simulated Word, a fresh pane
  // is mounted for it, and its 概览 reads it, all before the timed part.
  await page.evaluate((text) => (window as unknown as BenchWindow).gongwenBench.open(text), lines);
  await page.getByTestId("stat-paragraphs").waitFor();
  await page.getByTestId("taskpane").getByRole("tab", { name: "检查" }).click();
  // The tab's code arrives on demand (prefetched): wait for its button, outside the timed part.
  await page.getByTestId("taskpane").getByRole("button", { name: "检查", exact: true }).waitFor();
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
  try {
    // The first load warms the OS file cache and Chromium itself.
    // Ready and responds alternate, so that a busy machine slows both alike.
    for (let i = 0; i <= options.loads; i++) {
      const ms = await coldLoad(browser, url, waitForPaneReady);
      const respondsMs = await coldLoad(browser, url, waitForPaneResponds);
      if (i > 0) {
        ready.push(ms);
        responds.push(respondsMs);
      }
    }
    for (let i = 0; i <= options.pairs; i++) {
      const page = await openWithDocument(browser, url, lines);
      await throttled(page);
      const one = await page.evaluate(timeCheckInPage);
      const two = await page.evaluate(timeCheckInPage);
      if (i > 0) {
        first.push(one);
        again.push(two);
      }
      await page.context().close();
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
    firstMs: ms(first),
    againMs: ms(again),
    firstCompleteMs: completeMs(first),
    againCompleteMs: completeMs(again),
    againOverFirst: stats(first.map((one, i) => again[i].ms / one.ms)),
    longestTask: Math.max(0, ...[...first, ...again].flatMap((t) => t.longTasks)),
  };
}
