/**
 * A menu, tooltip or dialog opens over the pane, not instead of it: Fluent mounts each in a node of its own that
 * covers the page, and the pane's full-height white layout once went to those nodes too (App.tsx), so behind the
 * 更多 menu or a button's tooltip the writer saw a blank page.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, openPlayground, screenshot, test } from "./fixtures";

/** What is drawn on top at the middle of `target`: the target itself (or inside it), or something over it. */
async function onTop(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const handle = await target.elementHandle();
  return page.evaluate(
    ([x, y, element]) => {
      const top = document.elementFromPoint(x, y);
      return !!top && !!element && (element === top || element.contains(top));
    },
    [box.x + box.width / 2, box.y + box.height / 2, handle] as const,
  );
}

test("the 更多 menu and a tooltip leave the pane and the document in sight", async ({ page }) => {
  await openPlayground(page);
  const pane = page.getByTestId("taskpane");
  const figures = page.getByTestId("stat-paragraphs");
  const documentText = page.getByTestId("document").locator("p").first();
  await expect(figures).not.toBeEmpty();

  await pane.getByRole("button", { name: "更多" }).click();
  await expect(page.getByRole("menuitem").first()).toBeVisible();
  expect(await onTop(page, figures)).toBe(true);
  expect(await onTop(page, documentText)).toBe(true);
  await screenshot(page, "more-menu-open");
  await page.keyboard.press("Escape");

  // A tooltip: a phrase's 收藏 button, reached from the keyboard.
  await pane.getByRole("tab", { name: "常用语" }).click();
  await pane.getByRole("button", { name: "收藏" }).first().focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  expect(await onTop(page, pane.getByRole("tab", { name: "常用语" }))).toBe(true);
  expect(await onTop(page, documentText)).toBe(true);
});
