/**
 * What the pane loads and keeps (issue 11, item 8): the first download is 概览's; every other tab or view fetches its
 * code when first opened; a hidden tab leaves nothing on the page, and the check's results survive a look at another
 * tab all the same.
 */
import type { Page } from "@playwright/test";
import { expect, loadText, openPlayground, test } from "./fixtures";

/** The script chunks the page has requested so far, by webpack chunk name (templates, phrases, check …). */
function chunkRequests(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    const match = /\/([a-z]+)\.[0-9a-f]{8}\.chunk\.js$/.exec(new URL(request.url()).pathname);
    if (match) names.push(match[1]);
  });
  return names;
}

test("the other tabs' code is fetched when the writer first opens them, not with the pane", async ({ page }) => {
  const chunks = chunkRequests(page);
  await openPlayground(page);
  const pane = page.getByTestId("taskpane");
  await expect(pane.getByTestId("stat-paragraphs")).not.toBeEmpty();
  for (const view of ["templates", "phrases", "settings", "about", "menu"]) expect(chunks, `${view} loaded with the pane`).not.toContain(view);

  await pane.getByRole("tab", { name: "模板" }).click();
  // Its code and the built-in library arrive now (slow on a loaded 2-core machine).
  await expect(pane.getByRole("button", { name: "插入整篇框架" })).toBeVisible({ timeout: 20_000 });
  expect(chunks).toContain("templates");
  expect(chunks).not.toContain("phrases");

  await pane.getByRole("button", { name: "更多" }).click();
  await expect(page.getByRole("menuitem", { name: "设置" })).toBeVisible();
  expect(chunks).toContain("menu");
});

test("a hidden tab leaves nothing on the page, and the check's results survive a look at 概览 and 模板", async ({ page }) => {
  await openPlayground(page);
  await loadText(page, ["某局工作总结", "一、主要工作", "全年完成XX项。", "三、存在问题", "一是学习不深；三是调研不够。"].join("\n"));
  const pane = page.getByTestId("taskpane");
  await expect(pane.getByTestId("outline").getByRole("button")).toHaveCount(2);

  await pane.getByRole("tab", { name: "检查" }).click();
  await expect(pane.getByTestId("outline")).toHaveCount(0);
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  const verdict = pane.getByTestId("verdict");
  // The text's verdict comes first and 格式 joins it later: the results to keep are the whole check's.
  await expect(verdict).toHaveAttribute("data-layout-check", "done");
  const verdictText = await verdict.innerText();

  await pane.getByRole("tab", { name: "概览" }).click();
  await expect(pane.getByTestId("outline").getByRole("button")).toHaveCount(2);
  await expect(verdict).toHaveCount(0);
  await expect(pane.getByTestId("finding")).toHaveCount(0);

  await pane.getByRole("tab", { name: "模板" }).click();
  await expect(pane.getByRole("button", { name: "插入整篇框架" })).toBeVisible();
  await expect(pane.getByTestId("outline")).toHaveCount(0);
  await expect(pane.getByTestId("stat-paragraphs")).toHaveCount(0);

  await pane.getByRole("tab", { name: "检查" }).click();
  await expect(verdict).toBeVisible();
  expect(await verdict.innerText()).toBe(verdictText);
  await expect(pane.getByRole("button", { name: "插入整篇框架" })).toHaveCount(0);
});

test("the check's code is fetched in the background once 概览 shows its figures, not while the pane starts", async ({ page }) => {
  // When the figures first have text, in the page's clock: a request's start time can be compared with it.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('[data-testid="stat-paragraphs"]')?.textContent?.trim()) {
        (window as unknown as { figuresShownAt: number }).figuresShownAt = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true, characterData: true });
  });
  const chunks = chunkRequests(page);
  await openPlayground(page);
  await expect(page.getByTestId("taskpane").getByTestId("stat-paragraphs")).not.toBeEmpty();
  // Prefetched without a click on 检查, so that the tab opens at once.
  await expect.poll(() => chunks, { timeout: 10_000 }).toContain("check");
  // A request's timing entry is listed once its download ends, which may be a little after the request was seen.
  const checkRequestedAt = () =>
    page.evaluate(() => performance.getEntriesByType("resource").find((entry) => /\/check\.[0-9a-f]{8}\.chunk\.js$/.test(entry.name))?.startTime);
  await expect.poll(checkRequestedAt, { timeout: 10_000 }).toBeDefined();
  const figuresShownAt = await page.evaluate(() => (window as unknown as { figuresShownAt: number }).figuresShownAt);
  expect(await checkRequestedAt()).toBeGreaterThan(figuresShownAt);
});
