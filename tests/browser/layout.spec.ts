/**
 * 格式检查与一键排版 (issue 13) as a writer meets them at Word's default pane width (340 px): the playground's sample
 * with a hurried writer's layout (宋体 小四 body, no first-line indent, a 宋体 title), 检查 lists the 格式 findings,
 * 一键排版 previews exactly what changes and applies it, the re-check finds no paragraph format left, and 撤消排版 gives
 * the document its formats back. What the document holds is read from the simulated Word's page: each paragraph's
 * font label (its title, e.g. 宋体 小四) and indent.
 */
import type { Page } from "@playwright/test";
import { OPEN_DIALOG, expect, expectAccessible, openPlayground, screenshot, test } from "./fixtures";

/** Each paragraph of the simulated document: its East Asian font and size, as the page labels it, and its indent. */
async function documentFormats(page: Page): Promise<string[]> {
  return page
    .getByTestId("document")
    .locator("p")
    .evaluateAll((paragraphs) => paragraphs.map((p) => `${p.getAttribute("title") ?? ""}|${(p as HTMLElement).style.textIndent || "0"}`));
}

async function openLayoutSample(page: Page, query = "") {
  await openPlayground(page, query);
  await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
  await page.getByTestId("layout-sample").click();
  await expect(page.getByTestId("document").locator("p").first()).toHaveText("关于开展2026年度安全生产检查的通知");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  return pane;
}

