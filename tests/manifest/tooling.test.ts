/**
 * Offline checks of the developer tooling around the manifest: the commands `npm run sideload` / `npm run stop`
 * hand to office-addin-debugging (which cannot run here: no Word, and its tree cannot be installed on Linux), the
 * package scripts, the dev server's certificate, and the check that a production dist/ ships no source maps.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
type Command = { command: string; args: string[] };
const { stopCommand } = require("../../scripts/stop.js") as { stopCommand(manifest?: string): Command };
const { sideloadCommand } = require("../../scripts/sideload.js") as { sideloadCommand(manifest?: string): Command };
const { shippedSourceMaps } = require("../../scripts/check-dist.js") as { shippedSourceMaps(dir: string): string[] };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..", "..");
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("sideload and stop", () => {
  it("stop unregisters the same manifest that sideload registered, through office-addin-debugging fetched by npx", () => {
    expect(stopCommand()).toEqual({ command: "npx", args: ["--yes", "office-addin-debugging", "stop", "manifest.xml"] });
    const start = sideloadCommand();
    expect(start.args.slice(0, 4)).toEqual(["--yes", "office-addin-debugging", "start", "manifest.xml"]);
    expect(start.args.slice(4)).toEqual(["desktop", "--app", "word"]);
  });

  it("are npm scripts, and office-addin-debugging stays out of package.json (its tree cannot install here)", () => {
    expect(scripts.sideload).toBe("node scripts/sideload.js");
    expect(scripts.stop).toBe("node scripts/stop.js");
    expect(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).not.toContain("office-addin-debugging");
  });

  it("validate builds dist/manifest.xml first, then validates that one", () => {
    expect(scripts.validate).toBe("npm run build && office-addin-manifest validate dist/manifest.xml");
  });
});

describe("the https dev server for sideloading", () => {
  const options = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };
  const getHttpsServerOptions = jest.fn(async () => options);
  jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpackConfig = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => unknown;
  const saved = process.env.DEV_HTTPS;
  afterEach(() => {
    if (saved === undefined) delete process.env.DEV_HTTPS;
    else process.env.DEV_HTTPS = saved;
    getHttpsServerOptions.mockClear();
  });

  it("takes its certificate from office-addin-dev-certs' API, which installs it and renews it when expired", async () => {
    process.env.DEV_HTTPS = "1";
    const config = (await webpackConfig({}, { mode: "development" })) as { devServer: { server: unknown } };
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer.server).toEqual({ type: "https", options });
  });

  it("is plain http otherwise, and never touches certificates (npm start, the builds)", () => {
    delete process.env.DEV_HTTPS;
    const config = webpackConfig({}, { mode: "development" }) as { devServer: { server: unknown } };
    expect(config.devServer.server).toBe("http");
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });
});

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
