/**
 * Renders assets/icon.svg (and icon-small.svg for 16 px) to the PNG sizes the manifest needs, in Debian's Chromium.
 * A maintainer runs this after changing the artwork; the PNGs are committed, so builds never need a browser.
 */
const path = require("node:path");
const fs = require("node:fs");
const { chromium } = require("@playwright/test");
const { chromiumLaunchOptions } = require("./chromium");

const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const size of SIZES) {
      const svgFile = size <= 16 ? "icon-small.svg" : "icon.svg";
      const svg = fs.readFileSync(path.join(__dirname, "..", "assets", svgFile), "utf8");
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace("<svg ", `<svg width="${size}" height="${size}" `) +
          `</body></html>`,
      );
      const file = path.join(__dirname, "..", "assets", `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
