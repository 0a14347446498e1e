/**
 * Focus never lost (issue 11, item 6) after the actions of 一键排版, 模板 and 常用语, at Word's default pane width
 * (340 px): after 应用, 插入整篇框架, 插入 of a section, a phrase inserted with Enter from the search box or with a
 * click, after a failed insert, and after a dialog closed with Esc or 取消, focus is on the control the writer
 * used, inside the pane, so the next key goes on from there. The simulated document takes focus whenever Word
 * writes to it or selects (as Word on the web's document can): focus left there would make a keyboard-only writer
 * Tab from the start of the pane again. `?faults=1` lets a test make the next Word call of a kind fail.
 */
import type { Locator, Page } from "@playwright/test";
import { OPEN_DIALOG, expect, failNext, openAt340, test } from "./fixtures";

/** The focused element's role and accessible name, and whether it is inside the pane, as the writer's next key sees it. */
async function focused(page: Page): Promise<{ inPane: boolean; tag: string; name: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const name = active?.getAttribute("aria-label") ?? active?.textContent?.trim() ?? "";
    return { inPane: !!active?.closest('[data-testid="taskpane"]'), tag: active?.tagName.toLowerCase() ?? "", name };
  });
}

/** Focus is on `control`, inside the pane: polled, as focus comes back once the action's outcome is drawn. */
async function expectFocusOn(page: Page, control: Locator, label: string): Promise<void> {
  await expect(control, `${label}: focus on the control the writer used`).toBeFocused({ timeout: 10_000 });
  // Held, not only reached: nothing (the document redrawn, a late re-check) takes it away a moment later.
  await page.waitForTimeout(400);
  await expect(control, `${label}: focus still there`).toBeFocused();
  expect((await focused(page)).inPane, `${label}: focus inside the pane`).toBe(true);
}

/**
 * The tab's notice of an action: its bar shown (with `text`), and said by the tab's live region of `role`, which was
 * on the page before the notice (src/taskpane/shared/ErrorBar.tsx ActionNotice).
 */
async function expectNotice(pane: Locator, role: "status" | "alert", text?: string): Promise<void> {
  const bar = pane.getByTestId("action-notice");
  await expect(text ? bar.filter({ hasText: text }) : bar).toBeVisible();
  await expect(pane.getByRole(role).filter({ hasText: text ?? /\S/ })).toHaveCount(1);
}

