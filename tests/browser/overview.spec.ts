import { expect, loadText, openPlayground, screenshot, selectedText, test } from "./fixtures";

test.describe("概览", () => {
  test("the pane speaks Chinese and outlines the sample document, typed and automatic numbers alike", async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    await expect(pane.getByRole("tab", { name: "概览" })).toBeVisible();
    await expect(pane.getByText("字数")).toBeVisible();
    const outline = pane.getByTestId("outline").getByRole("button");
    await expect(outline.first()).toContainText("一、聚焦中心大局，参谋辅政作用有效发挥");
    const items = await outline.allInnerTexts();
    expect(items.map((item) => item.replace(/\s+/g, ""))).toEqual([
      "一、聚焦中心大局，参谋辅政作用有效发挥",
      "（一）文稿起草提质增效",
      "（二）、调查研究走深走实",
      "二、强化督促检查，重大决策部署落地见效",
      "四、加强自身建设，办公室队伍素质持续提升",
      "四、规范运转，提高服务保障水平自动编号",
      "五、存在的问题和不足",
      "六、下一步工作打算",
    ]);
    await screenshot(page, "overview");
  });

  test("clicking a heading selects it in the document", async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("button", { name: /二、强化督促检查/ }).click();
    await expect.poll(() => selectedText(page)).toBe("二、强化督促检查，重大决策部署落地见效");
    await pane.getByRole("button", { name: /规范运转/ }).click();
    // An automatically numbered heading: Word selects the paragraph's text; the number is not text.
    await expect.poll(() => selectedText(page)).toBe("规范运转，提高服务保障水平");
    await screenshot(page, "overview-selected");
  });

  test("counts and outline follow a loaded document after 刷新", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, ["关于2025年工作情况的报告", "一、总体情况", "（一）主要做法", "（二）取得成效", "二、下一步打算", "特此报告。"].join("\n"));
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("button", { name: "刷新" }).click();
    await expect(pane.getByTestId("stat-paragraphs")).toHaveText("6");
    // 11 (2025 is one word) + 6 + 7 + 7 + 7 + 5, full-width brackets and punctuation counted as Word does.
    await expect(pane.getByTestId("stat-words")).toHaveText("43");
    await expect(pane.getByTestId("outline").getByRole("button")).toHaveCount(4);
  });

  test("an edit made after reading is caught before selecting", async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    await expect(pane.getByTestId("outline")).toBeVisible();
    const heading = page.getByTestId("document").locator("p").nth(2);
    await heading.click();
    await page.keyboard.press("End");
    await page.keyboard.type("（修改）");
    await pane.getByRole("button", { name: /一、聚焦中心大局/ }).click();
    await expect(pane.getByText("文档在读取之后已被修改，请先刷新。")).toBeVisible();
  });

  test("coming back to 概览 after a fix in 检查 shows the document as it is now", async ({ page }) => {
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    await expect(pane.getByTestId("outline").getByRole("button", { name: /^四、加强自身建设/ })).toBeVisible();
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await pane.getByTestId("category-numbering").getByRole("button", { name: /全部修正/ }).click();
    await expect(pane.getByTestId("notice")).toContainText("已修正");
    await pane.getByRole("tab", { name: "概览" }).click();
    await expect(pane.getByTestId("outline").getByRole("button", { name: /^三、加强自身建设/ })).toBeVisible();
  });
});
