/**
 * The 检查 tab's review loop (issue 11), walked as a writer walks it, with the mouse and with the keyboard: what the
 * writer sees in the pane and what the document holds afterwards.
 */
import type { Locator, Page } from "@playwright/test";
import { OPEN_DIALOG, expect, expectAccessible, loadText, openPlayground, selectedText, test, withoutLayoutCheck } from "./fixtures";

function paragraph(page: Page, index: number) {
  return page.getByTestId("document").locator("p").nth(index);
}

async function openCheck(page: Page, lines: readonly string[], query = "") {
  await withoutLayoutCheck(page);
  await openPlayground(page, query);
  await loadText(page, lines.join("\n"), "草稿.txt");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toBeVisible();
  return pane;
}

/** Where the selection is in the simulated document: paragraph index and selected text. */
async function selection(page: Page): Promise<string> {
  return page.evaluate(() => `${window.getSelection()?.anchorNode?.parentElement?.dataset.index}:${window.getSelection()}`);
}

/** True when a control of the task pane has the focus (never the page itself). */
function focusInPane(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest('[data-testid="taskpane"]'));
}

/** Clicks and waits for the click's action to finish (the pane's buttons are busy, not removed, while it runs). */
async function press(button: Locator) {
  await button.click();
  // Disabled by its own aria-disabled (the toolbar's) or by the list's, which covers every button in it.
  await expect(button).toBeEnabled();
}

const WALK = ["一、主要工作", "完成XX项，新增XX个。", "开展调研。", "组织学习**次。", "撰写报告XX篇。", "二、下一步", "完成XX件。"];

