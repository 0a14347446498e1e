/**
 * `npm run test:word` offline: Microsoft's office-addin-test-server, started for real (with a throwaway certificate
 * instead of the development CA, which cannot be installed here), receives the pane's 自检 as the test build sends
 * it (src/taskpane/testServerReport.ts, over the simulated Word), and the script's report and exit decision follow.
 * Only Word itself is missing; the README says how to run the whole thing on Windows or macOS.
 */
import { spawnSync } from "node:child_process";
import * as https from "node:https";
import * as path from "node:path";
import { createSimulatedWord } from "../../src/playground/fakeWord";
import { reportToTestServer } from "../../src/taskpane/testServerReport";
import { createWordGateway } from "../../src/word/officeGateway";
import { wordSelfTestBench } from "../../src/word/selfTestBench";

// office-addin-test-server 2.0.3 brings its own office-addin-dev-certs (1.x; ours is 3.x): that copy is the one it calls.
/** The throwaway certificate the server presents, trusted by the pane's requests below (and by nothing else). */
const mockCertificate: { cert?: string } = {};
jest.mock("office-addin-test-server/node_modules/office-addin-dev-certs", () => ({
  // selfsigned comes with webpack-dev-server; a certificate made per run, for localhost only.
  getHttpsServerOptions: async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const made = await (require("selfsigned") as { generate(a: unknown, o: unknown): Promise<{ private: string; cert: string }> }).generate(
      [{ name: "commonName", value: "localhost" }],
      { days: 1, keySize: 2048, extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }] }] },
    );
    mockCertificate.cert = made.cert;
    return { key: made.private, cert: made.cert };
  },
}));

/** fetch as the pane's web view does it, trusting the throwaway certificate as Word trusts the development CA. */
function paneFetch(url: string, init?: { method: string }): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: init?.method ?? "GET", ca: mockCertificate.cert }, (response) => {
      response.resume();
      response.on("end", () => resolve({ ok: (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300 }));
    });
    request.on("error", reject);
    request.end();
  });
}

/* eslint-disable @typescript-eslint/no-require-imports */
const { TestServer } = require("office-addin-test-server") as {
  TestServer: new (port: number) => { startTestServer(mocha?: boolean): Promise<boolean>; stopTestServer(): Promise<boolean>; getTestResults(): Promise<unknown> };
};
const { describeResults, withTimeout, quietTestServer } = require("../../scripts/test-word.js") as {
  quietTestServer<T>(server: T): T;
  describeResults(results: unknown): { ok: boolean; lines: string[] };
  withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const PORT = 4291; // not 4201: a developer's own test run may be listening there

describe("npm run test:word through office-addin-test-server", () => {
  it("the pane's report reaches the real test server, and the script prints each point and passes the run", async () => {
    const server = quietTestServer(new TestServer(PORT));
    expect(await server.startTestServer()).toBe(true);
    try {
      const sim = createSimulatedWord();
      const sent = await reportToTestServer(createWordGateway(sim.host), wordSelfTestBench(sim.host), `https://localhost:${PORT}`, paneFetch);
      expect(sent).toBe(true);
      const { ok, lines } = describeResults(await withTimeout(server.getTestResults(), 10_000, "results"));
      expect(ok).toBe(true);
      expect(lines[0]).toBe("[通过] snapshot.listsAndTables");
      expect(lines).toContain("测试内容已全部删除，文档恢复为空白。");
      expect(lines[lines.length - 1]).toMatch(/^\d+ passed, 0 failed, 1 skipped$/);
    } finally {
      await server.stopTestServer();
    }
  }, 30_000);

  it("fails the run on a failed point, a refusal or unreadable results", () => {
    const failed = describeResults({ outcome: "done", passed: false, points: [{ id: "select.span", verdict: "未通过", observed: "选区：偏移" }], note: "测试内容已全部删除，文档恢复为空白。" });
    expect(failed).toEqual({ ok: false, lines: ["[未通过] select.span — 选区：偏移", "测试内容已全部删除，文档恢复为空白。", "0 passed, 1 failed, 0 skipped"] });
    expect(describeResults({ outcome: "refused", passed: false, points: [], note: "请新建一个空白文档" }).ok).toBe(false);
    expect(describeResults("garbage").ok).toBe(false);
  });

  it("gives up with a message when no result comes in time", async () => {
    await expect(withTimeout(new Promise(() => undefined), 20, "The 自检's results")).rejects.toThrow("The 自检's results did not arrive within 0 s");
  });

  it("refuses to start where there is no Word desktop, saying what to run instead", () => {
    if (process.platform === "win32" || process.platform === "darwin") return;
    const run = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "test-word.js")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("needs Word desktop on Windows or macOS");
  });
});
