/**
 * 设置 (本单位规范) in the playground: a setting changes what 检查 reports and the verdict says which check is off; the
 * house style travels in the team pack to a fresh pane; a style pinned to the document wins over the writer's own.
 */
import type { Locator, Page } from "@playwright/test";
import { HOUSE_RULES } from "../../src/core/houseStyle";
import { expect, expectAccessible, loadText, openPlayground, screenshot, test } from "./fixtures";

const DRAFT = [
  "关于2025年上半年工作情况的报告",
  "今年以来，我们认真贯彻落实各项部署，各项工作取得新进展。现将有关情况报告如下：",
  "一、主要工作",
  "某某单位牵头完成重点任务12项。",
  "二、存在的问题",
  "个别工作推进不够快。",
  "三、下一步工作打算",
  "继续抓好落实。",
].join("\n");

const MOU_MESSAGE = "“某某”可能是未替换的占位名称";
const MOU_SWITCH = "把“某某”当作未填写的占位名称";

function pane(page: Page): Locator {
  return page.getByTestId("taskpane");
}

async function check(page: Page): Promise<Locator> {
  await pane(page).getByRole("tab", { name: "检查" }).click();
  await pane(page).getByRole("button", { name: /^(重新)?检查$/ }).click();
  const verdict = pane(page).getByTestId("verdict");
  await expect(verdict).toBeVisible();
  return verdict;
}

async function openSettings(page: Page): Promise<Locator> {
  await pane(page).getByRole("button", { name: "更多" }).click();
  await page.getByRole("menuitem", { name: "设置" }).click();
  const view = pane(page).getByTestId("settings");
  await expect(view).toBeVisible();
  return view;
}

function findingMessages(page: Page): Locator {
  return pane(page).getByTestId("finding-message");
}

async function atPaneWidth(page: Page, px: number): Promise<void> {
  await page.evaluate((width) => document.documentElement.style.setProperty("--pane-width", `${width}px`), px);
}