test.describe("检查 · the review loop", () => {
  test("fill the first XX, 下一处: every placeholder once, in order, from the cursor, focus kept in the pane", async ({ page }) => {
    const pane = await openCheck(page, WALK);
    await pane.getByTestId("count-placeholder").click();
    const next = pane.getByRole("button", { name: "下一处" }).first();
    // The cursor at the start of paragraph 4: the walk starts there, not at the top.
    await paragraph(page, 4).click();
    await page.keyboard.press("Home");
    await press(next);
    await expect.poll(() => selection(page)).toBe("4:XX");
    await expect(next).toBeFocused();
    await press(pane.getByRole("button", { name: "上一处" }).first());
    await expect.poll(() => selection(page)).toBe("3:**");

    // From the top: select, fill in, move on.
    await paragraph(page, 0).click();
    await page.keyboard.press("Home");
    await press(next);
    await expect.poll(() => selection(page)).toBe("1:XX");
    // The writer types over the selected XX in the document.
    await page.getByTestId("document").focus();
    await page.keyboard.type("5");
    await expect(paragraph(page, 1)).toHaveText("完成5项，新增XX个。");
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await press(next);
      await expect.poll(() => selectedText(page)).not.toBe("");
      seen.push(await selection(page));
    }
    expect(seen).toEqual(["1:XX", "3:**", "4:XX", "6:XX"]);
    // The walk re-read the edited paragraph by itself: four placeholders left, no warning to click again.
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 4");
    await expect(pane.getByTestId("notice")).toHaveText("第 4 处，共 4 处。");
    await expect(pane.getByTestId("announcer")).toHaveText("第 4 处，共 4 处。");
  });

  test("identical findings are one group with its locations; its 下一处 stays in the group", async ({ page }) => {
    const pane = await openCheck(page, WALK);
    const group = pane.getByTestId("finding-group").filter({ hasText: "XX" });
    await expect(group.getByTestId("group-count")).toHaveText("共 4 处");
    await expect(group.getByTestId("finding")).toHaveCount(4);
    await paragraph(page, 2).click();
    await press(group.getByRole("button", { name: "下一处" }));
    await expect.poll(() => selection(page)).toBe("4:XX");
    await expect(group.getByTestId("notice")).toHaveText("第 3 处，共 4 处。");
    await group.getByTestId("finding").nth(1).getByRole("button", { name: /^定位第 2 处/ }).click();
    await expect.poll(() => selection(page)).toBe("1:XX");
  });

  test("忽略 ignores one of three `完成XX项。`; 忽略全部相同 is a choice; the verdict says 已忽略 and leads there", async ({ page }) => {
    const pane = await openCheck(page, ["完成XX项。", "开展调研。", "完成XX项。", "加强学习。", "完成XX项。"]);
    const group = pane.getByTestId("finding-group");
    const rows = group.getByTestId("finding");
    await expect(rows).toHaveCount(3);
    await rows.nth(1).getByRole("button", { name: "忽略" }).click();
    await expect(rows).toHaveCount(2);
    await expect(pane.getByTestId("verdict-title")).toHaveText("还有 2 处需要处理");
    await expect(pane.getByTestId("ignored").getByTestId("finding")).toHaveCount(1);
    // Focus went to the row now in its place, on its 定位 (review-feedback.spec.ts): the writer goes on from there.
    await expect(rows.nth(1).getByRole("button", { name: /^定位第 2 处/ })).toBeFocused();
    await expect(pane.getByRole("button", { name: "重新检查" })).toBeVisible();
    await press(pane.getByRole("button", { name: "重新检查" }));
    await expect(rows).toHaveCount(2);

    await group.getByRole("button", { name: "忽略全部相同" }).click();
    await expect(pane.getByTestId("finding-group")).toHaveCount(0);
    await expect(pane.getByTestId("verdict-title")).toHaveText("可以提交 · 已忽略 3 处");
    await pane.getByTestId("review-ignored").click();
    await expect(pane.getByTestId("ignored").getByRole("heading")).toBeFocused();
    await expect(paragraph(page, 0)).toHaveText("完成XX项。");
  });

  test("忽略全部相同 ignores the whole group, though its `XX` stand in different sentences", async ({ page }) => {
    // Found in a writer's walk: it ignored only the one clicked (共 4 处 became 共 3 处), as its key held the text around it.
    const pane = await openCheck(page, ["完成XX项。", "新增XX个站点。", "XX同志负责。"]);
    const group = pane.getByTestId("finding-group");
    await expect(group.getByTestId("group-count")).toHaveText("共 3 处");
    await group.getByRole("button", { name: "忽略全部相同" }).click();
    await expect(pane.getByTestId("finding-group")).toHaveCount(0);
    await expect(pane.getByTestId("verdict-title")).toHaveText("可以提交 · 已忽略 3 处");
    await expect(pane.getByTestId("ignored").getByTestId("finding")).toHaveCount(3);
    await expect(paragraph(page, 1)).toHaveText("新增XX个站点。");
  });

  test("the assistant's comments are counted, removed with their fix and by 删除助手批注; 可以提交 only then", async ({ page }) => {
    const pane = await openCheck(page, ["一、主要工作", "完成XX项。", "三、下一步"]);
    const comments = page.getByTestId("comment");
    await pane.getByRole("button", { name: "添加批注" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "添加批注" }).click();
    await expect(comments).toHaveCount(2);
    await expect(comments.first()).toContainText("【公文助手】");
    await expect(pane.getByRole("button", { name: "添加批注" })).toBeFocused();
    await press(pane.getByRole("button", { name: "重新检查" }));
    await expect(pane.getByTestId("verdict-comments")).toHaveText("文档中还有 2 条助手添加的批注，提交前请删除。");

    // 修正 the numbering: its comment goes with it.
    await pane.getByTestId("category-numbering").getByRole("button", { name: "修正", exact: true }).click();
    await expect(paragraph(page, 2)).toHaveText("二、下一步");
    await expect(comments).toHaveCount(1);
    await expect(comments.first()).toContainText("XX");
    await expect(pane.getByTestId("notice")).toContainText("相关的 1 条助手批注已一并删除。");
    await expect.poll(() => focusInPane(page)).toBe(true);

    // The writer fills the placeholder in: no finding left, but a comment of ours is, so not 可以提交 yet.
    await paragraph(page, 1).click();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("3");
    await expect(paragraph(page, 1)).toHaveText("完成3项。");
    await press(pane.getByRole("button", { name: "重新检查" }));
    await expect(pane.getByTestId("verdict-title")).toHaveText("还有 1 条助手批注");
    await pane.getByRole("button", { name: "删除助手批注" }).click();
    await expect(comments).toHaveCount(0);
    await expect(pane.getByTestId("verdict-title")).toHaveText("可以提交");
    await expect(pane.getByTestId("notice")).toHaveText("已删除 1 条助手批注，可用 Word 的“撤消”恢复。");
    await expect.poll(() => focusInPane(page)).toBe(true);
  });

  test("where Word has no comment API, the verdict says the comments cannot be counted", async ({ page }) => {
    const pane = await openCheck(page, ["一、主要工作", "完成XX项。"], "?api=1.3");
    await expect(pane.getByTestId("verdict-comments-unknown")).toContainText("不能读取批注");
    await expect(pane.getByRole("button", { name: "删除助手批注" })).toHaveCount(0);
  });

  test("全部修正 previews exactly what changes, paragraph by paragraph; Esc changes nothing; one confirmation applies it", async ({ page }) => {
    const lines = ["一、主要工作", "（一）、抓学习。", "三、存在问题", "一是学习不深；三是调研不够。", "四、下一步"];
    const pane = await openCheck(page, lines);
    const fixAll = pane.getByRole("button", { name: "全部修正…" });
    await fixAll.click();
    const dialog = page.getByRole("alertdialog");
    const items = dialog.getByTestId("fix-preview-item");
    const before = await items.getByTestId("fix-before").allTextContents();
    const after = (await items.getByTestId("fix-after").allTextContents()).map((t) => t.replace(/^→ /, ""));
    expect(before).toEqual(["（一）、抓学习。", "三、存在问题", "一是学习不深；三是调研不够。", "四、下一步"]);
    expect(after).toEqual(["（一）抓学习。", "二、存在问题", "一是学习不深；二是调研不够。", "三、下一步"]);
    // What changes is marked in each line: “三” struck out, “二” put in.
    expect(await items.nth(2).locator("del").allTextContents()).toEqual(["三"]);
    expect(await items.nth(2).locator("ins").allTextContents()).toEqual(["二"]);
    expect(await items.nth(0).locator("ins").count()).toBe(0);
    await expectAccessible(page, "全部修正 preview", OPEN_DIALOG);
    // It opens on 取消: a second Enter from the toolbar changes nothing.
    await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(fixAll).toBeFocused();
    await expect(paragraph(page, 2)).toHaveText("三、存在问题");

    await fixAll.press("Enter");
    await dialog.getByRole("button", { name: "全部修正" }).click();
    for (const [i, text] of [[1, after[0]], [2, after[1]], [3, after[2]], [4, after[3]]] as const) await expect(paragraph(page, i)).toHaveText(text);
    await expect(paragraph(page, 0)).toHaveText("一、主要工作");
    await expect(pane.getByTestId("notice")).toContainText("已修正");
    await expect(fixAll).toBeFocused();
  });

  test("the `1、` hint gives its advice and a 修正 that applies it to every such number (issue 11, item 6)", async ({ page }) => {
    const pane = await openCheck(page, ["一、主要工作", "1、抓学习。", "2、抓调研。"]);
    const hint = pane.getByTestId("finding").filter({ hasText: "标准写法是“1.”" });
    await expect(hint).toContainText("建议：1.");
    await hint.getByRole("button", { name: "修正", exact: true }).click();
    await expect(paragraph(page, 1)).toHaveText("1.抓学习。");
    await expect(paragraph(page, 2)).toHaveText("2.抓调研。");
    await expect(pane.getByTestId("finding").filter({ hasText: "标准写法是“1.”" })).toHaveCount(0);
  });

  test("Tab reaches every control of the tab, each card's 定位 / 修正 / 忽略 in order; axe finds nothing", async ({ page }) => {
    const pane = await openCheck(page, ["一、主要工作", "（一）、抓学习。全年学习**次。", "三、存在问题", "完成XX项。", "完成XX项。"]);
    const checkButton = pane.getByRole("button", { name: "重新检查" });
    await expect(checkButton).toBeFocused(); // focus stayed on 检查 through the check
    const visited: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const here = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const tab = el?.closest("section[aria-label='检查']");
        return tab && el ? `${el.closest("[data-card-key]")?.getAttribute("data-card-key") ?? ""}|${el.getAttribute("aria-label") ?? el.textContent ?? ""}` : "";
      });
      if (here === "") break;
      visited.push(here);
    }
    const labels = visited.map((v) => v.split("|")[1]);
    const buttons = await pane.locator("section[aria-label='检查'] button:visible").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? el.textContent ?? ""));
    // Every visible button of the tab, after 重新检查, in the Tab order.
    expect(labels).toEqual(buttons.slice(1));
    const card = visited.filter((v) => v.startsWith(visited.find((x) => x.endsWith("|定位"))!.split("|")[0] + "|")).map((v) => v.split("|")[1]);
    expect(card).toEqual(["定位", "修正", "忽略"]);
    await expectAccessible(page, "检查 with groups and a filter chip");
  });

  test("results survive a look at another tab; a failed fix keeps the pane where it was", async ({ page }) => {
    const lines = ["一、主要工作", ...Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作：一是学习；三是调研。`)];
    const pane = await openCheck(page, lines);
    await pane.getByRole("tab", { name: "概览" }).click();
    await pane.getByRole("tab", { name: "检查" }).click();
    await expect(pane.getByTestId("verdict-title")).toHaveText("还有 30 处需要处理");

    // The writer edits paragraph 10, then asks to fix it from low in the pane: the tenth row of the group.
    await paragraph(page, 10).click();
    await page.keyboard.press("End");
    await page.keyboard.type("（改）");
    const row = pane.getByTestId("finding-group").getByTestId("finding").nth(9);
    await expect(row).toContainText("第10项工作");
    const fix = row.getByRole("button", { name: "修正", exact: true });
    await fix.scrollIntoViewIfNeeded();
    // The pane's scrolling box: the nearest ancestor of the button that scrolls.
    const scrollTop = () =>
      fix.evaluate((el) => {
        for (let box = el.parentElement; box; box = box.parentElement) if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== "visible") return box.scrollTop;
        return document.scrollingElement?.scrollTop ?? 0;
      });
    const top = await scrollTop();
    expect(top).toBeGreaterThan(0);
    await fix.click();
    const notice = pane.getByTestId("notice");
    await expect(notice).toContainText("在检查之后被修改过");
    await expect(notice).toBeInViewport();
    await expect(fix).toBeFocused();
    // Polled, not read once: in 3 of some 8 CI runs the box was read 854 px off right after the notice showed (the
    // list's re-read and reveal after a failed fix still under way); unexplained, noted on issue 11. The pane must
    // come back to where the writer was.
    await expect.poll(async () => Math.abs((await scrollTop()) - top)).toBeLessThan(200);
    await expect(paragraph(page, 10)).toHaveText("第10项工作：一是学习；三是调研。（改）");
  });
});
