/**
 * The 模板 and 常用语 tabs in the playground: what a writer clicks and what the simulated document shows afterwards.
 */
import type { Page } from "@playwright/test";
import { expect, loadText, openPlayground, screenshot, test } from "./fixtures";
import { documentParagraphs, notice, openTab, pane } from "./libraryPage";

const STORAGE = "gongwen-playground/gongwen.library.v1";

/** The unit summary skeleton as inserted: every paragraph's text, in order (numbers given by the pane). */
const UNIT_OUTLINE = [
  "XX单位XXXX年工作总结",
  "一、主要工作及成效",
  "（一）坚持政治引领，理论武装持续深化",
  "（二）聚焦中心任务，重点工作扎实推进",
  "（三）坚持守正创新，服务质效不断提升",
  "（四）加强自身建设，队伍素质稳步提高",
  "二、存在的问题和不足",
  "三、下一步工作打算",
];


/** Under a heading the pane asks for the level: the one that fits the cursor has the focus, Enter takes it. */
async function takeFittingLevel(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "插入到哪一级" });
  await expect(dialog.getByTestId("level-fitting")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
}

async function setPaneWidth(page: Page, px: number): Promise<void> {
  await page.evaluate((width) => document.documentElement.style.setProperty("--pane-width", `${width}px`), px);
}

