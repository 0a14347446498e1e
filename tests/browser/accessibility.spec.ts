/**
 * axe-core over every tab of the task pane at Word's default pane width (about 340 px), in the states a writer
 * meets: the overview, the 检查 tab with findings of every kind, the template and phrase libraries.
 */
import type { Page } from "@playwright/test";
import { expect, expectAccessible, loadText, openPlayground, test } from "./fixtures";

const DRAFT = ["某局2025年工作总结", "今年以来，我局较好完成了各项任务。", "一、主要工作", "（一）、抓学习。全年学习**次。", "三、存在问题", "一是学习不深；三是调研不够。"].join("\n");

async function atPaneWidth(page: Page, width: number) {
  await page.evaluate((px) => document.documentElement.style.setProperty("--pane-width", `${px}px`), width);
}

test.describe("accessibility (axe-core, WCAG 2.1 A and AA) at 340 px", () => {
  test("概览", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "概览" }).click();
    await expectAccessible(page, "概览");
  });

  test("检查, with findings in every category", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    await loadText(page, DRAFT, "总结.txt");
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await expect(pane.getByTestId("verdict")).toBeVisible();
    await expectAccessible(page, "检查");
  });

  test("模板 and 常用语", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "模板" }).click();
    await expectAccessible(page, "模板");
    await pane.getByRole("tab", { name: "常用语" }).click();
    await expectAccessible(page, "常用语");
  });
});
