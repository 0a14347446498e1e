/**
 * The real task pane page (taskpane.html), outside Word: office.js is intercepted, never fetched. Its only request
 * outside its own origin is office.js itself, and each way it can fail to start says so in Chinese.
 */
import { expect, test } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_CDN_URL } = require("../../scripts/build-settings.js") as { OFFICE_CDN_URL: string };

test("an unreachable office.js (an intranet without it) is explained instead of a pane stuck loading", async ({ page, foreignRequests }) => {
  await page.route(OFFICE_CDN_URL, (route) => route.abort("internetdisconnected"));
  await page.goto("/taskpane.html");
  await expect(page.getByText(/无法加载 Office 组件（office\.js）/)).toBeVisible();
  // office.js is the page's one reference outside its origin, and it was stopped here, not fetched.
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});

test("opened in a browser rather than Word, the pane says where to open it", async ({ page, foreignRequests }) => {
  await page.route(OFFICE_CDN_URL, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      // A stand-in for office.js outside Office: onReady reports no host, as the real one does.
      body: "window.Office = { HostType: { Word: 'Word' }, onReady: function (cb) { setTimeout(function () { cb({ host: null }); }, 0); } };",
    }),
  );
  await page.goto("/taskpane.html");
  await expect(page.getByText("请在 Word 中打开本加载项：在“开始”选项卡点击“公文助手”。")).toBeVisible();
  expect(foreignRequests).toEqual([OFFICE_CDN_URL]);
  foreignRequests.splice(0);
});
