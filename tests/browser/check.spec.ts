import { expect, expectAccessible, loadText, openPlayground, screenshot, selectedText, test, withoutLayoutCheck } from "./fixtures";
import type { Page } from "@playwright/test";

/** Our own draft with the slips the check must catch: a （一）、, a 一是/二是/四是, a skipped 三、, four placeholders. */
const DRAFT = [
  "县委办公室2025年上半年工作总结",
  "今年以来，县委办公室在县委的坚强领导下，围绕中心、服务大局，各项工作取得新进展。现将有关情况总结如下：",
  "一、坚持以文辅政，文稿质量稳步提升",
  "（一）、精心起草重要文稿。全年起草各类文稿**篇。",
  "（二）积极开展调查研究。形成调研报告XX篇。",
  "二、强化督查落实，推动决策部署落地",
  "一是完善督查机制。二是开展专项督查。四是严格督查问责。",
  "四、加强自身建设，队伍素质持续提升",
  "组织集中学习**次，开展业务培训XX期。",
  "五、存在的问题和不足",
  "虽然取得了一定成绩，但还存在一些不足。一是学习不够深入；二是调研不够扎实；三是创新意识不强。",
  "六、下一步工作打算",
  "下一步，我们将进一步提高服务水平。",
].join("\n");

async function openCheck(page: Page) {
  await withoutLayoutCheck(page);
  await openPlayground(page);
  await loadText(page, DRAFT, "上半年总结.txt");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("verdict")).toBeVisible();
  return pane;
}

function paragraph(page: Page, index: number) {
  return page.getByTestId("document").locator("p").nth(index);
}

