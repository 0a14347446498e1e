/**
 * The 检查 tab's wording and layout at Word's default pane width (340 px), as a walk there found them (issue 11): the
 * verdict's chips add up to its title, a card's place does not read as a label (错误 标题), excerpts start at a
 * clause or show their cut, 格式 cards have no empty mark, 下一处's notice moves nothing, 格式检查完成 is said once,
 * 上一处 / 下一处 stay together, and the text-box limit of this Word is one quiet line.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, loadText, openPlayground, screenshot, test } from "./fixtures";

/** The playground with its pane at 340 px on the 检查 tab, after `open` put the document in (the sample by default). */
async function at340(page: Page, open?: () => Promise<void>) {
  await openPlayground(page);
  await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
  await open?.();
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  return pane;
}

/** Runs 检查 and waits for its 格式 part to join. */
async function check(pane: Locator) {
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toHaveAttribute("data-layout-check", "done", { timeout: 30_000 });
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return box.y;
}

test.describe("检查 at 340 px", () => {
  test("the chips add up to the title, with the hints apart as 提示", async ({ page }) => {
    // 1、 used throughout is a hint (建议：1.), and a .txt in Word's default font has 格式 findings: both kinds at once.
    const lines = ["关于2025年工作情况的报告", "一、主要工作", "（一）文稿起草", "1、起草文稿。", "2、开展调研。", "二、存在的问题", "仍有差距。"];
    const pane = await at340(page, () => loadText(page, lines.join("\n"), "提示.txt"));
    await check(pane);
    const title = (await pane.getByTestId("verdict-title").textContent()) ?? "";
    const total = Number(/还有 (\d+) 处需要处理/.exec(title)?.[1]);
    expect(total).toBeGreaterThan(0);
    const chips = await pane.getByTestId("verdict").locator("[data-testid^='count-']").allTextContents();
    const counted = chips.map((text) => Number(/^\S+ (\d+)/.exec(text)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(counted).toBe(total);
    // The hints, on their chips, add up to the verdict's 另有 N 条提示.
    const hints = chips.map((text) => Number(/提示 (\d+)$/.exec(text)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(hints).toBeGreaterThan(0);
    await expect(pane.getByTestId("verdict")).toContainText(`另有 ${hints} 条提示`);
    await expect(pane.getByTestId("count-numbering")).toHaveText(/^编号( \d+)? · 提示 1$/);
    await screenshot(page, "w3-340-chips");
  });

  test("格式 cards have no empty mark; a heading is a place; text boxes are one quiet line", async ({ page }) => {
    const pane = await at340(page, async () => {
      await page.getByTestId("layout-sample").click();
      await expect(page.getByTestId("document").locator("p").first()).toHaveText("关于开展2026年度安全生产检查的通知");
    });
    await check(pane);

    // A 格式 finding is about whole paragraphs: its card shows the paragraph's start, with no empty mark before it.
    const layoutCards = pane.getByTestId("category-layout").getByTestId("finding-context");
    await expect(layoutCards.first()).toHaveText(/^关于开展2026年度安全/);
    expect(await layoutCards.locator("mark").count()).toBe(0);

    // A finding in a heading says where it is, as the others do; nothing reads 错误/警告 + 标题 as a label.
    const heading = pane.getByTestId("finding").filter({ hasText: "一级标题为宋体小四" });
    await expect(heading).toContainText("位于标题中");
    await expect(heading.getByText("标题", { exact: true })).toHaveCount(0);

    // WordApi 1.5 never reads text boxes, whatever the document: one quiet line at the verdict's end, still true.
    const textBoxes = pane.getByTestId("verdict-unchecked");
    await expect(textBoxes).toHaveText("文本框未检查（此版本 Word 无法读取）");
    const box = await textBoxes.boundingBox();
    expect(box?.height).toBeLessThan(24);
    await screenshot(page, "w3-340-layout-verdict");
    await pane.getByTestId("category-layout").scrollIntoViewIfNeeded();
    await screenshot(page, "w3-340-layout-cards");
  });

  test("上一处 and 下一处 stay on one line; 下一处's notice moves nothing; excerpts start at a clause", async ({ page }) => {
    const pane = await at340(page);
    await check(pane);
    const previous = pane.getByRole("button", { name: "上一处" }).first();
    const next = pane.getByRole("button", { name: "下一处" }).first();
    expect(await top(previous)).toBe(await top(next));
    await screenshot(page, "w3-340-toolbar");

    // The excerpt of the ** in 「（一）文稿起草提质增效。全年起草…」 starts at its sentence, not at 效。.
    await pane.getByTestId("count-placeholder").click();
    const row = pane.getByTestId("finding-context").filter({ hasText: "全年起草各类重要文稿**篇" });
    await expect(row).toHaveText(/^全年起草各类重要文稿\*\*篇，累计XX万字，（位于标题中）$/);

    // 下一处: the notice appears in the line kept for it; the verdict and the first card stay where they were.
    const verdict = pane.getByTestId("verdict");
    const firstCard = pane.locator("[data-card-key]").first();
    const verdictTop = await top(verdict);
    const cardTop = await top(firstCard);
    await next.click();
    await expect(pane.getByTestId("toolbar-status")).toHaveText(/^第 1 处，共 \d+ 处。$/);
    expect(await top(verdict)).toBe(verdictTop);
    expect(await top(firstCard)).toBe(cardTop);
    await next.click();
    await expect(pane.getByTestId("toolbar-status")).toHaveText(/^第 2 处，共 \d+ 处。$/);
    expect(await top(verdict)).toBe(verdictTop);
    await screenshot(page, "w3-340-next");
  });

  test("格式检查完成 is said when the 格式 part joins the 检查 clicked, not again after a fix", async ({ page }) => {
    const pane = await at340(page);
    await check(pane);
    await expect(pane.getByTestId("verdict")).toContainText("格式检查完成");
    await expect(pane.getByTestId("announcer")).toContainText("格式检查完成");

    const card = pane.getByTestId("category-numbering").getByTestId("finding").first();
    await card.getByRole("button", { name: "修正" }).click();
    await expect(pane.getByTestId("notice")).toContainText("已修正 1 处");
    await expect(pane.getByTestId("verdict")).toHaveAttribute("data-layout-check", "done", { timeout: 30_000 });
    // Give a late 格式 part the time it took above to join, then look: the fix's notice is all that is said.
    await page.waitForTimeout(500);
    await expect(pane.getByText(/格式检查完成/)).toHaveCount(0);
    await expect(pane.getByTestId("announcer")).not.toContainText("格式检查完成");
    await screenshot(page, "w3-340-after-fix");
  });
});
