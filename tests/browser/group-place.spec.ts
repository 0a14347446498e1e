/**
 * The group the writer works on stays where it is on the pane after a 修正 (issue 11, item 8; the 340 px walk on an
 * 800-page report: the group moved some 1,000 px down after a fix of its first location, and another group's card
 * came under the pointer). Groups are listed by their first finding; a fix of a group's first location makes its
 * first finding a later one, and the re-check must not move the group for that.
 */
import type { Locator } from "@playwright/test";
import { expect, loadText, openPlayground, test, withoutLayoutCheck } from "./fixtures";

/** The box's top relative to the pane's scrolling box, and that box's scrollTop. */
function placeOf(card: Locator) {
  return card.evaluate((node) => {
    let box: HTMLElement | null = node.parentElement;
    for (; box; box = box.parentElement) if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== "visible") break;
    const scroller = box ?? (document.scrollingElement as HTMLElement);
    return { top: node.getBoundingClientRect().top - scroller.getBoundingClientRect().top, scrollTop: scroller.scrollTop };
  });
}

test("a 修正 of a group's first location leaves the group where it was on the pane", async ({ page }) => {
  // Three groups of the same category, listed by first finding: 五是 (rows 1–12), 三是 (row 13, then 30 more after
  // the 四是 of row 14). Fixing 三是's first location makes its first finding later than 四是's.
  const five = Array.from({ length: 12 }, (_, i) => `第${i + 1}项安排：一是部署；二是落实；三是督查；五是总结。`);
  const three = (n: number) => `第${n}项工作：一是学习；三是调研。`;
  const four = (n: number) => `第${n}项任务：一是动员；二是推进；四是验收。`;
  const lines = ["一、主要工作", ...five, three(1), four(1), ...Array.from({ length: 30 }, (_, i) => (i % 3 === 2 ? four(i + 2) : three(i + 2)))];
  await withoutLayoutCheck(page);
  await openPlayground(page);
  await loadText(page, lines.join("\n"), "长稿.txt");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toBeVisible();

  const groups = pane.getByTestId("finding-group");
  const worked = groups.filter({ hasText: "第1项工作" });
  await expect(worked).toHaveCount(1);
  const order = async () => (await groups.allTextContents()).map((text) => (text.includes("三是调研") ? "三是" : text.includes("四是验收") ? "四是" : "五是"));
  expect(await order()).toEqual(["五是", "三是", "四是"]);
  const fix = worked.getByTestId("finding").first().getByRole("button", { name: "修正", exact: true });
  await fix.scrollIntoViewIfNeeded();
  const before = await placeOf(worked);
  expect(before.scrollTop).toBeGreaterThan(0);

  await fix.click();
  await expect(pane.getByTestId("notice")).toContainText("已修正");
  await expect(pane.getByRole("button", { name: "重新检查" })).toBeEnabled();
  // The same group (its first location is now 第2项工作), in the same place, with the others around it as before.
  const same = groups.filter({ hasText: "第2项工作" });
  await expect(same.getByTestId("finding").first()).toContainText("第2项工作");
  expect(await order()).toEqual(["五是", "三是", "四是"]);
  await expect.poll(async () => Math.abs((await placeOf(same)).top - before.top)).toBeLessThanOrEqual(4);
  await expect(page.getByTestId("document").locator("p").nth(13)).toHaveText("第1项工作：一是学习；二是调研。");
});
