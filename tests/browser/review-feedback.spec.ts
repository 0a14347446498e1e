/**
 * After 修正 or 忽略 on a finding of the 检查 tab (issue 11, items 5 and 7): the notice shows where the action was
 * and is spoken by the live region, and focus goes on to a sensible next control. Found in the 340 px walk: the notice
 * landed in the next card, under its 修正 (as if it were about that finding), and focus on another group's 忽略全部相同.
 *
 * Where the notice goes when the finding it is about is gone: the group's card, above its locations, when the group is
 * still there; the category's heading when the group is gone; the verdict when the category is. Focus: the next
 * location's 定位 in the same group, else the group's card, else the category's heading.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, loadText, openPlayground, test, withoutLayoutCheck } from "./fixtures";

const LINES = [
  "一、主要工作",
  "完成任务,加强学习。",
  "开展调研,形成报告。",
  "组织培训,提升能力。",
  "推进改革,取得成效。",
  "二、存在问题",
  "学习不够深入;调研不够。",
  "工作不够扎实;作风不够过硬。",
  "三、下一步",
  "完成XX项。",
  "新增XX个。",
  "XX同志负责。",
];

function paragraph(page: Page, index: number) {
  return page.getByTestId("document").locator("p").nth(index);
}

async function openCheck(page: Page) {
  await withoutLayoutCheck(page);
  await openPlayground(page);
  await loadText(page, LINES.join("\n"), "草稿.txt");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toBeVisible();
  return pane;
}

/** Where the writer sees the notice: in a location or card (by its text), in a group's card, under a category, in the verdict. */
function noticePlace(pane: Locator): Promise<string> {
  return pane.getByTestId("notice").evaluate((notice) => {
    const row = notice.closest<HTMLElement>('[data-testid="finding"]');
    if (row) return `finding:${row.querySelector('[data-testid="finding-context"]')?.textContent ?? ""}`;
    const group = notice.closest<HTMLElement>('[data-testid="finding-group"]');
    if (group) return `group:${group.querySelector("mark")?.textContent ?? ""}`;
    const section = notice.closest<HTMLElement>('section[data-testid^="category-"]');
    if (section) return `category:${section.getAttribute("aria-label")}`;
    return notice.closest('[data-testid="verdict"]') ? "verdict" : "elsewhere";
  });
}

function group(pane: Locator, excerpt: string) {
  return pane.getByTestId("finding-group").filter({ has: pane.page().locator("mark", { hasText: excerpt }) });
}

function row(where: Locator, text: string) {
  return where.getByTestId("finding").filter({ hasText: text });
}

