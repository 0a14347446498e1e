/**
 * axe-core over every tab of the task pane at Word's default pane width (about 340 px), in the states a writer
 * meets: the overview, the 检查 tab with findings of every kind, the template and phrase libraries; and over every
 * dialog the pane opens, while it is open.
 */
import type { Locator, Page } from "@playwright/test";
import { OPEN_DIALOG, expect, expectAccessible, loadText, openPlayground, test } from "./fixtures";

const DRAFT = ["某局2025年工作总结", "今年以来，我局较好完成了各项任务。", "一、主要工作", "（一）、抓学习。全年学习**次。", "三、存在问题", "一是学习不深；三是调研不够。"].join("\n");

/** Focus and Enter, as from the keyboard. */
async function pressButton(button: Locator) {
  await button.focus();
  await button.press("Enter");
}

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

test.describe("accessibility of every dialog (axe-core, WCAG 2.1 A and AA) at 340 px", () => {
  test("检查 · 添加批注 asks first", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    await loadText(page, DRAFT, "总结.txt");
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await pane.getByRole("button", { name: "添加批注" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("批注");
    await expectAccessible(page, "添加批注 dialog", OPEN_DIALOG);
  });

  test("模板 · 插入整篇框架 over existing headings asks first", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "模板" }).click();
    await pane.getByRole("button", { name: "插入整篇框架" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectAccessible(page, "插入整篇框架 dialog", OPEN_DIALOG);
  });

  test("模板 · 修改 an own section template", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "模板" }).click();
    // From the keyboard: at 340 px the list's insert button lies over these (seen 2026-12-01, left to the library's owner).
    await pressButton(pane.getByTestId("section-item").filter({ hasText: "党的建设" }).first().getByRole("button", { name: "复制到我的模板" }));
    await pressButton(pane.getByRole("button", { name: "修改“党的建设”" }));
    await expect(page.getByRole("dialog").getByLabel("模板名称")).toBeVisible();
    await expectAccessible(page, "section editor dialog", OPEN_DIALOG);
  });

  test("常用语 · 新建常用语, then 删除 asks first", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "常用语" }).click();
    await pane.getByRole("button", { name: "新建常用语" }).click();
    const editor = page.getByRole("dialog");
    await expect(editor.getByRole("textbox", { name: /常用语/ })).toBeVisible();
    await expectAccessible(page, "phrase editor dialog", OPEN_DIALOG);

    await editor.getByRole("textbox", { name: /常用语/ }).fill("以上是本单位的结尾语。");
    await editor.getByRole("button", { name: "保存" }).click();
    await pressButton(pane.getByTestId("phrase-item").first().getByRole("button", { name: "删除" }));
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectAccessible(page, "delete phrase dialog", OPEN_DIALOG);
  });
});
