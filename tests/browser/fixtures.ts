/**
 * Shared fixtures for the browser tests. Every test gets a page that records each request; after the test, any
 * request outside the page's own origin fails it (documents are sensitive: nothing may leave the machine).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
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

/** What expectAccessible looks at: the task pane, or an open dialog (Fluent renders dialogs outside the pane). */
export const TASKPANE = '[data-testid="taskpane"]';
export const OPEN_DIALOG = '[role="dialog"], [role="alertdialog"]';

/**
 * axe-core (the accessibility engine most tools build on) over the task pane or an open dialog, WCAG 2 A and AA
 * rules: any violation fails the test, listed by rule and element so the cause is plain. Fluent UI's focus manager
 * (tabster) adds hidden focus sentinels, <i data-tabster-dummy aria-hidden tabindex=0>, that hand focus on at once;
 * axe reports them under aria-hidden-focus, a known false positive (microsoft/tabster#288, fluentui#27517 "by
 * design"), so they are left out.
 */
export async function expectAccessible(page: Page, label: string, within: string = TASKPANE): Promise<void> {
  await expect(page.locator(within).first(), `${label}: nothing to check`).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include(within)
    .exclude("[data-tabster-dummy]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(violations, `accessibility violations in ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Opens the playground with the sample document (optionally with a given simulated API version). */
export async function openPlayground(page: Page, query = ""): Promise<void> {
  await page.goto(`/playground.html${query}`);
  await expect(page.getByTestId("document")).toBeVisible();
}

/** The playground with its task pane at Word's default width, 340 px: resolves with the pane. */
export async function openAt340(page: Page, query = ""): Promise<Locator> {
  await openPlayground(page, query);
  await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
  return page.getByTestId("taskpane");
}

/** Makes the next Word call of this kind fail with an Office.js error, as Word does (the playground's ?faults=1 only). */
export async function failNext(page: Page, op: string): Promise<void> {
  await page.evaluate((kind) => (window as unknown as { gongwenFailNext(op: string, code: string): void }).gongwenFailNext(kind, "GeneralException"), op);
}

/**
 * A house style (本单位规范) with the 格式 check switched off, saved where the playground's pane keeps it before the
 * page loads. A .txt opens in Word's default font (等线 五号), so every paragraph would have a 格式 finding (issue 13):
 * the tests of the text checks switch 格式 off, as an office that checks only the text would, and the verdict then
 * says 按本单位规范未检查：格式（整类）. The 格式 check's own tests (layout.spec.ts) leave it on.
 */
export async function withoutLayoutCheck(page: Page): Promise<void> {
  const style = { format: "gongwen-house-style", version: 1, categories: { layout: false }, rules: {}, forms: {} };
  await page.addInitScript((text) => window.localStorage.setItem("gongwen-playground/gongwen.houseStyle", text), JSON.stringify(style));
}

/**
 * Replaces the simulated document with these lines, as the writer would by opening a .txt file. The playground draws every paragraph of the document beside the
 * pane, so a long document (bigdoc.spec: 800 pages) needs longer than expect's default on a loaded machine: pass
 * `timeout` then.
 */
export async function loadText(page: Page, text: string, name = "测试文档.txt", timeout?: number): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  await expect(page.getByText(`已打开“${name}”`)).toBeVisible({ timeout });
}

/** The text the writer sees selected in the simulated document. */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? "");
}

/** Opens the 检查 tab and clicks 检查: resolves with the pane once the verdict shows. */
export async function checkInPane(page: Page): Promise<Locator> {
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toBeVisible();
  return pane;
}
