/**
 * Old web views (issue 11, item 7): volume-licensed Word 2016/2019 shows task panes in Internet Explorer 11, which
 * cannot parse the bundle. The real taskpane.html is loaded with its bundle made unparseable, as it is there, and the
 * writer must see why and what to ask for instead of 正在加载 forever. The script doing it must itself be ES5.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/* eslint-disable @typescript-eslint/no-require-imports */
const { OFFICE_CDN_URL } = require("../../scripts/build-settings.js") as { OFFICE_CDN_URL: string };
const { es5SyntaxError, nonEs5Scripts } = require("../../scripts/check-dist.js") as {
  es5SyntaxError(source: string): string | undefined;
  nonEs5Scripts(dir: string): string[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const DIST = path.join(__dirname, "..", "..", "dist");
const BUNDLE = /\/taskpane\.[0-9a-f]{8}\.js$/;

/** office.js outside Office: onReady reports no host, as the real one does in a browser. */
async function stubOfficeJs(page: Page) {
  await page.route(OFFICE_CDN_URL, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: "window.Office = { HostType: { Word: 'Word' }, onReady: function (cb) { setTimeout(function () { cb({ host: null }); }, 0); } };",
    }),
  );
}

test("the explaining script is ECMAScript 5, and the check would catch ES2015 in it", () => {
  expect(nonEs5Scripts(DIST)).toEqual([]);
  expect(es5SyntaxError(fs.readFileSync(path.join(DIST, "old-webview.js"), "utf8"))).toBeUndefined();
  expect(es5SyntaxError("var ok = function () { return 1; };")).toBeUndefined();
  expect(es5SyntaxError("const late = () => 1;")).toMatch(/\(1:/);
  expect(es5SyntaxError("var s = `模板`;")).toBeDefined();
});

test("a web view that cannot parse the bundle shows which Word versions work and what to ask IT for", async ({ page, foreignRequests }) => {
  await stubOfficeJs(page);
  // Internet Explorer 11 stops at the bundle's first arrow function; here the bundle gets a line Chromium cannot parse.
  await page.route(BUNDLE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `@@ not ES5 @@\n${await response.text()}` });
  });
  await page.goto("/taskpane.html");
  const explanation = page.getByRole("alert");
  await expect(explanation).toContainText("公文写作助手不能在这个版本的 Word 中运行");
  await expect(explanation).toContainText("Word 2021、Word 2024、Microsoft 365");
  await expect(explanation).toContainText("批量许可版 Word 2016 和 Word 2019");
  await expect(explanation).toContainText("请联系本单位信息化管理人员");
  await expect(explanation).toContainText("WebView2");
  await expect(page.getByText(/正在加载/)).toHaveCount(0);
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});

test("a bundle that failed to download is not blamed on the Word version", async ({ page, foreignRequests }) => {
  await stubOfficeJs(page);
  await page.route(BUNDLE, (route) => route.abort("connectionreset"));
  await page.goto("/taskpane.html");
  await expect(page.getByRole("alert")).toContainText("公文写作助手没有加载完整");
  await expect(page.getByText(/不能在这个版本的 Word 中运行/)).toHaveCount(0);
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});

test("where the bundle runs, the script stays silent and the pane's own message shows", async ({ page, foreignRequests }) => {
  await stubOfficeJs(page);
  await page.goto("/taskpane.html");
  await expect(page.getByText("请在 Word 中打开本加载项：在“开始”选项卡点击“公文助手”。")).toBeVisible();
  // The explanation would come at "load"; wait past it so a late one would be seen.
  await page.waitForLoadState("load");
  await page.waitForTimeout(100);
  await expect(page.getByTestId("old-webview")).toHaveCount(0);
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});
