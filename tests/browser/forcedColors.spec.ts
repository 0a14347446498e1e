/**
 * Windows high contrast (forced colors): Windows replaces every colour with a few system ones and drops shadows, so a
 * selection shown only by a coloured bar or a focus ring drawn as a box-shadow disappears. Chromium emulates the mode
 * (Playwright `forcedColors: "active"`); what the writer sees is compared as pixels, since computed styles do not
 * say what is painted.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, openPlayground, screenshot, test } from "./fixtures";

test.use({ forcedColors: "active" });

const TABS = ["概览", "检查", "模板", "常用语"];

/** How many distinct colours the element paints: 1 means nothing is visible on its background. */
async function coloursIn(page: Page, element: Locator): Promise<number> {
  const png = await element.screenshot({ animations: "disabled" });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return colours.size;
  }, png.toString("base64"));
}

async function pictureOf(element: Locator): Promise<Buffer> {
  return element.screenshot({ animations: "disabled" });
}

test("in high contrast every tab, the selected tab and the keyboard focus stay visible", async ({ page }) => {
  await openPlayground(page);
  expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
  const pane = page.getByTestId("taskpane");
  await page.mouse.move(0, 0);

  for (const name of TABS) {
    const tab = pane.getByRole("tab", { name });
    await expect(tab).toBeVisible();
    expect(await coloursIn(page, tab), `the tab ${name} paints its label`).toBeGreaterThan(1);
  }

  // The selection is more than colour: 检查 looks different once selected.
  const check = pane.getByRole("tab", { name: "检查" });
  const unselected = await pictureOf(check);
  await check.click();
  await expect(check).toHaveAttribute("aria-selected", "true");
  await page.mouse.move(0, 0);
  expect((await pictureOf(check)).equals(unselected), "the selected tab looks the same as an unselected one").toBe(false);

  // The keyboard focus ring: 模板 unfocused, then reached with the arrow key (keyboard focus, as a writer moves).
  const templates = pane.getByRole("tab", { name: "模板" });
  const tabList = pane.getByRole("tablist");
  const beforeFocus = await pictureOf(tabList);
  await check.focus();
  const focusedCheck = await pictureOf(tabList);
  await page.keyboard.press("ArrowRight");
  await expect(templates).toBeFocused();
  await expect(check).toHaveAttribute("aria-selected", "true");
  const focusedTemplates = await pictureOf(tabList);
  expect(focusedTemplates.equals(beforeFocus), "keyboard focus on 模板 shows no ring").toBe(false);
  expect(focusedTemplates.equals(focusedCheck), "moving the focus does not move the ring").toBe(false);

  // And a button in the pane body: 检查's own button, reached with Tab from the tab list.
  await check.focus();
  await page.keyboard.press("Enter");
  const run = pane.getByRole("button", { name: "检查", exact: true });
  const runUnfocused = await pictureOf(run);
  await run.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(run).toBeFocused();
  expect((await pictureOf(run)).equals(runUnfocused), "keyboard focus on the 检查 button shows no ring").toBe(false);
  await screenshot(page, "forced-colors");
});
