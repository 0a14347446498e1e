/**
 * 自检 in the playground, as IT staff would run it after deploying: open 更多 → 帮助与自检, try it in a document with
 * text (refused, nothing touched), then in a blank one (every point listed and passed, the document blank again),
 * and copy the report. Keyboard only for the second run.
 */
import { expect, expectAccessible, openPlayground, screenshot, test } from "./fixtures";

test.describe("自检 (self-test) in the 帮助与自检 view", () => {
  test("refuses a document with text, runs in a blank one, lists every point and leaves the document blank", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openPlayground(page);
    await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
    const pane = page.getByTestId("taskpane");
    const documentBefore = await page.getByTestId("document").innerText();

    await pane.getByRole("button", { name: "更多" }).click();
    await page.getByRole("menuitem", { name: "帮助与自检" }).click();
    await expect(pane.getByRole("heading", { name: "帮助与自检" })).toBeFocused();
    await pane.getByRole("button", { name: "开始自检" }).click();
    await expect(pane.getByText("请新建一个空白文档")).toBeVisible();
    expect(await page.getByTestId("document").innerText()).toBe(documentBefore);

    // A new blank document opens a new task pane (the playground remounts it, as Word does).
    await page.getByRole("button", { name: "清空文档" }).click();
    // Keyboard only from here: the 更多 button, Enter opens the menu on its first item, Enter opens the view.
    await pane.getByRole("button", { name: "更多" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "帮助与自检" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(pane.getByRole("heading", { name: "帮助与自检" })).toBeFocused();
    const start = pane.getByRole("button", { name: "开始自检" });
    for (let i = 0; i < 5 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(start).toBeFocused();
    await page.keyboard.press("Enter");
    const list = pane.getByRole("list", { name: "自检" });
    await expect(pane.getByText(/^自检完成：通过 \d+ 项。$/)).toBeVisible({ timeout: 20_000 });
    const items = list.getByRole("listitem");
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(18);
    await expect(list.getByText("未通过")).toHaveCount(0);
    await expect(pane.getByText("测试内容已全部删除，文档恢复为空白。", { exact: true })).toBeVisible();
    expect((await page.getByTestId("document").innerText()).trim()).toBe("");
    await screenshot(page, "self-test-340");
    await expectAccessible(page, "帮助与自检");

    await pane.getByRole("button", { name: "复制报告" }).click();
    await expect(pane.getByText("报告已复制到剪贴板。")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split("\n");
    expect(lines[0]).toBe("公文写作助手 自检报告");
    expect(lines.filter((l) => l.startsWith("[通过]"))).toHaveLength(count);
    expect(copied).toContain("snapshot.listsAndTables（要点 1）");
    expect(lines[lines.length - 1]).toBe("测试内容已全部删除，文档恢复为空白。");
    await expect(pane.getByLabel("自检报告全文")).toHaveValue(copied);
  });
});
