/** Headers, footers and text boxes: a placeholder in a 页眉 is found and located there; what was not read is said. */
import { buildDocx, p, sectPr, textBoxRun } from "../docx/build-docx";
import { checkInPane as check, expect, openPlayground, screenshot, selectedText, test } from "./fixtures";

test("the sample's 页眉 placeholder is found, named 页眉, and 定位 selects it in the header", async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
  const header = page.getByTestId("parts-top").getByTestId("part-header");
  await expect(header).toContainText("市委办公室2025年工作总结（送审稿·第XX稿）");
  await expect(page.getByTestId("parts-bottom").getByTestId("part-footer")).toContainText("内部资料");

  const pane = await check(page);
  // WordApi 1.5 (the playground's default): headers, footers and notes are read; text boxes never are.
  await expect(pane.getByTestId("verdict-unchecked")).toHaveText(/^文本框未检查/);
  const card = pane.getByTestId("category-placeholder").getByTestId("finding").filter({ has: page.getByTestId("finding-part") });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("finding-context")).toHaveText(/^页眉：.*（送审稿·第XX稿）$/);
  await card.getByRole("button", { name: "定位" }).click();
  await expect.poll(() => selectedText(page)).toBe("XX");
  const where = await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest("[data-testid]")?.getAttribute("data-testid"));
  expect(where).toBe("part-header");
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, "parts-header-located");
});

test("添加批注 offers only what Word can take a comment on, and says the 页眉's placeholder is to be changed by hand", async ({ page }) => {
  // Found in a writer's walk: the dialog promised the header's XX too, added one fewer, and said it "在检查之后被修改过".
  await openPlayground(page);
  const pane = await check(page);
  await pane.getByRole("button", { name: "添加批注" }).click();
  const dialog = page.getByRole("alertdialog");
  const promised = Number(/为 (\d+) 处/.exec(await dialog.innerText())?.[1]);
  await expect(dialog).toContainText("页眉、页脚和脚注中的 1 处不加批注");
  await dialog.getByRole("button", { name: "添加批注" }).click();
  await expect(pane.getByTestId("notice")).toContainText(`已为 ${promised} 处`);
  await expect(pane.getByTestId("notice")).not.toContainText("修改过");
  await expect(page.getByTestId("comment")).toHaveCount(promised);
});

test("on WordApi 1.3 the verdict says notes and text boxes were not checked; the header still is", async ({ page }) => {
  await openPlayground(page, "?api=1.3");
  const pane = await check(page);
  await expect(pane.getByTestId("verdict-unchecked")).toHaveText(/^脚注、尾注和文本框未检查/);
  await page.evaluate(() => document.documentElement.style.setProperty("--pane-width", "340px"));
  await screenshot(page, "parts-verdict-unchecked");
  await expect(pane.getByTestId("finding-part")).toHaveText(["页眉："]);
});

test("a .docx with a 页眉 and a text box: the header shows above the page and is checked, the text box is said unchecked", async ({ page }) => {
  const docx = buildDocx({
    headers: [p("XXXX人民政府办公室")],
    body: [
      p("关于2025年工作情况的报告"),
      p("今年以来，我们扎实推进各项工作。"),
      `<w:p>${textBoxRun(p("XX市人民政府文件"))}</w:p>`,
      sectPr({ default: "rIdH1" }),
    ].join(""),
  });
  await openPlayground(page);
  await page.getByTestId("file-input").setInputFiles({
    name: "带页眉.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await expect(page.getByText(/已打开“带页眉.docx”/)).toBeVisible();
  await expect(page.getByTestId("part-header")).toContainText("XXXX人民政府办公室");
  await expect(page.getByTestId("part-textBox")).toContainText("XX市人民政府文件");

  const pane = await check(page);
  await expect(pane.getByTestId("finding-part")).toHaveText(["页眉："]);
  await expect(pane.getByTestId("verdict-unchecked")).toContainText("文本框未检查");
  await pane.getByTestId("finding").filter({ has: page.getByTestId("finding-part") }).click();
  await expect.poll(() => selectedText(page)).toBe("XXXX");
});
