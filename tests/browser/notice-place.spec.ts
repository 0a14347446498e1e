/**
 * Feedback where the action was (issue 11, item 5), in 模板 and 常用语 at Word's default pane width (340 px): the
 * notice of an insert, a failed insert or a copy is shown under the entry the writer used, in view, and not at the top
 * of the tab, which is out of sight once the writer has scrolled down a long list. Spoken once by the tab's live
 * region either way (focus-after-actions.spec.ts). A notice whose entry is no longer shown (filtered out) goes back to
 * the top of the tab, so it is never lost.
 */
import type { Locator } from "@playwright/test";
import { expect, failNext, openAt340, test } from "./fixtures";

/** The only notice bar in the pane is inside `entry`, says `text` and is in view. */
async function expectNoticeIn(pane: Locator, entry: Locator, text: string | RegExp): Promise<void> {
  const bar = entry.getByTestId("action-notice");
  await expect(bar).toContainText(text);
  await expect(bar).toBeInViewport();
  await expect(pane.getByTestId("action-notice")).toHaveCount(1);
}

test.describe("a notice is shown where the action was", () => {
  test("模板: 插入整篇框架's notice under its button; 插入 of the last section module, then a failed one, under that module", async ({ page }) => {
    const pane = await openAt340(page, "?faults=1");
    // A fresh document (in Word as here, a new pane), so that the skeleton goes in without asking.
    await page.getByRole("button", { name: "清空文档" }).click();
    await pane.getByRole("tab", { name: "模板" }).click();
    const skeleton = pane.getByRole("region", { name: "整篇框架" });
    await skeleton.getByRole("button", { name: "插入整篇框架" }).click();
    await expectNoticeIn(pane, skeleton, "已插入");

    const item = pane.getByTestId("section-item").last();
    const insert = item.getByRole("button", { name: /^插入“/ });
    await insert.scrollIntoViewIfNeeded();
    // The top of the tab is out of sight down here: a notice there would be unseen.
    await expect(skeleton).not.toBeInViewport();
    const levels = page.getByRole("dialog");
    const insertAndChoose = async () => {
      await insert.click();
      const asked = await Promise.race([levels.waitFor().then(() => true), item.getByTestId("action-notice").waitFor().then(() => false)]);
      if (asked) await levels.getByTestId("level-fitting").click();
    };

    await insertAndChoose();
    await expectNoticeIn(pane, item, "已插入");
    await expect(skeleton.getByTestId("action-notice")).toHaveCount(0);

    await failNext(page, "insertOoxml");
    await insertAndChoose();
    await expectNoticeIn(pane, item, /\S/);
    await expect(item.getByTestId("action-notice")).not.toContainText("已插入");
  });

  test("常用语: a phrase far down the list inserted, then copied to 我的常用语, with the notice under it; filtered out, the notice goes to the top", async ({ page }) => {
    const pane = await openAt340(page);
    await pane.getByRole("tab", { name: "常用语" }).click();
    const text = ((await pane.getByTestId("phrase-insert").nth(30).textContent()) ?? "").trim();
    // Found by its words, not its place: its copy to 我的常用语 joins the list (marked 我的).
    const item = pane.getByTestId("phrase-item").filter({ has: page.getByTestId("phrase-insert").filter({ hasText: text }).filter({ hasNotText: "我的" }) });
    const phrase = item.getByTestId("phrase-insert");
    await phrase.scrollIntoViewIfNeeded();
    await expect(pane.getByRole("searchbox", { name: "检索常用语" })).not.toBeInViewport();

    await phrase.click();
    await expectNoticeIn(pane, item, "已插入");
    await expect(page.getByTestId("document")).toContainText(text.slice(0, 8));

    await item.hover();
    await item.getByRole("button", { name: "复制到我的常用语" }).click();
    await expectNoticeIn(pane, item, "已复制");

    // Search for another phrase: the entry is no longer shown, and its notice is at the top of the tab.
    const search = pane.getByRole("searchbox", { name: "检索常用语" });
    await search.fill("久久为功");
    await expect(pane.getByTestId("phrase-item").first()).toContainText("久久为功");
    await expect(pane.getByTestId("phrase-list").getByTestId("action-notice")).toHaveCount(0);
    await expect(pane.getByTestId("action-notice")).toContainText("已复制");
    await expect(pane.getByTestId("action-notice")).toBeInViewport();
  });

  test("常用语: two phrases copied one after the other, the same words twice: the second notice is said again, under its own phrase", async ({ page }) => {
    const pane = await openAt340(page);
    await pane.getByRole("tab", { name: "常用语" }).click();
    const texts = await Promise.all([3, 4].map(async (n) => ((await pane.getByTestId("phrase-insert").nth(n).textContent()) ?? "").trim()));
    const entry = (text: string) => pane.getByTestId("phrase-item").filter({ has: page.getByTestId("phrase-insert").filter({ hasText: text }).filter({ hasNotText: "我的" }) });
    const announcer = pane.getByTestId("announcer");
    const copy = async (text: string) => {
      await entry(text).hover();
      await entry(text).getByRole("button", { name: "复制到我的常用语" }).click();
      await expectNoticeIn(pane, entry(text), "已复制到我的常用语");
    };

    await copy(texts[0]);
    await expect(announcer).toHaveText("已复制到我的常用语，可以修改了。");
    // What a screen reader is told of is what is added to the live region: remember the node it was given.
    await announcer.evaluate((region) => ((window as unknown as { said: Node | null }).said = region.firstChild));
    await copy(texts[1]);
    await expect(announcer).toHaveText("已复制到我的常用语，可以修改了。");
    // Nothing cleared it in between: the same words in the same node would not be said again.
    expect(await announcer.evaluate((region) => region.firstChild !== null && region.firstChild !== (window as unknown as { said: Node | null }).said)).toBe(true);
  });
});
