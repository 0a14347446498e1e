/**
 * Renders assets/icon.svg (and icon-small.svg up to 24 px) to the PNG sizes the manifest uses, in Debian's Chromium.
 * A maintainer runs this after changing the artwork (`node scripts/make-icons.js`); the PNGs are committed, so builds
 * never need a browser.
 *
 * Sizes: a ribbon bt:Image may be 16, 20, 24, 32, 40, 48, 64 or 80 px (16, 32 and 80 required); Office picks the one
 * nearest the screen's scaling (20 and 24 px at 125 % and 150 %, 40 and 48 px on high-DPI screens), so shipping them
 * all avoids blurry rescaling. 128 px is for store listings.
 */
const path = require("node:path");
const fs = require("node:fs");
const { chromium } = require("@playwright/test");
const { chromiumLaunchOptions } = require("./chromium");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
/** Below 32 px the text lines of the full artwork blur into grey: the small artwork leaves them out. */
const SMALL_UP_TO = 24;

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const size of SIZES) {
      const svgFile = size <= SMALL_UP_TO ? "icon-small.svg" : "icon.svg";
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
