/**
 * An 800-page report in the pane: the check completes, the verdict shows, and the finding list is paged so the
 * page never renders thousands of cards at once.
 */
import { generateDocument, documentLines } from "../support/generateDocument";
import { expect, loadText, openPlayground, screenshot, selectedText, test } from "./fixtures";

test("an 800-page document is checked and its findings are shown a page at a time", async ({ page }) => {
  test.setTimeout(120_000);
  const generated = generateDocument({ pages: 800, seed: 20261122, placeholderRate: 0.3 });
  await openPlayground(page);
  // Drawing 800 pages in the playground's document view took over 5 s on a loaded CI machine.
  await loadText(page, documentLines(generated.snapshot).join("\n"), "八百页.txt", 30_000);
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toContainText("还有", { timeout: 60_000 });

  const placeholders = pane.getByTestId("category-placeholder");
  const total = Number(await placeholders.getByTestId("category-count").innerText());
  expect(total).toBeGreaterThan(100);
  // Identical placeholders are one group each; a group lists its locations ten at a time.
  const groups = placeholders.getByTestId("finding-group");
  expect(await groups.count()).toBeLessThan(50);
  const largest = groups.filter({ has: page.getByRole("button", { name: /再显示 10 条/ }) }).first();
  await expect(largest.getByTestId("finding")).toHaveCount(10);
  await largest.getByRole("button", { name: /再显示 10 条/ }).click();
  await expect(largest.getByTestId("finding")).toHaveCount(20);

  // The 15th location is one click from its text in the document, far down the page.
  const row = largest.getByTestId("finding").nth(14);
  const excerpt = (await row.locator("mark").innerText()).trim();
  await row.getByRole("button", { name: /^定位第 15 处/ }).click();
  await expect.poll(() => selectedText(page)).toBe(excerpt);
  await screenshot(page, "bigdoc-check");
});