test.describe("检查 · feedback and focus after an action on a finding", () => {
  test("修正 on a middle location: the notice in its group's card, focus on the next location's 定位", async ({ page }) => {
    const pane = await openCheck(page);
    const commas = group(pane, ",");
    await expect(commas.getByTestId("group-count")).toHaveText("共 4 处");
    await row(commas, "开展调研").getByRole("button", { name: "修正", exact: true }).click();
    await expect(paragraph(page, 2)).toHaveText("开展调研，形成报告。");
    await expect(commas.getByTestId("group-count")).toHaveText("共 3 处");
    await expect(pane.getByTestId("notice")).toContainText("已修正 1 处");
    expect(await noticePlace(pane)).toBe("group:,");
    await expect(pane.getByTestId("announcer")).toContainText("已修正 1 处");
    // The location now in its place, its first action: 定位 names it, and Enter shows it without changing anything.
    const next = row(commas, "组织培训").getByRole("button", { name: /^定位第 2 处/ });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(",");
    await expect(paragraph(page, 3)).toHaveText("组织培训,提升能力。");
    // The notice is about the fix: it goes with the next action, from the page and from the live region.
    await expect(pane.getByTestId("notice")).toHaveCount(0);
    await expect(pane.getByTestId("announcer")).toHaveText("");
  });

  test("忽略 on a middle location: the notice in its group's card, not in the next location; focus on that location's 定位", async ({ page }) => {
    const pane = await openCheck(page);
    const placeholders = group(pane, "XX");
    await row(placeholders, "新增XX个").getByRole("button", { name: "忽略", exact: true }).click();
    await expect(placeholders.getByTestId("group-count")).toHaveText("共 2 处");
    await expect(pane.getByTestId("notice")).toHaveText("已忽略这一处。");
    expect(await noticePlace(pane)).toBe("group:XX");
    await expect(pane.getByTestId("announcer")).toHaveText("已忽略这一处。");
    await expect(row(placeholders, "XX同志负责").getByRole("button", { name: /^定位第 2 处/ })).toBeFocused();
  });

  test("修正 on the last location of a group: the notice and focus on its group's card, never on the next group", async ({ page }) => {
    const pane = await openCheck(page);
    const commas = group(pane, ",");
    await row(commas, "推进改革").getByRole("button", { name: "修正", exact: true }).click();
    await expect(paragraph(page, 4)).toHaveText("推进改革，取得成效。");
    await expect(commas.getByTestId("group-count")).toHaveText("共 3 处");
    expect(await noticePlace(pane)).toBe("group:,");
    await expect(commas).toBeFocused();

    // The last of a group of two: the group is gone (one card left), so the notice and focus go to the category's heading.
    const semicolons = group(pane, ";");
    await row(semicolons, "工作不够扎实").getByRole("button", { name: "修正", exact: true }).click();
    await expect(paragraph(page, 7)).toHaveText("工作不够扎实；作风不够过硬。");
    await expect(semicolons).toHaveCount(0);
    await expect(pane.getByTestId("notice")).toContainText("已修正 1 处");
    expect(await noticePlace(pane)).toBe("category:标点");
    await expect(pane.getByTestId("category-punctuation").getByRole("heading", { name: "标点" })).toBeFocused();
  });

  test("下一处 of a group after the writer filled all but one of its places: the notice under the category, not far off in the verdict", async ({ page }) => {
    const pane = await openCheck(page);
    const placeholders = group(pane, "XX");
    await expect(placeholders.getByTestId("group-count")).toHaveText("共 3 处");
    // The writer fills two of the three XX in the document; the pane has not checked again.
    for (const [index, filled] of [[9, "5项。"], [10, "3个。"]] as const) {
      await paragraph(page, index).click();
      await page.keyboard.press("End");
      for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
      await page.keyboard.type(filled);
    }
    await expect(paragraph(page, 10)).toHaveText("新增3个。");
    await placeholders.getByRole("button", { name: "下一处" }).click();
    // Checked again first: one XX is left, a card of its own, so its group's card is gone.
    await expect(placeholders).toHaveCount(0);
    await expect(pane.getByTestId("notice")).toBeVisible();
    expect(await noticePlace(pane)).toBe("category:占位符");
    await expect(pane.getByTestId("notice")).toBeInViewport();
  });

  test("忽略 on the last location of a group, then 忽略全部相同: focus never on another group's 忽略全部相同", async ({ page }) => {
    const pane = await openCheck(page);
    const placeholders = group(pane, "XX");
    await row(placeholders, "XX同志负责").getByRole("button", { name: "忽略", exact: true }).click();
    await expect(placeholders.getByTestId("group-count")).toHaveText("共 2 处");
    expect(await noticePlace(pane)).toBe("group:XX");
    await expect(placeholders).toBeFocused();

    const commas = group(pane, ",");
    await commas.getByRole("button", { name: "忽略全部相同" }).click();
    await expect(commas).toHaveCount(0);
    await expect(pane.getByTestId("notice")).toHaveText("已忽略 4 处相同的问题。");
    expect(await noticePlace(pane)).toBe("category:标点");
    await expect(pane.getByTestId("announcer")).toHaveText("已忽略 4 处相同的问题。");
    await expect(pane.getByTestId("category-punctuation").getByRole("heading", { name: "标点" })).toBeFocused();
    await expect(group(pane, ";").getByRole("button", { name: "忽略全部相同" })).not.toBeFocused();

    // The category's last group: the category is gone, the notice is in the verdict, focus on a heading of the list.
    await group(pane, ";").getByRole("button", { name: "忽略全部相同" }).click();
    await expect(pane.getByTestId("category-punctuation")).toHaveCount(0);
    await expect(pane.getByTestId("notice")).toHaveText("已忽略 2 处相同的问题。");
    expect(await noticePlace(pane)).toBe("verdict");
    await expect(pane.getByTestId("ignored").getByRole("heading")).toBeFocused();
  });

  test("修正 with the keyboard on a category's only card: focus on a heading, so Enter again changes nothing", async ({ page }) => {
    // The walk's 编号 card: after its 修正, focus went to the next category's 修正, and a second Enter fixed that too.
    await withoutLayoutCheck(page);
    await openPlayground(page);
    await loadText(page, ["一、主要工作", "（一）、抓学习。", "一是学习；三是调研。"].join("\n"), "草稿.txt");
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    const numbering = pane.getByTestId("category-numbering");
    await numbering.getByTestId("finding").filter({ hasText: "（一）、" }).getByRole("button", { name: "修正", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(paragraph(page, 1)).toHaveText("（一）抓学习。");
    await expect(pane.getByTestId("notice")).toContainText("已修正 1 处");
    // 编号 is gone: the notice in the verdict, focus on the heading of the category now in its place.
    await expect(numbering).toHaveCount(0);
    expect(await noticePlace(pane)).toBe("verdict");
    const heading = pane.getByRole("heading", { name: "一是序列" });
    await expect(heading).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForTimeout(500);
    await expect(paragraph(page, 2)).toHaveText("一是学习；三是调研。");
    await expect(heading).toBeFocused();
  });
});
