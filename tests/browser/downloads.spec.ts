/**
 * The add-in's code beyond its first screen arrives on demand (a webpack chunk per tab, dialog or batch edit). On an
 * intranet the server may not answer for a moment: the writer is told in Chinese, in the place of what did not
 * arrive, the rest of the pane keeps working, and 重试 (or the same action again) fetches it anew. Before, a tab's
 * failed chunk took the whole pane off the page, and a failed 修正 was blamed on Word in English.
 */
import type { Page } from "@playwright/test";
import { expect, loadText, openPlayground, test, withoutLayoutCheck } from "./fixtures";

const DOWNLOAD_FAILED = "加载项的部分程序文件没有下载成功";

/** Makes every request for the named chunk fail; returns what lets it through again. */
async function failChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/${name}\\.[0-9a-f]+\\.chunk\\.js$`);
  const refuse = (route: { abort(): Promise<void> }) => route.abort();
  await page.route(pattern, refuse);
  return () => page.unroute(pattern, refuse);
}

test("a tab whose code does not download says so in its place; the other tabs work; 重试 brings it", async ({ page }) => {
  await openPlayground(page);
  const pane = page.getByTestId("taskpane");
  const letThrough = await failChunk(page, "templates");
  await pane.getByRole("tab", { name: "模板" }).click();
  const alert = pane.getByRole("alert");
  await expect(alert).toContainText(DOWNLOAD_FAILED);
  await expect(alert).toContainText("文档没有改动");

  // The pane is still there: 概览 shows its figures.
  await pane.getByRole("tab", { name: "概览" }).click();
  await expect(page.getByTestId("stat-paragraphs")).not.toBeEmpty();

  await letThrough();
  await pane.getByRole("tab", { name: "模板" }).click();
  await pane.getByRole("button", { name: "重试" }).click();
  await expect(pane.getByRole("alert").filter({ hasText: DOWNLOAD_FAILED })).toHaveCount(0);
  await expect(pane.getByRole("button", { name: /插入/ }).first()).toBeVisible();
});

test("修正 whose code does not download changes nothing and says why in Chinese; the next 修正 works", async ({ page }) => {
  await withoutLayoutCheck(page);
  await openPlayground(page);
  await loadText(page, ["一、主要工作", "三、下一步"].join("\n"), "草稿.txt");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  const letThrough = await failChunk(page, "word-edits");
  const fix = pane.getByTestId("category-numbering").getByRole("button", { name: "修正", exact: true });
  await fix.click();
  const notice = pane.getByTestId("notice");
  await expect(notice).toContainText(DOWNLOAD_FAILED);
  await expect(notice).not.toContainText("与 Word 通信时出错");
  await expect(page.getByTestId("document").locator("p").nth(1)).toHaveText("三、下一步");

  await letThrough();
  await fix.click();
  await expect(page.getByTestId("document").locator("p").nth(1)).toHaveText("二、下一步");
});
