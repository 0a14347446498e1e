/**
 * Nothing leaves the machine: the built pages reference nothing but themselves (and, for the task pane in Word, the
 * configured office.js), their Content-Security-Policy forbids anything else, the bundles carry no network API,
 * and a pane driven through every action requests nothing outside its origin (the fixture fails any test that does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expect, openPlayground, test } from "./fixtures";

const DIST = path.join(__dirname, "..", "..", "dist");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_CDN_URL } = require("../../scripts/build-settings.js") as { OFFICE_CDN_URL: string };

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

/** The minifier drops quotes around attribute values where it can, so both forms are read. */
function attributeValues(html: string, names: string): string[] {
  const pattern = new RegExp(`\\b(?:${names})=(?:"([^"]*)"|([^\\s>]+))`, "g");
  return [...html.matchAll(pattern)].map((m) => m[1] ?? m[2]);
}

function absoluteReferences(html: string): string[] {
  return attributeValues(html, "src|href").filter((ref) => /^[a-z]+:/i.test(ref));
}

function cspOf(html: string): string {
  const match = /<meta http-equiv=(?:"Content-Security-Policy"|Content-Security-Policy) content="([^"]+)"/.exec(html);
  if (!match) throw new Error("no Content-Security-Policy meta tag");
  return match[1];
}

test.describe("nothing leaves the machine", () => {
  test("the task pane page loads only its own files and the configured office.js", () => {
    const html = read("taskpane.html");
    expect(absoluteReferences(html)).toEqual([OFFICE_CDN_URL]);
    const csp = cspOf(html);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' ${new URL(OFFICE_CDN_URL).origin}`);
    expect(csp).not.toMatch(/\*|unsafe-eval/);
  });

  test("the playground page loads only its own files and allows nothing else", () => {
    const html = read("playground.html");
    expect(absoluteReferences(html)).toEqual([]);
    expect(cspOf(html)).toMatch(/script-src 'self';/);
    expect(html).not.toContain("office.js");
  });

  test("no bundle carries a network API", () => {
    const bundles = fs.readdirSync(DIST).filter((file) => file.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(1);
    for (const file of bundles) {
      const code = read(file);
      // localhost:4201 is office-addin-test-server's: only the build of npm run test:word may carry that report.
      for (const api of ["fetch(", "XMLHttpRequest", "sendBeacon", "new WebSocket", "EventSource", "localhost:4201"]) {
        expect({ file, api, found: code.includes(api) }).toEqual({ file, api, found: false });
      }
    }
  });

  test("the page's policy blocks a request to another origin", async ({ page, foreignRequests }) => {
    await openPlayground(page);
    const blocked = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective), { once: true }),
      );
      const image = new Image();
      image.src = "http://192.0.2.1/pixel.png"; // TEST-NET-1: never routed, and CSP stops it before any packet
      return violation;
    });
    expect(blocked).toMatch(/img-src/);
    // The attempt shows in the request log even though the policy stopped it (the violation proves that); this test
    // made it on purpose, so it is taken off the list the fixture checks.
    expect(foreignRequests).toEqual(["http://192.0.2.1/pixel.png"]);
    foreignRequests.splice(0);
  });

  test("driving every action of the pane requests nothing outside the page's origin", async ({ page, foreignRequests }) => {
    await openPlayground(page);
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("button", { name: /一、聚焦中心大局/ }).click();
    await pane.getByRole("tab", { name: "检查" }).click();
    await pane.getByRole("button", { name: "检查", exact: true }).click();
    await expect(pane.getByTestId("verdict")).toBeVisible();
    await pane.getByTestId("finding").first().click();
    await pane.getByRole("button", { name: "下一处" }).first().click();
    await pane.getByRole("button", { name: "添加批注" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "添加批注" }).click();
    await pane.getByTestId("category-numbering").getByRole("button", { name: /全部修正/ }).click();
    await expect(pane.getByTestId("notice")).toContainText("已修正");
    // The library tabs load their content and pinyin-pro lazily: those chunks must come from the page's own origin.
    await pane.getByRole("tab", { name: "模板" }).click();
    await pane.getByRole("button", { name: "插入整篇框架" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "继续插入" }).click();
    await pane.getByTestId("section-item").first().getByRole("button", { name: /^插入/ }).click();
    // Under a heading the pane asks which level (issue 14): take the one that fits the cursor.
    await page.getByRole("dialog", { name: "插入到哪一级" }).getByTestId("level-fitting").click();
    await pane.getByRole("tab", { name: "常用语" }).click();
    await pane.getByRole("searchbox", { name: "检索常用语" }).fill("xjyg");
    await pane.getByTestId("phrase-insert").first().click();
    await pane.getByRole("tab", { name: "概览" }).click();
    await page.waitForLoadState("networkidle");
    expect(foreignRequests).toEqual([]);
  });
});