test.describe("模板", () => {
  test("a whole skeleton into an empty document: outline previewed, paragraphs and GB/T 9704 formatting", async ({ page }) => {
    await openPlayground(page);
    await page.getByRole("button", { name: "清空文档" }).click();
    await openTab(page, "模板");
    const preview = pane(page).getByTestId("skeleton-preview").locator("li");
    await expect(preview).toHaveText(UNIT_OUTLINE);
    await screenshot(page, "templates-preview");

    await pane(page).getByRole("button", { name: "插入整篇框架" }).click();
    await expect(notice(page).getByText(/已插入“单位年度工作总结”框架（21 段）/)).toBeVisible();
    const shown = await documentParagraphs(page);
    expect(shown).toHaveLength(21);
    const headings = shown.filter((p) => UNIT_OUTLINE.includes(p.text)).map((p) => p.text);
    expect(headings).toEqual(UNIT_OUTLINE);

    const title = shown[0];
    expect(title).toMatchObject({ text: "XX单位XXXX年工作总结", fontSize: "22pt", textAlign: "center" });
    expect(title.fontFamily).toContain("方正小标宋简体");
    const level1 = shown.find((p) => p.text === "一、主要工作及成效");
    expect(level1?.fontFamily).toContain("黑体");
    expect(level1).toMatchObject({ fontSize: "16pt", textIndent: "2em" });
    const level2 = shown.find((p) => p.text.startsWith("（一）"));
    expect(level2?.fontFamily).toContain("楷体_GB2312");
    const body = shown[1];
    expect(body.text.startsWith("XXXX年，XX单位在XX的坚强领导下")).toBe(true);
    expect(body.fontFamily).toContain("仿宋_GB2312");
    expect(body).toMatchObject({ fontSize: "16pt", textIndent: "2em" });
    expect(shown[shown.length - 1]).toMatchObject({ text: "XXXX年XX月XX日", textAlign: "right" });
    await screenshot(page, "templates-skeleton-inserted");
  });

  test("over existing headings the pane asks first; cancel changes nothing", async ({ page }) => {
    await openPlayground(page);
    const before = await documentParagraphs(page);
    await openTab(page, "模板");
    await pane(page).getByRole("button", { name: "插入整篇框架" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("文档中已有 8 个标题。整篇框架将插入到光标所在段落之后");
    await screenshot(page, "templates-confirm");
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toBeHidden();
    expect(await documentParagraphs(page)).toEqual(before);

    await pane(page).getByRole("button", { name: "插入整篇框架" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "继续插入" }).click();
    await expect(notice(page).getByText(/已插入“单位年度工作总结”框架/)).toBeVisible();
    expect((await documentParagraphs(page)).length).toBe(before.length + 21);
  });

  test("a section module after an existing 三、 comes in as 四、, found by pinyin initials", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, ["2025年工作总结", "一、抓好理论学习", "全年组织集中学习12次。", "二、推进重点工作", "完成重点任务8项。", "三、加强队伍建设", "开展业务培训3期。"].join("\n"));
    await page.getByTestId("document").locator("p").nth(6).click();
    await page.keyboard.press("End");
    await openTab(page, "模板");
    await pane(page).getByRole("searchbox", { name: "检索段落模板" }).fill("dcyj");
    const first = pane(page).getByTestId("section-item").first();
    await expect(first).toContainText("调查研究");
    await expect(first.locator("mark")).toHaveText("调查研究");
    await first.getByRole("button", { name: "插入“调查研究”" }).click();
    await takeFittingLevel(page);
    await expect(notice(page).getByText("已插入“调查研究”，编号为“四、”。请把其中的 XX 换成实际内容。")).toBeVisible();
    const texts = (await documentParagraphs(page)).map((p) => p.text);
    expect(texts.slice(0, 7)).toEqual(["2025年工作总结", "一、抓好理论学习", "全年组织集中学习12次。", "二、推进重点工作", "完成重点任务8项。", "三、加强队伍建设", "开展业务培训3期。"]);
    expect(texts[7]).toMatch(/^四、/);
    await screenshot(page, "templates-section-inserted");
  });

  test("a section module with the cursor mid-sentence: the writer's paragraph stays whole, the module follows it", async ({ page }) => {
    const sentence = "坚持把政治建设摆在首位，推动全面从严治党向纵深发展。";
    const lines = ["2025年工作总结", "一、抓好理论学习", "全年组织集中学习12次。", "二、推进重点工作", sentence, "三、加强队伍建设", "开展业务培训3期。"];
    await openPlayground(page);
    await loadText(page, lines.join("\n"));
    await page.getByTestId("document").locator("p").nth(4).click();
    await page.keyboard.press("Home");
    for (let k = 0; k < "坚持把政治建设".length; k++) await page.keyboard.press("ArrowRight");
    await openTab(page, "模板");
    await pane(page).getByRole("button", { name: "插入“调查研究”" }).click();
    await takeFittingLevel(page);
    await expect(notice(page).getByText(/已插入“调查研究”，编号为“三、”。/)).toBeVisible();
    const texts = (await documentParagraphs(page)).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual(lines.slice(0, 5));
    expect(texts[5]).toMatch(/^三、/);
    expect(texts.slice(-2)).toEqual(lines.slice(5));
    expect(texts.filter((t) => t.includes("坚持把政治建设"))).toEqual([sentence]);
    await screenshot(page, "templates-section-mid-paragraph");
  });

  test("a section module with the cursor at the start of a heading goes before it, numbered from the headings above", async ({ page }) => {
    const lines = ["2025年工作总结", "一、抓好理论学习", "全年组织集中学习12次。", "二、推进重点工作", "完成重点任务8项。"];
    await openPlayground(page);
    await loadText(page, lines.join("\n"));
    await page.getByTestId("document").locator("p").nth(3).click();
    await page.keyboard.press("Home");
    await openTab(page, "模板");
    await pane(page).getByRole("button", { name: "插入“调查研究”" }).click();
    await takeFittingLevel(page);
    await expect(notice(page).getByText(/已插入“调查研究”，编号为“二、”。.*其后同级标题的编号需要顺延/)).toBeVisible();
    const texts = (await documentParagraphs(page)).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(lines.slice(0, 3));
    expect(texts[3]).toMatch(/^二、/);
    expect(texts.slice(-2)).toEqual(lines.slice(3));
  });

  test("a section inserted between 二、 and 三、 says the later headings need renumbering, and 全部修正 does it", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, ["2025年工作总结", "一、抓好理论学习", "全年组织集中学习12次。", "二、推进重点工作", "完成重点任务8项。", "三、加强队伍建设", "开展业务培训3期。"].join("\n"));
    await page.getByTestId("document").locator("p").nth(4).click();
    await page.keyboard.press("End");
    await openTab(page, "模板");
    await pane(page).getByRole("button", { name: "插入“调查研究”" }).click();
    await takeFittingLevel(page);
    await expect(notice(page).getByText(/编号为“三、”。.*其后同级标题的编号需要顺延/)).toBeVisible();
    await pane(page).getByRole("tab", { name: "检查" }).click();
    await pane(page).getByRole("button", { name: "检查", exact: true }).click();
    await pane(page).getByTestId("category-numbering").getByRole("button", { name: /全部修正/ }).click();
    await expect(pane(page).getByText(/已修正 1 处/).first()).toBeVisible();
    const texts = (await documentParagraphs(page)).map((p) => p.text);
    expect(texts.filter((t) => /^[一二三四]、/.test(t)).map((t) => t.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、"]);
    expect(texts).toContain("四、加强队伍建设");
  });

  test("按文档原有样式插入: plain paragraphs without GB/T 9704 fonts", async ({ page }) => {
    await openPlayground(page);
    await page.getByRole("button", { name: "清空文档" }).click();
    await openTab(page, "模板");
    await pane(page).getByRole("checkbox", { name: "按文档原有样式插入" }).check();
    await pane(page).getByRole("button", { name: "插入“理论学习”" }).click();
    await expect(notice(page).getByText("已插入“理论学习”，编号为“一、”。请把其中的 XX 换成实际内容。")).toBeVisible();
    const shown = await documentParagraphs(page);
    expect(shown[0].text).toMatch(/^一、/);
    expect(shown.every((p) => p.fontFamily === "" && p.fontSize === "")).toBe(true);
  });

  test("own section templates: copy a built-in one, edit it, delete it", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "模板");
    const firstBuiltIn = pane(page).getByTestId("section-item").filter({ hasText: "党的建设" }).first();
    // The other actions unfold when the entry is hovered or focused.
    await firstBuiltIn.hover();
    await firstBuiltIn.getByRole("button", { name: "复制到我的模板" }).click();
    await expect(notice(page).getByText("已将“党的建设”复制到我的模板，可以修改了。")).toBeVisible();
    const own = pane(page).getByTestId("section-item").first();
    await expect(own).toContainText("我的");
    await own.hover();
    await own.getByRole("button", { name: "修改“党的建设”" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("模板名称").fill("机关党建");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(pane(page).getByTestId("section-item").first()).toContainText("机关党建");
    expect(await page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE)).toContain("机关党建");
    await pane(page).getByTestId("section-item").first().hover();
    await pane(page).getByRole("button", { name: "删除“机关党建”" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "删除" }).click();
    await expect(notice(page).getByText("已删除“机关党建”。")).toBeVisible();
    await expect(pane(page).getByTestId("section-item").first()).not.toContainText("机关党建");
  });
});