test.describe("设置: 本单位规范", () => {
  test("switching 某某 off by keyboard: re-check, the finding is gone and the verdict says which rule is off", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    await loadText(page, DRAFT, "上半年报告.txt");
    await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(1);

    const view = await openSettings(page);
    // The view is built from the rules' metadata: each rule's title, what it wants and its basis.
    await expect(view.getByTestId("rule-placeholder")).toContainText("依据：");
    await expect(view.getByTestId("rule-numbering-form")).toContainText("GB/T 9704—2012 7.3.3");
    // Every registered rule has its row, the 标点 ones included: nothing is listed by hand.
    for (const meta of HOUSE_RULES) await expect(view.getByTestId(`rule-${meta.id}`)).toContainText(meta.title);
    expect(HOUSE_RULES.some((meta) => meta.category === "punctuation")).toBe(true);
    const mou = view.getByRole("switch", { name: MOU_SWITCH });
    await expect(mou).toBeChecked();
    await mou.focus();
    await page.keyboard.press("Space");
    await expect(mou).not.toBeChecked();
    await expectAccessible(page, "the 设置 view at 340 px");
    await screenshot(page, "settings-340");
    // The view fits the pane: nothing wider than the pane itself.
    const overflow = await view.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const verdict = await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(0);
    await expect(verdict.getByTestId("verdict-switched-off").first()).toHaveText("按本单位规范未检查：占位名称“某某”。");
    await expect(verdict).toContainText("注意：按本单位规范，占位名称“某某”已关闭");
    await screenshot(page, "settings-verdict");
  });

  test("a severity and a house form change what 检查 reports", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, [...DRAFT.split("\n").slice(0, 3), "（一）抓学习", "1、学文件", "2、学讲话", ...DRAFT.split("\n").slice(3)].join("\n"));
    await check(page);
    await expect(findingMessages(page).filter({ hasText: "三级标题用“1、”这种写法编号" })).toHaveCount(1);
    await expect(pane(page).locator('[aria-label^="警告：“某某”"]')).toHaveCount(1);
    const view = await openSettings(page);
    await view.getByRole("radio", { name: "1、" }).check();
    await view.getByRole("combobox", { name: "“占位名称“某某””的级别" }).selectOption("error");
    await check(page);
    await expect(findingMessages(page).filter({ hasText: "三级标题用" })).toHaveCount(0);
    await expect(pane(page).locator('[aria-label^="错误：“某某”"]')).toHaveCount(1);
    await expect(pane(page).locator('[aria-label^="警告：“某某”"]')).toHaveCount(0);
  });

  test("exported in the team pack and imported into a fresh pane: the same result", async ({ page }) => {
    await openPlayground(page);
    const view = await openSettings(page);
    await view.getByRole("textbox", { name: "规范名称" }).fill("综合科");
    await view.getByRole("textbox", { name: "规范名称" }).press("Enter");
    await view.getByRole("switch", { name: MOU_SWITCH }).click();
    await pane(page).getByRole("tab", { name: "常用语" }).click();
    await pane(page).getByRole("button", { name: "导入/导出我的素材" }).click();
    await expect(pane(page).getByTestId("pack-house-style")).toBeVisible();
    const exported = await pane(page).getByTestId("pack-export").inputValue();
    expect(JSON.parse(exported)).toMatchObject({ houseStyle: { name: "综合科", rules: { "placeholder-name": false } } });

    // A colleague's pane: nothing stored.
    await page.evaluate(() => localStorage.clear());
    await openPlayground(page);
    await loadText(page, DRAFT);
    await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(1);
    await pane(page).getByRole("tab", { name: "常用语" }).click();
    await pane(page).getByRole("button", { name: "导入/导出我的素材" }).click();
    await pane(page).getByTestId("pack-paste").fill(exported);
    await pane(page).getByRole("button", { name: "导入粘贴的内容" }).click();
    await expect(pane(page).getByTestId("pack-result")).toContainText("已采用素材包中的本单位规范“综合科”");
    const verdict = await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(0);
    await expect(verdict).toContainText("按本单位规范未检查：占位名称“某某”。");
    const settings = await openSettings(page);
    await expect(settings.getByRole("switch", { name: MOU_SWITCH })).not.toBeChecked();
  });

  test("a style pinned to the document wins over the writer's own, and the view says so", async ({ page }) => {
    await openPlayground(page);
    await loadText(page, DRAFT);
    const view = await openSettings(page);
    await view.getByRole("switch", { name: MOU_SWITCH }).click();
    await view.getByRole("button", { name: "固定到本文档" }).click();
    await expect(view.getByTestId("settings-source")).toContainText("本文档已固定本单位规范");
    await view.getByRole("button", { name: "恢复默认" }).click();
    await expect(view.getByRole("switch", { name: MOU_SWITCH })).toBeChecked();
    await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(0);
    const again = await openSettings(page);
    await again.getByRole("button", { name: "取消固定" }).click();
    await expect(again.getByTestId("settings-source")).toHaveText("检查按你的设置进行。");
    await check(page);
    await expect(findingMessages(page).filter({ hasText: MOU_MESSAGE })).toHaveCount(1);
  });

  test("格式惯例: a fixed line spacing chosen with the keyboard is checked by the next 检查, and switched off again", async ({ page }) => {
    await openPlayground(page);
    await atPaneWidth(page, 340);
    await loadText(page, DRAFT);
    await check(page);
    await expect(findingMessages(page).filter({ hasText: "行距" })).toHaveCount(0);

    const view = await openSettings(page);
    const practice = view.getByTestId("settings-layout-practice");
    await expect(practice.getByRole("switch", { name: "三级标题（1.）加粗" })).not.toBeChecked();
    const fixed = practice.getByRole("radio", { name: "固定值 28 磅" });
    await practice.getByRole("radio", { name: "不检查、不设置" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(fixed).toBeChecked();
    await expectAccessible(page, "the 格式惯例 group at 340 px");
    await screenshot(page, "settings-layout-practice-340");

    await check(page);
    // The text loaded into the simulated Word keeps Word's single line spacing: 28 pt fixed is now asked for.
    await expect(findingMessages(page).filter({ hasText: "固定值28磅" }).first()).toBeVisible();

    const again = await openSettings(page);
    await again.getByRole("radio", { name: "不检查、不设置" }).check();
    await check(page);
    await expect(findingMessages(page).filter({ hasText: "行距" })).toHaveCount(0);
  });
});