/** Focus and Enter, as from the keyboard. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press("Enter");
}

test.describe("focus stays in the pane after 一键排版", () => {
  test("应用 from the keyboard: focus back on 一键排版…; Esc and 取消 too", async ({ page }) => {
    const pane = await openAt340(page, "?sample=layout");
    await pane.getByRole("tab", { name: "检查" }).click();
    const typeset = pane.getByRole("button", { name: "一键排版…" });
    const dialog = page.locator(OPEN_DIALOG);

    await press(typeset);
    // The dialog's code and the document's layout are read at the first click: longer than a click on a busy PC.
    await expect(dialog.getByRole("button", { name: "应用" })).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expectFocusOn(page, typeset, "一键排版 closed with Esc");

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "取消" }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectFocusOn(page, typeset, "一键排版 closed with 取消");

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "应用" }).focus();
    await page.keyboard.press("Enter");
    await expect(pane.getByTestId("notice")).toContainText("已按 GB/T 9704—2012 排版 13 段。");
    await expectFocusOn(page, typeset, "一键排版 applied");
    // The notice is spoken (the tab's live region) while focus is on the button.
    await expect(pane.getByTestId("announcer")).toContainText("已按 GB/T 9704—2012 排版 13 段。");
  });

  test("应用 after a check (a re-check follows), and 撤消排版: focus on 一键排版…", async ({ page }) => {
    const pane = await openAt340(page, "?sample=layout");
    await pane.getByRole("tab", { name: "检查" }).click();
    await press(pane.getByRole("button", { name: "检查", exact: true }));
    await expect(pane.getByTestId("category-layout")).toBeVisible();
    const typeset = pane.getByRole("button", { name: "一键排版…" });
    await press(typeset);
    await press(page.locator(OPEN_DIALOG).getByRole("button", { name: "应用" }));
    await expect(pane.getByTestId("notice")).toContainText("已按 GB/T 9704—2012 排版 13 段。");
    await expectFocusOn(page, typeset, "一键排版 applied after a check");

    await press(pane.getByTestId("notice").getByRole("button", { name: "撤消排版" }));
    await expect(pane.getByTestId("notice")).toContainText("已恢复排版前的格式（13 段）。");
    await expectFocusOn(page, typeset, "撤消排版");
  });

  test("a failed 应用: the error is shown and focus is on 一键排版…", async ({ page }) => {
    const pane = await openAt340(page, "?sample=layout&faults=1");
    await pane.getByRole("tab", { name: "检查" }).click();
    const typeset = pane.getByRole("button", { name: "一键排版…" });
    await press(typeset);
    const apply = page.locator(OPEN_DIALOG).getByRole("button", { name: "应用" });
    await expect(apply).toBeVisible({ timeout: 15_000 });
    await failNext(page, "format");
    await press(apply);
    await expect(pane.getByTestId("notice")).toBeVisible();
    await expect(pane.getByTestId("notice")).not.toContainText("已按");
    await expectFocusOn(page, typeset, "一键排版 failed");
  });
});

test.describe("focus stays in the pane after 模板's actions", () => {
  test("插入整篇框架 over existing headings (keyboard): Esc, 取消, then 继续插入; focus back on the button each time", async ({ page }) => {
    const pane = await openAt340(page);
    await pane.getByRole("tab", { name: "模板" }).click();
    const insert = pane.getByRole("button", { name: "插入整篇框架" });
    const dialog = page.getByRole("alertdialog");

    await press(insert);
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expectFocusOn(page, insert, "插入整篇框架 asked, Esc");

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "取消" }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectFocusOn(page, insert, "插入整篇框架 asked, 取消");

    await page.keyboard.press("Enter");
    await press(dialog.getByRole("button", { name: "继续插入" }));
    await expectNotice(pane, "status", "已插入");
    await expect(page.getByTestId("document")).toContainText("XX单位XXXX年工作总结");
    await expectFocusOn(page, insert, "插入整篇框架 inserted");
  });

  test("插入整篇框架 into an empty document, and a failed one: focus on the button", async ({ page }) => {
    const pane = await openAt340(page, "?faults=1");
    await page.getByRole("button", { name: "清空文档" }).click();
    await pane.getByRole("tab", { name: "模板" }).click();
    const insert = pane.getByRole("button", { name: "插入整篇框架" });
    // The tab's live regions are on the page, empty, before any notice: a region that appears with its words may go unsaid.
    await expect(pane.getByTestId("announcer")).toBeEmpty();
    await expect(pane.getByTestId("announcer-alert")).toBeEmpty();

    await failNext(page, "insertOoxml");
    await press(insert);
    await expectNotice(pane, "alert");
    await expectFocusOn(page, insert, "插入整篇框架 failed");

    await press(insert);
    await expectNotice(pane, "status", "已插入");
    await expectFocusOn(page, insert, "插入整篇框架 into an empty document");
  });

  test("插入 of a section (mouse and keyboard), its level chosen or the choice cancelled: focus on its 插入", async ({ page }) => {
    const pane = await openAt340(page, "?faults=1");
    await pane.getByRole("tab", { name: "模板" }).click();
    const item = pane.getByTestId("section-item").first();
    const insert = item.getByRole("button", { name: /^插入“/ });
    const levels = page.getByRole("dialog");
    // In the sample the cursor is at the start of the title: the section may ask for its level first.
    const insertAndChoose = async (how: "click" | "keyboard") => {
      if (how === "click") await insert.click();
      else await press(insert);
      const asked = await Promise.race([
        levels.waitFor().then(() => true),
        pane.getByTestId("action-notice").filter({ hasText: "已插入" }).waitFor().then(() => false),
      ]);
      if (asked) await press(levels.getByTestId("level-fitting"));
      return asked;
    };

    const asked = await insertAndChoose("click");
    await expectNotice(pane, "status", "已插入");
    await expectFocusOn(page, insert, "插入 of a section (mouse)");

    if (asked) {
      await press(insert);
      await expect(levels).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(levels).toHaveCount(0);
      await expectFocusOn(page, insert, "插入 of a section, level choice closed with Esc");
      await press(insert);
      await press(levels.getByRole("button", { name: "取消" }));
      await expect(levels).toHaveCount(0);
      await expectFocusOn(page, insert, "插入 of a section, level choice closed with 取消");
    }

    await failNext(page, "insertOoxml");
    await insertAndChoose("keyboard");
    await expectNotice(pane, "alert");
    await expectFocusOn(page, insert, "插入 of a section failed");
  });
});

test.describe("focus stays in the pane after 常用语's actions", () => {
  test("Enter in the search box inserts the top hit; focus stays in the search box; a failed insert too", async ({ page }) => {
    const pane = await openAt340(page, "?faults=1");
    await pane.getByRole("tab", { name: "常用语" }).click();
    const search = pane.getByRole("searchbox", { name: "检索常用语" });
    await search.focus();
    await page.keyboard.type("jiujiu");
    await expect(pane.getByTestId("phrase-item").first()).toContainText("久久为功");
    await page.keyboard.press("Enter");
    await expectNotice(pane, "status", "已插入");
    await expect(page.getByTestId("document")).toContainText("久久为功");
    await expectFocusOn(page, search, "a phrase inserted with Enter");
    // The writer goes on typing in the search box.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("jj");
    await expect(search).toHaveValue("jj");

    await failNext(page, "insertText");
    await page.keyboard.press("Enter");
    await expectNotice(pane, "alert");
    await expectFocusOn(page, search, "a phrase that failed to insert");
  });

  test("插入 of a phrase with a click or with Enter on it: focus on that phrase", async ({ page }) => {
    const pane = await openAt340(page);
    await pane.getByRole("tab", { name: "常用语" }).click();
    const phrase = pane.getByTestId("phrase-insert").nth(1);
    const text = ((await phrase.textContent()) ?? "").trim();
    await phrase.click();
    await expectNotice(pane, "status", "已插入");
    await expectFocusOn(page, phrase, "a phrase inserted with a click");

    const other = pane.getByTestId("phrase-insert").nth(2);
    await press(other);
    await expect(pane.getByTestId("action-notice").filter({ hasText: "已插入" })).not.toContainText(text.slice(0, 8));
    await expectFocusOn(page, other, "a phrase inserted with Enter on it");
  });
});
