/**
 * Issue 14 in the playground: a section or a heading phrase inserted at the level the writer picks, closing lines on
 * their own line, the dense phrase list at Word's default pane width, the editors' warnings; and issue 11's keyboard
 * items for the library tabs (search keys, full pinyin, Esc asking before discarding, focus kept).
 */
import type { Page } from "@playwright/test";
import { documentParagraphs, notice, openTab, pane } from "./libraryPage";
import { OPEN_DIALOG, expect, expectAccessible, loadText, openPlayground, screenshot, test } from "./fixtures";


const texts = async (page: Page) => (await documentParagraphs(page)).map((p) => p.text);

/** 四、 holds （一）–（四）; 五、 follows. The cursor goes to the end of （四）'s paragraph. */
const NESTED = [
  "2025年工作总结",
  "一、总体情况",
  "今年以来，各项工作稳步推进。",
  "二、指导思想",
  "坚持稳中求进工作总基调。",
  "三、目标任务",
  "全面完成年度目标任务。",
  "四、主要工作",
  "（一）抓理论学习",
  "全年组织集中学习12次。",
  "（二）抓重点任务",
  "完成重点任务8项。",
  "（三）抓改革创新",
  "推出创新举措5项。",
  "（四）抓队伍建设",
  "开展业务培训3期。",
  "五、下一步打算",
  "继续抓好各项工作。",
];
const AFTER_FOURTH = NESTED.indexOf("开展业务培训3期。");

async function cursorAtEndOf(page: Page, paragraph: number): Promise<void> {
  await page.getByTestId("document").locator("p").nth(paragraph).click();
  await page.keyboard.press("End");
}

async function setPaneWidth(page: Page, px: number): Promise<void> {
  await page.evaluate((width) => document.documentElement.style.setProperty("--pane-width", `${width}px`), px);
}

test.describe("inserting at a level", () => {
  test("after （四） the pane offers （五） first, and Enter inserts it there, formatted as a level-2 heading", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, NESTED.join("\n"));
    await cursorAtEndOf(page, AFTER_FOURTH);
    await openTab(page, "模板");
    const insertButton = pane(page).getByRole("button", { name: "插入“调查研究”" });
    await insertButton.click();
    const dialog = page.getByRole("dialog", { name: "插入到哪一级" });
    await expect(dialog).toContainText("光标在“（四）抓队伍建设”之下");
    const fitting = dialog.getByTestId("level-fitting");
    await expect(fitting).toContainText("（五）深化调查研究，着力提升建言献策质量");
    await expect(fitting).toContainText("按光标位置作为二级标题（推荐）");
    await expect(fitting).toBeFocused();
    await screenshot(page, "templates-level-choice");
    await expectAccessible(page, "level choice dialog", OPEN_DIALOG);
    await page.keyboard.press("Enter");
    await expect(notice(page).getByText("已插入“调查研究”，编号为“（五）”。请把其中的 XX 换成实际内容。")).toBeVisible();

    const shown = await documentParagraphs(page);
    expect(shown.slice(0, AFTER_FOURTH + 1).map((p) => p.text)).toEqual(NESTED.slice(0, AFTER_FOURTH + 1));
    const inserted = shown[AFTER_FOURTH + 1];
    expect(inserted.text).toBe("（五）深化调查研究，着力提升建言献策质量");
    expect(inserted.fontFamily).toContain("楷体_GB2312");
    expect(shown.slice(-2).map((p) => p.text)).toEqual(NESTED.slice(-2));
    // Nothing after it needs renumbering: 五、 is a level above.
    expect(shown.map((p) => p.text).filter((t) => t.startsWith("五、"))).toEqual(["五、下一步打算"]);

    // Esc inserts nothing, and focus comes back to the button that asked, not to the page. (After an insertion the
    // playground's simulated document takes the focus as it shows the new cursor: Word's own document would not.)
    await insertButton.click();
    await expect(page.getByRole("dialog", { name: "插入到哪一级" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "插入到哪一级" })).toBeHidden();
    await expect(insertButton).toBeFocused();
    expect((await texts(page)).length).toBe(shown.length);
  });

  test("the alternative gives 五、 and says the later headings will need renumbering", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, NESTED.join("\n"));
    await cursorAtEndOf(page, AFTER_FOURTH);
    await openTab(page, "模板");
    await pane(page).getByRole("button", { name: "插入“调查研究”" }).click();
    const alternative = page.getByRole("dialog", { name: "插入到哪一级" }).getByTestId("level-alternative");
    await expect(alternative).toContainText("五、深化调查研究，着力提升建言献策质量");
    await expect(alternative).toContainText("作为一级标题；其后同级标题的编号需要顺延");
    await alternative.click();
    await expect(notice(page).getByText(/已插入“调查研究”，编号为“五、”。.*其后同级标题的编号需要顺延/)).toBeVisible();
    const after = await texts(page);
    expect(after[AFTER_FOURTH + 1]).toBe("五、深化调查研究，着力提升建言献策质量");
    expect(after.filter((t) => /^五、/.test(t))).toEqual(["五、深化调查研究，着力提升建言献策质量", "五、下一步打算"]);
  });

  test("a heading phrase (对仗式小标题) comes in as （五） under （四）, on its own line", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, NESTED.join("\n"));
    await cursorAtEndOf(page, AFTER_FOURTH);
    await openTab(page, "常用语");
    await pane(page).getByTestId("phrase-category").selectOption({ label: "对仗式小标题" });
    const phrase = pane(page).getByTestId("phrase-item").filter({ hasText: "聚焦以文辅政，精心打磨重要文稿" });
    await expect(phrase).toContainText("小标题");
    await phrase.getByTestId("phrase-insert").click();
    await expect(page.getByRole("dialog", { name: "插入到哪一级" }).getByTestId("level-fitting")).toContainText("（五）聚焦以文辅政，精心打磨重要文稿");
    await page.keyboard.press("Enter");
    await expect(notice(page).getByText(/编号为“（五）”/)).toBeVisible();
    const after = await documentParagraphs(page);
    expect(after[AFTER_FOURTH].text).toBe("开展业务培训3期。");
    expect(after[AFTER_FOURTH + 1].text).toBe("（五）聚焦以文辅政，精心打磨重要文稿");
    expect(after[AFTER_FOURTH + 1].fontFamily).toContain("楷体_GB2312");
  });
});