test.describe("常用语", () => {
  test("xjyg finds 现将有关情况……; Enter inserts it at the cursor and it shows under 最近使用", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, ["关于2025年工作情况的报告", "今年以来，各项工作稳步推进。"].join("\n"));
    await page.getByTestId("document").locator("p").nth(1).click();
    await page.keyboard.press("End");
    await openTab(page, "常用语");
    await pane(page).getByRole("searchbox", { name: "检索常用语" }).fill("xjyg");
    const item = pane(page).getByTestId("phrase-insert").first();
    await expect(item.locator("mark")).toHaveText("现将有关");
    const phrase = (await item.innerText()).trim();
    expect(phrase.startsWith("现将有关情况")).toBe(true);
    await screenshot(page, "phrases-search");
    await item.focus();
    await page.keyboard.press("Enter");
    await expect(notice(page).getByText(/^已插入：/)).toBeVisible();
    const texts = (await documentParagraphs(page)).map((p) => p.text);
    expect(texts[1]).toBe(`今年以来，各项工作稳步推进。${phrase}`);

    await pane(page).getByRole("searchbox", { name: "检索常用语" }).fill("");
    await pane(page).getByTestId("phrase-category").selectOption({ label: "最近使用" });
    await expect(pane(page).getByTestId("phrase-insert")).toHaveText([phrase]);
  });

  test("Chinese search, favourites, and an own phrase added, edited and deleted", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    await pane(page).getByRole("searchbox", { name: "检索常用语" }).fill("总结如下");
    const first = pane(page).getByTestId("phrase-item").first();
    await expect(first.locator("mark")).toHaveText("总结如下");
    await first.hover();
    await first.getByRole("button", { name: "收藏" }).click();
    await pane(page).getByTestId("phrase-category").selectOption({ label: "收藏" });
    await expect(pane(page).getByTestId("phrase-item")).toHaveCount(1);
    await pane(page).getByRole("searchbox", { name: "检索常用语" }).fill("");

    await pane(page).getByTestId("phrase-category").selectOption({ label: "我的" });
    await expect(pane(page).getByText("还没有自己的常用语。")).toBeVisible();
    await pane(page).getByRole("button", { name: "新建常用语" }).click();
    const dialog = page.getByRole("dialog");
    // It opens on the phrase's text: what the writer types first goes there, not into the 分类 list.
    await expect(dialog.getByRole("textbox", { name: /常用语/ })).toBeFocused();
    await dialog.getByRole("combobox", { name: "分类" }).selectOption({ label: "结尾与表态" });
    await dialog.getByRole("textbox", { name: /常用语/ }).fill("以上是本单位自拟的结尾语。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(pane(page).getByTestId("phrase-insert")).toHaveText(["以上是本单位自拟的结尾语。我的"]);
    await pane(page).getByTestId("phrase-item").first().hover();
    await pane(page).getByTestId("phrase-item").first().getByRole("button", { name: "修改" }).click();
    await page.getByRole("dialog").getByRole("textbox", { name: /常用语/ }).fill("以上是修改后的结尾语。");
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await expect(pane(page).getByTestId("phrase-insert")).toHaveText(["以上是修改后的结尾语。我的"]);
    await pane(page).getByTestId("phrase-item").first().hover();
    await pane(page).getByTestId("phrase-item").first().getByRole("button", { name: "删除" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "删除" }).click();
    await expect(pane(page).getByTestId("phrase-item")).toHaveCount(0);
  });
});