test.describe("检查", () => {
  test("the verdict and the counts per category are right", async ({ page }) => {
    const pane = await openCheck(page);
    // 四、 after 二、 is one finding (its fix renumbers 四、五、六、), not three (issue 8).
    await expect(pane.getByTestId("verdict")).toContainText("还有 7 处需要处理");
    await expect(pane.getByTestId("count-numbering")).toHaveText("编号 2");
    await expect(pane.getByTestId("count-enumeration")).toHaveText("一是序列 1");
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 4");
    // A chip per category with findings: one click filters the list to it.
    await expect(pane.getByTestId("count-structure")).toHaveCount(0);
    const placeholderCard = pane.getByTestId("category-placeholder").getByTestId("finding").first();
    await expect(placeholderCard.getByTestId("finding-context")).toContainText("全年起草各类文稿**篇");
    await screenshot(page, "check-verdict");
    await expectAccessible(page, "the 检查 tab with findings");
  });

  test("重新检查 veils the list at once, with no restyle nor fade on its buttons, and their hover fade stays", async ({ page }) => {
    const pane = await openCheck(page);
    // A fade on each colour of each button fired three events per colour: some 31,000 on an 800-page report.
    await page.evaluate(() => {
      const w = window as unknown as { listFades: number };
      w.listFades = 0;
      document.addEventListener("transitionrun", (event) => {
        if ((event.target as Element).closest("[data-list-control]")) w.listFades += 1;
      });
    });
    const locate = pane.getByTestId("finding").first().getByRole("button", { name: "定位" });
    // Busy is said once, on the list (a group whose aria-disabled applies to every button in it), and shown by one
    // veil over it (its ::after), not by each button's colours: seen as it happens.
    const list = pane.getByRole("group", { name: "检查结果" });
    const colour = await locate.evaluate((button) => getComputedStyle(button).color);
    await list.evaluate((el) => {
      const w = window as unknown as { listMarks: string[] };
      w.listMarks = [];
      const button = el.querySelector('[data-action="locate"]') as HTMLElement;
      new MutationObserver(() => {
        const veil = getComputedStyle(el, "::after");
        w.listMarks.push(`${el.getAttribute("aria-disabled")} ${veil.content} ${getComputedStyle(button).color}`);
      }).observe(el, { attributes: true, attributeFilter: ["aria-disabled"] });
    });
    await pane.getByRole("button", { name: "重新检查" }).click();
    await expect(pane.getByTestId("verdict")).toContainText("还有 7 处需要处理");
    await expect(locate).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { listMarks: string[] }).listMarks)).toEqual([`true "" ${colour}`, `false none ${colour}`]);
    // The buttons themselves are not written to (some 1,000 of them on an 800-page report).
    expect(await list.locator("[data-list-control][aria-disabled]").count()).toBe(0);
    await expect.poll(() => locate.evaluate((button) => getComputedStyle(button).transitionDuration)).not.toBe("0s");
    expect(await page.evaluate(() => (window as unknown as { listFades: number }).listFades)).toBe(0);
  });

  test("clicking a card selects exactly that text in the document", async ({ page }) => {
    const pane = await openCheck(page);
    await pane.getByTestId("category-enumeration").getByTestId("finding").first().click();
    await expect.poll(() => selectedText(page)).toBe("四是");
    await pane.getByTestId("category-placeholder").getByTestId("finding").nth(3).click();
    await expect.poll(() => selectedText(page)).toBe("XX");
    // The fourth placeholder is the XX in paragraph 9 (培训XX期), not the one in paragraph 5.
    const selectionParagraph = await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.textContent);
    expect(selectionParagraph).toBe("组织集中学习**次，开展业务培训XX期。");
    await screenshot(page, "check-selected");
  });

  test("全部修正 on numbering, then 检查 again: no numbering finding, placeholders still flagged", async ({ page }) => {
    const pane = await openCheck(page);
    await pane.getByTestId("category-numbering").getByRole("button", { name: /全部修正/ }).click();
    await expect(pane.getByTestId("notice")).toContainText("已修正 2 处（共改动 4 处编号或文字），可用 Word 的“撤消”恢复。");
    await expect(paragraph(page, 3)).toHaveText("（一）精心起草重要文稿。全年起草各类文稿**篇。");
    await expect(paragraph(page, 7)).toHaveText("三、加强自身建设，队伍素质持续提升");
    await expect(paragraph(page, 9)).toHaveText("四、存在的问题和不足");
    await expect(paragraph(page, 11)).toHaveText("五、下一步工作打算");
    await pane.getByRole("button", { name: "重新检查" }).click();
    await expect(pane.getByTestId("count-numbering")).toHaveCount(0);
    await expect(pane.getByTestId("category-numbering")).toHaveCount(0);
    await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 4");
    await screenshot(page, "check-after-fix-all");
  });

  test("the 占位符 chip, then 下一处, walks the placeholders in document order from the cursor", async ({ page }) => {
    const pane = await openCheck(page);
    await pane.getByTestId("count-placeholder").click();
    await expect(pane.getByTestId("category-numbering")).toHaveCount(0);
    const next = pane.getByRole("button", { name: "下一处" }).first();
    const seen: string[] = [];
    // Where the selection is: paragraph and text, plus its offset, so that two placeholders alike differ.
    const selected = () =>
      page.evaluate(() => {
        const selection = window.getSelection();
        return `${selection?.anchorNode?.parentElement?.dataset.index}:${selection}@${selection?.anchorOffset}`;
      });
    for (let i = 0; i < 4; i++) {
      const before = await selected();
      // While the previous jump's round trip runs the list is busy and a click does nothing, as the writer sees.
      await expect(next).toBeEnabled();
      await next.click();
      await expect.poll(selected).not.toBe(before);
      seen.push((await selected()).replace(/@\d+$/, ""));
    }
    expect(seen).toEqual(["3:**", "4:XX", "8:**", "8:XX"]);
  });

  test("an edit between check and fix is never overwritten", async ({ page }) => {
    const pane = await openCheck(page);
    const heading = paragraph(page, 7);
    await heading.click();
    await page.keyboard.press("End");
    await page.keyboard.type("（修改）");
    await expect(heading).toHaveText("四、加强自身建设，队伍素质持续提升（修改）");
    await pane.getByTestId("category-numbering").getByRole("button", { name: /全部修正/ }).click();
    await expect(pane.getByTestId("notice")).toContainText(/有 1 处在检查之后被修改过/);
    await expect(heading).toHaveText("四、加强自身建设，队伍素质持续提升（修改）");
    await expect(paragraph(page, 3)).toHaveText("（一）精心起草重要文稿。全年起草各类文稿**篇。");
    // The check ran again by itself: the edited heading is flagged afresh against the new text.
    await expect(pane.getByTestId("category-numbering").getByTestId("finding").first()).toContainText("四、");
  });

  test("忽略 hides a finding, keeps it in the document's settings, and can be undone", async ({ page }) => {
    const pane = await openCheck(page);
    const placeholders = pane.getByTestId("category-placeholder").getByTestId("finding");
    await expect(placeholders).toHaveCount(4);
    await placeholders.first().getByRole("button", { name: "忽略" }).click();
    await expect(placeholders).toHaveCount(3);
    await expect(pane.getByTestId("verdict")).toContainText("还有 6 处需要处理");
    await pane.getByRole("button", { name: "重新检查" }).click();
    await expect(placeholders).toHaveCount(3);
    await pane.getByTestId("ignored").getByRole("button", { name: "取消忽略" }).click();
    await expect(placeholders).toHaveCount(4);
  });

  test("添加批注 asks first, then puts one Word comment on every error and warning, never twice", async ({ page }) => {
    const pane = await openCheck(page);
    await pane.getByRole("button", { name: "添加批注" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("为 7 处错误和警告各添加一条 Word 批注");
    await dialog.getByRole("button", { name: "添加批注" }).click();
    await expect(pane.getByTestId("notice")).toContainText("已为 7 处问题添加批注。");
    await expect(page.getByTestId("comment")).toHaveCount(7);
    await expect(page.getByTestId("comment").first()).toContainText("（一）、");
    await pane.getByRole("button", { name: "添加批注" }).click();
    await expect(pane.getByTestId("notice")).toContainText("需要处理的问题都已添加过批注。");
    await expect(page.getByTestId("comment")).toHaveCount(7);
  });

  test("each card says which heading it sits under, as the writer can find it in Word", async ({ page }) => {
    const pane = await openCheck(page);
    const enumeration = pane.getByTestId("category-enumeration").getByTestId("finding").first();
    await expect(enumeration).toContainText("位于“二、强化督查落实，推动决策部署落地”下");
    await enumeration.getByRole("button", { name: "定位" }).click();
    await expect.poll(() => selectedText(page)).toBe("四是");
  });

  test("添加批注 is disabled with the reason on WordApi 1.3", async ({ page }) => {
    await withoutLayoutCheck(page);
    await openPlayground(page, "?api=1.3");
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await expect(pane.getByRole("button", { name: "添加批注" })).toBeDisabled();
    await expect(pane.getByTestId("comments-unavailable")).toContainText("WordApi 1.4");
  });

  test("opening another document leaves nothing of the last one's results, and every hint shows once", async ({ page }) => {
    await withoutLayoutCheck(page);
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    // Two structure hints anchor on the same paragraph here (no 问题 part, no 下一步 part).
    await loadText(page, ["关于2025年工作情况的报告", "今年以来，我们认真完成了各项任务。", "一、主要工作", "全年完成任务8项。"].join("\n"), "甲.txt");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await expect(pane.getByTestId("category-structure").getByTestId("finding")).toHaveCount(2);
    await loadText(page, ["关于2025年上半年工作情况的报告", "上半年，我们扎实推进各项工作。", "一、主要工作", "完成任务5项。", "二、存在的问题", "调研还不够深入。"].join("\n"), "乙.txt");
    await pane.getByRole("tab", { name: "检查" }).click();
    await expect(pane.getByTestId("verdict")).toHaveCount(0);
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await expect(pane.getByTestId("verdict")).toContainText("另有 1 条提示");
    await expect(pane.getByTestId("finding")).toHaveCount(1);
    await expect(pane.getByTestId("finding")).toContainText("下一步");
  });
});