test.describe("closing lines", () => {
  test("特此报告。 with the cursor at the end of a paragraph lands on its own line; the date goes right", async ({ page }) => {
    const lines = ["关于2025年工作情况的报告", "今年以来，各项工作稳步推进。"];
    await openPlayground(page);
    await loadText(page, lines.join("\n"));
    await cursorAtEndOf(page, 1);
    await openTab(page, "常用语");
    const search = pane(page).getByRole("searchbox", { name: "检索常用语" });
    await search.fill("特此报告");
    await expect(pane(page).getByTestId("phrase-insert").first()).toContainText("特此报告。");
    await search.press("Enter");
    await expect(notice(page).getByText("已插入（单独成段）：特此报告。")).toBeVisible();
    let shown = await documentParagraphs(page);
    expect(shown.map((p) => p.text)).toEqual([...lines, "特此报告。"]);
    expect(shown[2].fontFamily).toContain("仿宋_GB2312");
    expect(shown[2].textIndent).toBe("2em");

    await cursorAtEndOf(page, 2);
    await search.fill("成文日期");
    await search.press("Enter");
    await expect(notice(page).getByText("已插入（成文日期）：XXXX年XX月XX日")).toBeVisible();
    shown = await documentParagraphs(page);
    expect(shown.map((p) => p.text)).toEqual([...lines, "特此报告。", "XXXX年XX月XX日"]);
    expect(shown[3].textAlign).toBe("right");
  });
});

