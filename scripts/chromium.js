/**
 * How we start Debian's Chromium (never a downloaded browser). CHROMIUM_PATH overrides /usr/bin/chromium.
 * The background-networking flags stop Chromium's own calls home, which this machine's closed network refuses and
 * which our no-network test would otherwise have to tell apart from the page's requests.
 */
const fs = require("node:fs");

function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  return candidate;
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];

function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS };
}

module.exports = { chromiumPath, chromiumLaunchOptions, CHROMIUM_ARGS };
