/** Opening a .docx in the playground: text, tables and Word's automatic numbering arrive as Word would report them. */
import { abstractNum, buildDocx, GONGWEN_LEVELS, num, p, table } from "../docx/build-docx";
import { expect, openPlayground, screenshot, test } from "./fixtures";

test("a .docx with automatic numbering opens with its numbers, and the outline and check see them", async ({ page }) => {
  const docx = buildDocx({
    numbering: abstractNum(0, GONGWEN_LEVELS) + num(1, 0),
    body: [
      p("市政府研究室2025年工作总结"),
      p("今年以来，我室紧紧围绕市政府中心工作，较好完成了各项任务。现将有关情况总结如下："),
      p("强化调查研究，决策服务更加有力", { numId: 1, ilvl: 0 }),
      p("聚焦重点课题", { numId: 1, ilvl: 1 }),
      p("完成课题XX项。"),
      p("深化文稿服务，以文辅政成效明显", { numId: 1, ilvl: 0 }),
      table(p("序号"), p("完成情况")),
    ].join(""),
  });
  await openPlayground(page);
  await page.getByTestId("file-input").setInputFiles({
    name: "研究室总结.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await expect(page.getByText("已打开“研究室总结.docx”，共 8 段。")).toBeVisible();
  const documentView = page.getByTestId("document");
  await expect(documentView.locator("p").nth(2)).toHaveText("一、强化调查研究，决策服务更加有力");
  await expect(documentView.locator("p").nth(3)).toHaveText("（一）聚焦重点课题");
  await expect(documentView.locator("p").nth(5)).toHaveText("二、深化文稿服务，以文辅政成效明显");
  await expect(documentView.locator("p.in-table")).toHaveCount(2);

  const pane = page.getByTestId("taskpane");
  await pane.getByRole("button", { name: "刷新" }).click();
  await expect(pane.getByTestId("outline").getByRole("button")).toHaveText([
    /一、\s*强化调查研究/,
    /（一）\s*聚焦重点课题/,
    /二、\s*深化文稿服务/,
  ]);
  await pane.getByRole("tab", { name: "检查" }).click();
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await expect(pane.getByTestId("count-placeholder")).toBeVisible();
  // The verdict lists only categories with findings: none for numbering.
  await expect(pane.getByTestId("count-numbering")).toHaveCount(0);
  await expect(pane.getByTestId("count-placeholder")).toHaveText("占位符 1");
  await screenshot(page, "docx-opened");
});

test("a file that is not a .docx gets a clear Chinese message and the document is kept", async ({ page }) => {
  await openPlayground(page);
  const before = await page.getByTestId("document").innerText();
  await page.getByTestId("file-input").setInputFiles({ name: "坏文件.docx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是压缩包") });
  await expect(page.getByRole("alert")).toContainText("无法读取该文件");
  expect(await page.getByTestId("document").innerText()).toBe(before);
});
