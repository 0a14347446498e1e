/**
 * Time from navigation to a usable pane in headless Chromium: dist/playground.html served on 127.0.0.1 (a random
 * free port), a fresh browser context per load (cold cache), measured inside the page as performance.now() (time
 * since navigation start) at the first animation frame where the pane's first tab button and the 概览 figures are
 * visible.
 */
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium } from "@playwright/test";
import { stats, type Stats } from "./engine";

type ServeDist = { serveDist: (root: string, port: number) => Promise<Server> };
type Chromium = { chromiumLaunchOptions: () => Parameters<typeof chromium.launch>[0] };

/** The plain CommonJS helpers the browser tests use, from the repository (this file runs compiled elsewhere). */
function helpers(root: string): ServeDist & Chromium {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serve = require(path.join(root, "scripts", "serve-dist.js")) as ServeDist;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const launch = require(path.join(root, "scripts", "chromium.js")) as Chromium;
  return { ...serve, ...launch };
}

export interface PaneLoad {
  readonly loads: readonly number[];
  readonly ms: Stats;
}

export async function benchPaneLoad(root: string, loads: number): Promise<PaneLoad> {
  const { serveDist, chromiumLaunchOptions } = helpers(root);
  const server = await serveDist(path.join(root, "dist"), 0);
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples: number[] = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/playground.html`, { waitUntil: "commit" });
      const handle = await page.waitForFunction(
        () => {
          const visible = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0;
          const pane = document.querySelector('[data-testid="taskpane"]');
          const tab = pane?.querySelector('[role="tab"]') ?? null;
          const figure = document.querySelector('[data-testid="stat-paragraphs"]');
          return visible(tab) && visible(figure) && (figure?.textContent ?? "").trim() !== "" ? performance.now() : false;
        },
        undefined,
        { polling: "raf", timeout: 30_000 },
      );
      const ms = (await handle.jsonValue()) as number;
      if (i > 0) samples.push(ms); // the first load warms the OS file cache and Chromium itself
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { loads: samples, ms: stats(samples) };
}