test.describe("格式检查与一键排版", () => {
  test("检查 lists the 格式 findings; 一键排版 previews, applies, the re-check is clean; 撤消排版 restores (mouse)", async ({ page }) => {
    const pane = await openLayoutSample(page);
    const before = await documentFormats(page);
    expect(before[2]).toBe("宋体 小四|0");

    await pane.getByRole("button", { name: "检查", exact: true }).click();
    const layout = pane.getByTestId("category-layout");
    await expect(layout).toBeVisible();
    const messages = layout.getByTestId("finding-message");
    await expect(messages.filter({ hasText: /^正文 \d+ 段为宋体小四，应为仿宋_GB2312三号/ })).toHaveCount(1);
    await expect(messages.filter({ hasText: "首行缩进2字符" }).first()).toBeVisible();
    await expect(pane.getByTestId("count-layout")).toBeVisible();
    await screenshot(page, "layout-check");

    // 一键排版: the preview lists each role's paragraphs, from what to what, and the page.
    await pane.getByRole("button", { name: "一键排版…" }).click();
    const dialog = page.locator(OPEN_DIALOG);
    await expect(dialog.getByTestId("typeset-preview")).toBeVisible();
    const body = dialog.getByTestId("typeset-role").filter({ hasText: /^正文/ });
    await expect(body).toHaveCount(1);
    await expect(body.getByTestId("typeset-from")).toContainText("宋体");
    await expect(body.getByTestId("typeset-to")).toContainText("仿宋_GB2312");
    await expect(dialog.getByTestId("typeset-role").filter({ hasText: /^标题/ }).getByTestId("typeset-to")).toContainText("方正小标宋简体");
    await expect(dialog.getByTestId("typeset-page")).toContainText("页面设置");
    await screenshot(page, "layout-typeset-preview");
    // In Word the dialog opens over the pane: at 340 px wide its lines wrap and 应用 stays on screen.
    await page.setViewportSize({ width: 340, height: 640 });
    await expect(dialog.getByRole("button", { name: "应用" })).toBeInViewport();
    await screenshot(page, "layout-typeset-preview-340");
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, "the 一键排版 preview", OPEN_DIALOG);
    const rows = await dialog.getByTestId("typeset-role").evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? ""));
    expect(rows).toEqual(["标题 · 1 段", "主送机关 · 1 段", "一级标题 · 2 段", "二级标题 · 2 段", "正文 · 4 段", "发文机关署名 · 1 段", "成文日期 · 1 段", "附件说明 · 1 段"]);
    const total = 13;
    await expect(dialog.locator("#typeset-intro")).toHaveText(`将按 GB/T 9704—2012 设置 ${total} 段的格式，文字不变：`);

    await dialog.getByRole("button", { name: "应用" }).click();
    const notice = pane.getByTestId("notice");
    await expect(notice).toContainText(`已按 GB/T 9704—2012 排版 ${total} 段。`);
    await expect(notice.getByRole("button", { name: "撤消排版" })).toBeVisible();
    // This Word (no WordApiDesktop 1.3, as on the web) cannot set the page: the notice says where to set it by hand.
    await expect(notice).toContainText("页面设置未能应用：此版本 Word 不支持，请在“布局 → 页面设置”中设置：纸张 A4（210×297 毫米）");
    // The re-check that followed finds no paragraph format to change (the page is set by hand on this Word).
    await expect(layout.getByTestId("finding-message").filter({ hasText: /段为/ })).toHaveCount(0);
    const after = await documentFormats(page);
    expect(after[0]).toMatch(/^方正小标宋简体 二号/);
    // Office.js sets the indent in points: 2 characters of 三号 (16 pt) are 32 pt.
    expect(after[2]).toBe("仿宋_GB2312 三号|32pt");
    // Bold is not part of the standard's level-1 format, so a bold heading stays bold (core's plan decides).
    expect(after[3]).toMatch(/^黑体 三号.*\|32pt$/);
    await screenshot(page, "layout-typeset-applied");

    await notice.getByRole("button", { name: "撤消排版" }).click();
    await expect(pane.getByTestId("notice")).toContainText(`已恢复排版前的格式（${total} 段）。`);
    // Its notice gone, the button that took it back hands focus to 一键排版, never to the page.
    await expect(pane.getByRole("button", { name: "一键排版…" })).toBeFocused();
    expect(await documentFormats(page)).toEqual(before);
    await expect(messages.filter({ hasText: /^正文 \d+ 段为宋体小四/ })).toHaveCount(1);
    await screenshot(page, "layout-typeset-undone");
  });

  test("the 格式 category's 全部修正 previews, then formats exactly those paragraphs (keyboard only)", async ({ page }) => {
    const pane = await openLayoutSample(page);
    const check = pane.getByRole("button", { name: "检查", exact: true });
    await check.focus();
    await page.keyboard.press("Enter");
    const layout = pane.getByTestId("category-layout");
    const fixAll = layout.getByRole("button", { name: /全部修正/ });
    await fixAll.focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator(OPEN_DIALOG);
    await expect(dialog.getByTestId("layout-fix-item").first()).toBeVisible();
    await expectAccessible(page, "the 格式 全部修正 preview", OPEN_DIALOG);
    const listed = await dialog.getByTestId("layout-fix-item").allTextContents();
    expect(listed.some((text) => /^正文 \d+ 段为宋体小四，应为仿宋_GB2312三号/.test(text))).toBe(true);
    // Esc changes nothing, and focus goes back to the button.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(fixAll).toBeFocused();
    expect((await documentFormats(page))[2]).toBe("宋体 小四|0");

    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("button", { name: "全部修正" })).toBeVisible();
    await dialog.getByRole("button", { name: "全部修正" }).focus();
    await page.keyboard.press("Enter");
    await expect(pane.getByTestId("notice")).toContainText(/已设置 \d+ 段的格式/);
    await expect(layout.getByTestId("finding-message").filter({ hasText: /段为/ })).toHaveCount(0);
    expect((await documentFormats(page))[2]).toBe("仿宋_GB2312 三号|32pt");
    // Focus stays in the pane once the re-check's 格式 part has joined too (its redraw of the list dropped it to the page).
    await expect(pane.getByTestId("verdict")).not.toHaveAttribute("data-layout-check", "pending");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="taskpane"]'))).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="taskpane"]'))).toBe(true);
    await screenshot(page, "layout-fix-all");
  });

  test("一键排版 from the keyboard, before any check: Tab reaches it, the dialog opens and closes with focus kept", async ({ page }) => {
    const pane = await openLayoutSample(page);
    const typeset = pane.getByRole("button", { name: "一键排版…" });
    await pane.getByRole("button", { name: "检查", exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(typeset).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.locator(OPEN_DIALOG);
    await expect(dialog.getByTestId("typeset-preview")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "应用" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(typeset).toBeFocused();
    // Nothing changed.
    expect((await documentFormats(page))[2]).toBe("宋体 小四|0");

    // Words selected in a body paragraph: the writer may format that paragraph alone.
    await page.getByTestId("document").locator("p").nth(4).click();
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await typeset.focus();
    await page.keyboard.press("Enter");
    const one = dialog.getByRole("radio", { name: /只排选中的第 5 段/ });
    await expect(one).toBeVisible();
    await one.focus();
    await page.keyboard.press("Space");
    await expect(one).toBeChecked();
    await expect(dialog.getByTestId("typeset-role")).toHaveCount(1);
    await expect(dialog.getByTestId("typeset-page")).toHaveCount(0);
    await expectAccessible(page, "the 一键排版 preview for one paragraph", OPEN_DIALOG);
    await screenshot(page, "layout-typeset-paragraph");
    await dialog.getByRole("button", { name: "应用" }).focus();
    await page.keyboard.press("Enter");
    await expect(pane.getByTestId("notice")).toContainText("已按 GB/T 9704—2012 排版 1 段。");
    const formats = await documentFormats(page);
    expect(formats[4]).toBe("仿宋_GB2312 三号|32pt");
    expect(formats[2]).toBe("宋体 小四|0");
  });

  test("a selection across paragraphs: 一键排版 formats those paragraphs and no other (keyboard)", async ({ page }) => {
    const pane = await openLayoutSample(page);
    const before = await documentFormats(page);
    // From the start of the 主送机关 line (paragraph 2) down into the opening paragraph (paragraph 3).
    await page.getByTestId("document").locator("p").nth(1).click();
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    const typeset = pane.getByRole("button", { name: "一键排版…" });
    await typeset.focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator(OPEN_DIALOG);
    const selected = dialog.getByRole("radio", { name: /^只排选中的第 2—3 段（共 2 段/ });
    await expect(selected).toBeVisible();
    await selected.focus();
    await page.keyboard.press("Space");
    await expect(selected).toBeChecked();
    await expect(dialog.getByTestId("typeset-page")).toHaveCount(0);
    await screenshot(page, "layout-typeset-selection");
    await dialog.getByRole("button", { name: "应用" }).focus();
    await page.keyboard.press("Enter");
    await expect(pane.getByTestId("notice")).toContainText("已按 GB/T 9704—2012 排版 2 段。");
    const after = await documentFormats(page);
    expect(after[1]).toBe("仿宋_GB2312 三号|0");
    expect(after[2]).toBe("仿宋_GB2312 三号|32pt");
    // Outside the selection nothing changed.
    expect(after.filter((_, i) => i !== 1 && i !== 2)).toEqual(before.filter((_, i) => i !== 1 && i !== 2));
  });

  test("while 格式 is on its way the verdict says so and never 可以提交; it is announced once when in; 取消 stops it", async ({ page }) => {
    test.setTimeout(90_000);
    // Word's getOoxml answers late, as real Word does on a long document.
    const pane = await openLayoutSample(page, "?getOoxmlMs=10000");
    // Every state of the verdict as drawn, recorded in the page: no moment may say 可以提交 while 格式 is unknown.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { verdicts: string[] }).verdicts = seen;
      new MutationObserver(() => {
        const verdict = document.querySelector('[data-testid="verdict"]');
        if (verdict) seen.push(`${verdict.getAttribute("data-layout-check")}|${verdict.querySelector('[data-testid="verdict-title"]')?.textContent ?? ""}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    const verdict = pane.getByTestId("verdict");
    await expect(verdict).toHaveAttribute("data-layout-check", "pending");
    await expect(verdict.getByTestId("verdict-layout-pending")).toContainText("正在检查格式……");
    await expect(pane.getByTestId("verdict-title")).not.toContainText("可以提交");
    await expect(pane.getByTestId("category-layout")).toHaveCount(0);
    // The text's findings are usable meanwhile: the toolbar is not busy.
    await expect(pane.getByRole("button", { name: "重新检查" })).not.toHaveAttribute("aria-disabled", "true");
    await expect(pane.getByTestId("announcer")).not.toContainText("格式检查完成");
    await screenshot(page, "layout-pending");

    await expect(verdict).toHaveAttribute("data-layout-check", "done", { timeout: 30_000 });
    await expect(pane.getByTestId("category-layout")).toBeVisible();
    await expect(pane.getByTestId("verdict-layout-pending")).toHaveCount(0);
    await expect(pane.getByTestId("announcer")).toHaveText(/^格式检查完成，发现 \d+ 处格式问题。$/);
    const seen = await page.evaluate(() => (window as unknown as { verdicts: string[] }).verdicts);
    expect(seen.some((s) => s.startsWith("pending|"))).toBe(true);
    expect(seen.filter((s) => !s.startsWith("done|") && s.includes("可以提交"))).toEqual([]);

    // 重新检查, then 取消 while 格式 is on its way: the text's findings stay, 格式 is said not to be checked.
    await pane.getByRole("button", { name: "重新检查" }).click();
    await expect(verdict).toHaveAttribute("data-layout-check", "pending");
    await expect(pane.getByTestId("category-layout")).toHaveCount(0);
    await verdict.getByRole("button", { name: "取消格式检查" }).click();
    await expect(verdict).toHaveAttribute("data-layout-check", "stopped");
    await expect(verdict.getByTestId("verdict-layout-stopped")).toContainText("格式检查未完成");
    await expect(pane.getByTestId("verdict-title")).not.toContainText("可以提交");
    await expect(pane.getByTestId("announcer")).toHaveText("已取消格式检查。");
    // Word's late answer is dropped.
    await page.waitForTimeout(11_000);
    await expect(verdict).toHaveAttribute("data-layout-check", "stopped");
    await expect(pane.getByTestId("category-layout")).toHaveCount(0);
  });

  test("the verdict while 格式 is being checked is accessible (axe)", async ({ page }) => {
    const pane = await openLayoutSample(page, "?getOoxmlMs=60000");
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    const verdict = pane.getByTestId("verdict");
    await expect(verdict.getByTestId("verdict-layout-pending")).toBeVisible();
    await expectAccessible(page, "the verdict while 格式 is being checked");
    await expect(verdict).toHaveAttribute("data-layout-check", "pending");
  });
});