test.describe("a full localStorage (issue 9)", () => {
  test("a phrase added when storage is full stays in the pane as unsaved, with 导出 offered, readable at 340 px", async ({ page }) => {
    await openPlayground(page);
    await setPaneWidth(page, 340);
    await openTab(page, "常用语");
    // Fill the origin's real quota (about 5 MB) with another key, as other add-ins sharing it might.
    await page.evaluate(() => {
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler-${i}`, "x".repeat(size));
          i += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await pane(page).getByTestId("phrase-category").selectOption({ label: "我的" });
    await pane(page).getByRole("button", { name: "新建常用语" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /常用语/ }).fill("以上报告，请审阅。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(pane(page).getByTestId("phrase-insert")).toHaveText(["以上报告，请审阅。我的"]);
    // Both library tabs are mounted and show the notice; this is the visible one.
    const tab = pane(page).getByLabel("常用语", { exact: true });
    const unsaved = tab.getByTestId("library-unsaved");
    await expect(unsaved).toContainText("未能保存到本机：本机为加载项保留的存储空间已满。刚才的修改仍显示在窗格中，但尚未保存");
    // The browser's own text comes after the Chinese sentence, for IT staff.
    await expect(unsaved).toContainText(/。（QuotaExceededError: .+）/);
    await expect(unsaved.getByTestId("library-unsaved-export")).toHaveAttribute("download", "我的素材库.json");
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE)).toBeNull();
    // The pack panel opens by itself, with the unsaved phrase in the text to copy.
    await expect(tab.getByTestId("pack-export")).toHaveValue(/以上报告，请审阅。/);
    expect(await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await unsaved.scrollIntoViewIfNeeded();
    await screenshot(page, "library-unsaved-340");
  });
});

test.describe("导入/导出", () => {
  const MALFORMED = JSON.stringify({
    format: "gongwen-pack",
    version: 1,
    phrases: [{ id: "p1", category: "开头语", text: "今年以来，" }, { id: "p2", category: "开场白", text: "文字" }, { id: "p3", category: "opening" }],
    sections: [],
  });

  test("a malformed pack: every problem in Chinese, where it is, and nothing changes", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    await pane(page).getByRole("button", { name: "导入/导出我的素材" }).click();
    // From a file, as a writer would pick it with 选择素材包文件.
    await pane(page).getByTestId("pack-file").setInputFiles({ name: "坏素材包.json", mimeType: "application/json", buffer: Buffer.from(MALFORMED, "utf8") });
    const result = pane(page).getByTestId("pack-result");
    await expect(result).toContainText(/素材包有 \d+ 处问题，没有导入任何内容/);
    await expect(result.locator("li").filter({ hasText: "phrases[1]" })).toHaveCount(1);
    await expect(result.locator("li").filter({ hasText: /phrases\[2\].*text/ })).toHaveCount(1);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, "pack-import-errors");
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE)).toBeNull();
    await pane(page).getByTestId("phrase-category").selectOption({ label: "我的" });
    await expect(pane(page).getByTestId("phrase-item")).toHaveCount(0);
  });

  test("a valid pack is imported and exported again, with a download link and a text to copy", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    await pane(page).getByRole("button", { name: "导入/导出我的素材" }).click();
    const pack = JSON.stringify({ format: "gongwen-pack", version: 1, phrases: [{ id: "mine-1", category: "closing", text: "本单位自拟的结尾语。" }], sections: [] });
    await pane(page).getByTestId("pack-paste").fill(pack);
    await pane(page).getByRole("button", { name: "导入粘贴的内容" }).click();
    await expect(pane(page).getByTestId("pack-result")).toContainText("已导入 1 条常用语。");
    await expect(pane(page).getByTestId("pack-export")).toHaveValue(/"id": "mine-1"/);
    await expect(pane(page).getByTestId("pack-download")).toHaveAttribute("href", /^blob:/);
    await expect(pane(page).getByTestId("pack-download")).toHaveAttribute("download", "我的素材库.json");
  });

  test("a damaged stored library: a warning, an empty library, the damaged text kept", async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"own": {"format": "gongwen-pack"'), STORAGE);
    await openPlayground(page);
    await openTab(page, "常用语");
    // Both library tabs share the state; only the open tab's copy is visible.
    await expect(pane(page).getByText(/已保存的“我的素材库”已损坏/).filter({ visible: true })).toBeVisible();
    await expect(pane(page).getByTestId("damaged-text").filter({ visible: true })).toHaveValue('{"own": {"format": "gongwen-pack"');
    expect(await page.evaluate((key) => localStorage.getItem(`${key}.damaged`), STORAGE)).toBe('{"own": {"format": "gongwen-pack"');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE)).toBe('{"own": {"format": "gongwen-pack"');
    await expect(pane(page).getByTestId("phrase-item").first()).toBeVisible();
  });
});

test.describe("loading", () => {
  test("the built-in content chunk is fetched only when a library tab first opens", async ({ page }) => {
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (/\/content\.[0-9a-f]+\.chunk\.js$/.test(request.url())) chunks.push(request.url());
    });
    await openPlayground(page);
    await expect(pane(page).getByTestId("outline")).toBeVisible();
    expect(chunks).toEqual([]);
    await openTab(page, "常用语");
    await openTab(page, "模板");
    expect(chunks).toHaveLength(1);
  });
});

test.describe("widths and keyboard", () => {
  for (const width of [300, 380, 500]) {
    test(`readable at ${width} px`, async ({ page }) => {
      await openPlayground(page);
      await setPaneWidth(page, width);
      await openTab(page, "模板");
      const overflow = () => pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(page, `templates-${width}`);
      await openTab(page, "常用语");
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(page, `phrases-${width}`);
    });
  }

  test("Tab reaches the phrase list and the focused item shows a focus ring", async ({ page }) => {
    await openPlayground(page);
    await openTab(page, "常用语");
    await pane(page).getByRole("searchbox", { name: "检索常用语" }).focus();
    // Search box (and its clear button once filled), the count text is not focusable: the first phrase follows.
    for (let i = 0; i < 5; i++) {
      const onPhrase = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "phrase-insert");
      if (onPhrase) break;
      await page.keyboard.press("Tab");
    }
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("data-testid", "phrase-insert");
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
    await screenshot(page, "phrases-keyboard-focus");
  });
});