test.describe("phrase search from the keyboard (issue 11)", () => {
  test("full pinyin jiujiu finds 久久为功; arrows move through the hits and Enter inserts the one shown", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, ["关于2025年工作情况的报告", "今年以来，各项工作稳步推进。"].join("\n"));
    await cursorAtEndOf(page, 1);
    await openTab(page, "常用语");
    const search = pane(page).getByRole("searchbox", { name: "检索常用语" });
    // Nothing typed yet: ↓ goes to the first phrase, and ↑ from there comes back.
    await search.focus();
    await search.press("ArrowDown");
    await expect(pane(page).getByTestId("phrase-insert").first()).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(search).toBeFocused();
    await search.fill("jiujiu");
    const items = pane(page).getByTestId("phrase-item");
    await expect(items.first().locator("mark")).toHaveText("久久");
    expect(await items.count()).toBeGreaterThan(1);
    await expect(items.nth(0)).toHaveAttribute("data-active", "true");
    await search.press("ArrowDown");
    await expect(items.nth(1)).toHaveAttribute("data-active", "true");
    await expect(items.nth(0)).not.toHaveAttribute("data-active", "true");
    await expect(search).toBeFocused();
    const second = (await items.nth(1).getByTestId("phrase-insert").innerText()).trim();
    await search.press("ArrowUp");
    await search.press("ArrowDown");
    await screenshot(page, "phrases-keyboard-search");
    await search.press("Enter");
    await expect(notice(page).getByText(/^已插入/)).toBeVisible();
    expect((await texts(page))[1]).toBe(`今年以来，各项工作稳步推进。${second}`);
  });
});

test.describe("the own-library editors", () => {
  test("Esc with typed text asks first; 继续编辑 keeps it; 放弃 closes and focus returns to 新建常用语", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    const create = pane(page).getByRole("button", { name: "新建常用语" });
    await create.click();
    const dialog = page.getByRole("dialog");
    const field = dialog.getByRole("textbox", { name: /常用语/ });
    await field.fill("本单位自拟的一句话。");
    await page.keyboard.press("Escape");
    await expect(dialog.getByTestId("editor-discard")).toContainText("已输入的内容还没有保存");
    await expect(dialog.getByRole("button", { name: "继续编辑" })).toBeFocused();
    await screenshot(page, "library-editor-discard");
    await expectAccessible(page, "editor asking before discarding", OPEN_DIALOG);
    await dialog.getByRole("button", { name: "继续编辑" }).click();
    await expect(field).toHaveValue("本单位自拟的一句话。");
    await page.keyboard.press("Escape");
    await dialog.getByRole("button", { name: "放弃" }).click();
    await expect(dialog).toBeHidden();
    await expect(create).toBeFocused();

    // Nothing typed: Esc closes at once.
    await create.click();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(create).toBeFocused();
  });

  test("half-width punctuation and *** are named before saving; 仍然保存 saves", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    await pane(page).getByRole("button", { name: "新建常用语" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /常用语/ }).fill("全年完成***项任务,成效明显。");
    await dialog.getByRole("button", { name: "保存" }).click();
    const warnings = dialog.getByTestId("editor-warnings");
    await expect(warnings).toContainText("有半角标点：“,”应为“，”。");
    await expect(warnings).toContainText("含有星号，像是没填的占位符");
    await screenshot(page, "library-editor-warnings");
    await expectAccessible(page, "editor warnings", OPEN_DIALOG);
    await dialog.getByRole("button", { name: "仍然保存" }).click();
    await expect(dialog).toBeHidden();
    await pane(page).getByTestId("phrase-category").selectOption({ label: "我的" });
    await expect(pane(page).getByTestId("phrase-insert")).toHaveText(["全年完成***项任务,成效明显。我的"]);
  });
});

