/** Offline checks of the developer tooling around the manifest: a production dist/ ships no source maps. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shippedSourceMaps } = require("../../scripts/check-dist.js") as { shippedSourceMaps(dir: string): string[] };

const ROOT = path.join(__dirname, "..", "..");
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("no source maps in a production dist/", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "taskpane.1234abcd.js"), "console.log(1);\n");
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><script src=taskpane.1234abcd.js></script>");
    fs.writeFileSync(path.join(dir, "assets", "icon-16.png"), "");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes a build without them", () => {
    expect(shippedSourceMaps(dir)).toEqual([]);
  });

  it("finds a .map file, in a sub-folder too, and a sourceMappingURL comment in a script or stylesheet", () => {
    fs.writeFileSync(path.join(dir, "taskpane.1234abcd.js.map"), "{}");
    fs.writeFileSync(path.join(dir, "assets", "x.js.map"), "{}");
    fs.writeFileSync(path.join(dir, "content.chunk.js"), "a();\n//# sourceMappingURL=content.chunk.js.map\n");
    fs.writeFileSync(path.join(dir, "pane.css"), "a{}\n/*# sourceMappingURL=pane.css.map */\n");
    expect(shippedSourceMaps(dir)).toEqual(["assets/x.js.map", "content.chunk.js", "pane.css", "taskpane.1234abcd.js.map"]);
  });

  it("runs after the production build in test:browser, before the browser tests", () => {
    expect(scripts["test:browser"]).toMatch(/^webpack --mode production .*&& node scripts\/check-dist\.js && playwright test$/);
  });
});
