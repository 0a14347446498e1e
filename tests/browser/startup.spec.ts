/**
 * The pane's start (issue 11, item 8; src/taskpane/shell/boot.ts): the page holds the pane's first screen, rendered at
 * build time, its boot draws 概览's figures before React has run, and React then takes those very elements over
 * (hydration). What the writer sees and can do before then must be real, and nothing done then may be lost: the page's
 * script is held back on its way, as on a slow office PC, to see the page before it.
 * pane-bench.html is the pane alone over the simulated Word, started as in Word; taskpane.html is the pane for Word.
 */
import type { Page, Route } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_CDN_URL } = require("../../scripts/build-settings.js") as { OFFICE_CDN_URL: string };

/** Holds the page's bundle (its one script: the boot and, imported by it, React and the pane) until release(). */
async function holdBundle(page: Page, entry: string): Promise<{ release(): void; requested: Promise<void> }> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = () => undefined as void;
  const wasRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(new RegExp(`/${entry}\\.[0-9a-f]{8}\\.js$`), async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: wasRequested };
}

/** Console errors and uncaught exceptions of the page (a hydration mismatch is reported as one). */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** True once React has hydrated the page (React keeps its fiber on each element it owns). */
function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const tab = document.querySelector('[role="tab"]');
    return !!tab && Object.keys(tab).some((key) => key.startsWith("__reactFiber"));
  });
}

test("before the pane's code has run, the tabs and 概览 are on the screen; the boot's figures come before React, which then takes over those very elements", async ({ page }) => {
  const errors = errorsOf(page);
  // The moment the figures first show, whether React had hydrated the tab bar by then.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="stat-paragraphs"]')?.textContent?.trim()) return;
      const tab = document.querySelector('[role="tab"]');
      (window as unknown as { reactWhenFiguresShown: boolean }).reactWhenFiguresShown = !!tab && Object.keys(tab).some((key) => key.startsWith("__reactFiber"));
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true, characterData: true });
  });
  const held = await holdBundle(page, "pane-bench");
  await page.goto("/pane-bench.html", { waitUntil: "commit" });
  await held.requested;
  const pane = page.getByTestId("taskpane");
  for (const name of ["概览", "检查", "模板", "常用语"]) await expect(pane.getByRole("tab", { name })).toBeVisible();
  await expect(pane.getByRole("tab", { name: "概览" })).toHaveAttribute("aria-selected", "true");
  await expect(pane.getByRole("region", { name: "概览" })).toBeVisible();
  await expect(pane.getByRole("status")).toHaveText("正在读取文档……");
  expect(await hydrated(page)).toBe(false);
  // An element of the shell, marked: after hydration it is still the one on the page (not drawn again).
  await page.evaluate(() => ((document.querySelector('[role="tab"]') as HTMLElement & { shellMark?: boolean }).shellMark = true));

  held.release();
  await expect(pane.getByTestId("stat-paragraphs")).not.toBeEmpty();
  expect(await page.evaluate(() => (window as unknown as { reactWhenFiguresShown?: boolean }).reactWhenFiguresShown)).toBe(false);
  await expect.poll(() => hydrated(page)).toBe(true);
  expect(await page.evaluate(() => !!(document.querySelector('[role="tab"]') as HTMLElement & { shellMark?: boolean }).shellMark)).toBe(true);
  // React's 概览: the figures once, and the outline.
  await expect(pane.getByTestId("outline")).toBeVisible();
  await expect(pane.getByTestId("stat-paragraphs")).toHaveCount(1);
  expect(/^[\d,]+$/.test(await pane.getByTestId("stat-words").innerText())).toBe(true);
  expect(errors, "errors in the console (a hydration mismatch among them)").toEqual([]);
});

test("a tab clicked before the pane responds is the tab it opens, and says meanwhile that it was taken", async ({ page }) => {
  const errors = errorsOf(page);
  const held = await holdBundle(page, "pane-bench");
  await page.goto("/pane-bench.html", { waitUntil: "commit" });
  await held.requested;
  const pane = page.getByTestId("taskpane");
  const check = pane.getByRole("tab", { name: "检查" });
  // The writer changes their mind: 模板 first, then 检查. The last one is opened, and neither stays marked busy.
  const templates = pane.getByRole("tab", { name: "模板" });
  await templates.click();
  await check.click();
  await expect(check).toHaveAttribute("aria-busy", "true");
  expect(await hydrated(page)).toBe(false);

  held.release();
  await expect(check).toHaveAttribute("aria-selected", "true");
  await expect(pane.getByRole("tab", { name: "概览" })).toHaveAttribute("aria-selected", "false");
  await expect(pane.getByRole("button", { name: "检查", exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(check).not.toHaveAttribute("aria-busy", "true");
  await expect(templates).not.toHaveAttribute("aria-busy", "true");
  // From now on the pane's own handlers answer.
  await pane.getByRole("tab", { name: "概览" }).click();
  await expect(pane.getByTestId("stat-paragraphs")).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test("the shell is usable from the keyboard and clean for axe: Tab reaches the tabs, Enter on one is kept", async ({ page }) => {
  const held = await holdBundle(page, "pane-bench");
  await page.goto("/pane-bench.html", { waitUntil: "commit" });
  await held.requested;
  const pane = page.getByTestId("taskpane");
  await expectAccessible(page, "the prerendered pane before its code has run");

  const templates = pane.getByRole("tab", { name: "模板" });
  for (let i = 0; i < 8 && !(await templates.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(templates).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(templates).toHaveAttribute("aria-busy", "true");

  held.release();
  await expect(templates).toHaveAttribute("aria-selected", "true");
  await expect(pane.getByRole("button", { name: "插入整篇框架" })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, "the pane after it took over");
});

test("in Word's page, the pane's first screen shows while Office is starting, before the pane's code can run", async ({ page, foreignRequests }) => {
  // office.js as Word's web view has it while Office is still starting: onReady has not answered yet.
  await page.route(OFFICE_CDN_URL, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "window.Office = { HostType: { Word: 'Word' }, onReady: function () {} };" }),
  );
  await page.goto("/taskpane.html");
  for (const name of ["概览", "检查", "模板", "常用语"]) await expect(page.getByRole("tab", { name })).toBeVisible();
  await expect(page.getByRole("tab", { name: "概览" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("status")).toHaveText("正在读取文档……");
  await expectAccessible(page, "Word's pane before Office has started", "#root");
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});