test.describe("a denser pane at Word's default width", () => {
  test("at 340 px at least 8 phrases show without scrolling, cut with an ellipsis, whole on hover", async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 720 });
    await openPlayground(page);
    await setPaneWidth(page, 340);
    await openTab(page, "常用语");
    const items = pane(page).getByTestId("phrase-item");
    await expect(items.first()).toBeVisible();
    const paneBox = await pane(page).boundingBox();
    const bottom = Math.min(720, (paneBox?.y ?? 0) + (paneBox?.height ?? 720));
    const boxes = await items.evaluateAll((elements) => elements.slice(0, 30).map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const whole = boxes.filter((b) => b.top >= 0 && b.bottom <= bottom);
    expect(whole.length).toBeGreaterThanOrEqual(8);
    // One or two lines each (line height 20 px, plus padding).
    expect(boxes.every((b) => b.height <= 48)).toBe(true);
    expect(await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "phrases-340-dense");
    await expectAccessible(page, "dense phrase list at 340 px");

    // A long phrase is cut with an ellipsis; hovering shows it whole, with its actions.
    const long = items.filter({ hasText: "一年来，在XX的正确领导和上级业务部门的精心指导下" }).first();
    await pane(page).getByTestId("phrase-category").selectOption({ label: "开头语" });
    const text = long.locator(".phrase-text");
    expect(await text.evaluate((el) => getComputedStyle(el).textOverflow)).toBe("ellipsis");
    expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await long.hover();
    expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await expect(long.getByRole("button", { name: "收藏" })).toBeVisible();
    await screenshot(page, "phrases-340-hover");
  });

  test("keyboard focus unfolds a phrase's actions; Tab reaches them and Shift+Tab comes back", async ({ page }) => {
    await openPlayground(page);
    await setPaneWidth(page, 340);
    await openTab(page, "常用语");
    const first = pane(page).getByTestId("phrase-item").first();
    await first.getByTestId("phrase-insert").focus();
    const star = first.getByRole("button", { name: "收藏" });
    await expect(star).toBeVisible();
    expect((await star.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    await page.keyboard.press("Tab");
    await expect(star).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(first.getByTestId("phrase-insert")).toBeFocused();
    // Arrow keys move between phrases.
    await page.keyboard.press("ArrowDown");
    await expect(pane(page).getByTestId("phrase-item").nth(1).getByTestId("phrase-insert")).toBeFocused();
  });

  test("at 340 px a section module is two lines: name with 插入, then its headings cut with an ellipsis", async ({ page }) => {
    await openPlayground(page);
    await setPaneWidth(page, 340);
    await openTab(page, "模板");
    const item = pane(page).getByTestId("section-item").filter({ hasText: "以文辅政与文稿起草" }).first();
    await item.scrollIntoViewIfNeeded();
    await expect(item.getByText("内置")).toHaveCount(0);
    const outline = item.getByTestId("section-outline");
    expect(await outline.evaluate((el) => getComputedStyle(el).textOverflow)).toBe("ellipsis");
    expect(await outline.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await outline.getAttribute("title")).toContain("精心起草重要文稿");
    expect((await item.boundingBox())?.height ?? 99).toBeLessThanOrEqual(64);
    await screenshot(page, "templates-340-dense");
  });
});

test.describe("an own phrase that is a paragraph of its own, favourited and exported", () => {
  test("插入方式 单独成段 puts it on its own line; the exported pack carries the favourite", async ({ page }) => {
    const lines = ["关于2025年工作情况的报告", "今年以来，各项工作稳步推进。"];
    await openPlayground(page);
    await loadText(page, lines.join("\n"));
    await openTab(page, "常用语");
    await pane(page).getByRole("button", { name: "新建常用语" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: "分类" }).selectOption({ label: "结尾与表态" });
    await dialog.getByRole("combobox", { name: "插入方式" }).selectOption({ label: "单独成段" });
    await dialog.getByRole("textbox", { name: /常用语/ }).fill("以上报告，请审阅。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog).toBeHidden();

    await pane(page).getByTestId("phrase-category").selectOption({ label: "我的" });
    const mine = pane(page).getByTestId("phrase-item").first();
    await expect(mine).toContainText("单独成段");
    await mine.hover();
    await mine.getByRole("button", { name: "收藏" }).click();

    await cursorAtEndOf(page, 1);
    await mine.getByTestId("phrase-insert").click();
    await expect(notice(page).getByText("已插入（单独成段）：以上报告，请审阅。")).toBeVisible();
    expect(await texts(page)).toEqual([...lines, "以上报告，请审阅。"]);

    await pane(page).getByRole("button", { name: "导入/导出我的素材" }).click();
    const exported = JSON.parse(await pane(page).getByTestId("pack-export").inputValue()) as { phrases: { id: string; role?: string }[]; favourites?: { kind: string; id: string }[] };
    expect(exported.phrases.map((p) => p.role)).toEqual(["body"]);
    expect(exported.favourites).toEqual([{ kind: "phrase", id: exported.phrases[0].id }]);
  });
});
