/**
 * Takes the README's screenshot (docs/screenshot.png): the playground with the sample document after a check.
 * Run with the production build served: `npm run build && (PORT=3100 node scripts/serve-dist.js &) && node
 * scripts/screenshot.js`.
 */
const path = require("node:path");
const { chromium } = require("@playwright/test");
const { chromiumLaunchOptions } = require("./chromium");

async function main() {
  const url = process.argv[2] || "http://127.0.0.1:3100/playground.html";
  const out = process.argv[3] || path.join(__dirname, "..", "docs", "screenshot.png");
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await pane.getByTestId("verdict").waitFor();
    await page.screenshot({ path: out });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
