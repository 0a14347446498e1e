/**
 * Browser tests: Debian's Chromium (never a downloaded browser) against a production build of the playground,
 * served on 127.0.0.1. Screenshots land in artifacts/screenshots/.
 */
const { defineConfig } = require("@playwright/test");
const { chromiumLaunchOptions } = require("./scripts/chromium");

const PORT = Number(process.env.BROWSER_TEST_PORT || 3100);

module.exports = defineConfig({
  testDir: "tests/browser",
  testMatch: "**/*.spec.ts",
  outputDir: "artifacts/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    screenshot: "only-on-failure",
    trace: "off",
  },
  webServer: {
    command: `node scripts/serve-dist.js`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/playground.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
