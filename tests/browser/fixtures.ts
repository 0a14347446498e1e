/**
 * Shared fixtures for the browser tests. Every test gets a page that records each request; after the test, any
 * request outside the page's own origin fails it (documents are sensitive: nothing may leave the machine).
 */
import { test as base, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";

export const SCREENSHOT_DIR = path.join(__dirname, "..", "..", "artifacts", "screenshots");

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const foreign: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, "requests outside the page's own origin").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Opens the playground with the sample document (optionally with a given simulated API version). */
export async function openPlayground(page: Page, query = ""): Promise<void> {
  await page.goto(`/playground.html${query}`);
  await expect(page.getByTestId("document")).toBeVisible();
}

/** Replaces the simulated document with these lines, as the writer would by opening a .txt file. */
export async function loadText(page: Page, text: string, name = "测试文档.txt"): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  await expect(page.getByText(`已打开“${name}”`)).toBeVisible();
}

/** The text the writer sees selected in the simulated document. */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? "");
}
