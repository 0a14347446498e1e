/**
 * The pane analyses the document 概览 read while the writer looks at it (src/taskpane/check/analyses.ts). Whatever
 * it analysed ahead, 检查 must show the document as it is at the click: the writer may type in Word in between.
 */
import { checkInPane as check, expect, loadText, openPlayground, test, withoutLayoutCheck } from "./fixtures";
import type { Page } from "@playwright/test";

const DRAFT = ["县委办公室2025年上半年工作总结", "一、坚持以文辅政", "全年起草各类文稿**篇。", "二、强化督查落实", "三、加强自身建设", "组织集中学习12次。"].join("\n");

/** Long enough for the analysis ahead of six paragraphs, on a loaded machine too. */
const AHEAD_MS = 1500;

function paragraph(page: Page, index: number) {
  return page.getByTestId("document").locator("p").nth(index);
}

async function openAndWait(page: Page) {
  await withoutLayoutCheck(page);
  await openPlayground(page);
  await loadText(page, DRAFT, "上半年总结.txt");
  await expect(page.getByTestId("taskpane").getByTestId("stat-paragraphs")).toHaveText(/6/);
  await page.waitForTimeout(AHEAD_MS);
}

test.describe("检查 after the pane analysed ahead", () => {
  test("shows the document as it is at the click: a placeholder typed and a heading renumbered meanwhile", async ({ page }) => {
    await openAndWait(page);
    await paragraph(page, 5).click();
    await page.keyboard.press("End");
    await page.keyboard.type("开展培训XX期。");
    await paragraph(page, 4).click();
    await page.keyboard.press("Home");
    await page.keyboard.press("Delete");
    await page.keyboard.type("四");
    await expect(paragraph(page, 4)).toHaveText("四、加强自身建设");
    const pane = await check(page);
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 2");
    await expect(pane.getByTestId("category-placeholder")).toContainText("开展培训XX期");
    await expect(pane.getByTestId("count-numbering")).toHaveText("编号 1");
  });

  test("shows the findings of the unchanged document", async ({ page }) => {
    await openAndWait(page);
    const pane = await check(page);
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 1");
    await expect(pane.getByTestId("count-numbering")).toHaveCount(0);
  });

  test("analyses ahead when the writer opens the 检查 tab before the browser was idle", async ({ page }) => {
    // A busy browser: an idle callback runs only when its timeout is up (../../src/taskpane/lazyViews.tsx waits 3 s
    // at most), so the writer has left 概览 for 检查 before the preparation starts. It used to be cancelled with 概览.
    await page.addInitScript(() => {
      window.requestIdleCallback = (callback, options) =>
        window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options?.timeout ?? 1) as unknown as number;
      window.cancelIdleCallback = (id) => window.clearTimeout(id);
    });
    await withoutLayoutCheck(page);
    await openPlayground(page);
    await loadText(page, DRAFT, "上半年总结.txt");
    const pane = page.getByTestId("taskpane");
    await expect(pane.getByTestId("stat-paragraphs")).toHaveText(/6/);
    await pane.getByRole("tab", { name: "检查" }).click();
    const marks = () => page.evaluate(() => performance.getEntriesByType("mark").map((m) => m.name).filter((name) => name.startsWith("gongwen:analysis")));
    await expect.poll(marks, { timeout: 3000 + AHEAD_MS * 4 }).toContain("gongwen:analysis-ahead-done");
    await check(page);
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 1");
    // The check found the read it made already analysed (src/taskpane/check/analyses.ts marks which case it was).
    expect(await marks()).toContain("gongwen:analysis-reused");
  });
});
