/**
 * `npm run test:word`: runs the pane's 自检 inside real Word desktop (Windows or macOS) through Microsoft's
 * office-addin-test-server route, the one the Office add-in template's end-to-end tests use:
 *   1. the test server listens on https://localhost:4201 (Microsoft's development certificate);
 *   2. the test build of the pane (webpack --env testServer) is served and sideloaded into Word;
 *   3. when the pane opens in the new blank document it pings the server, runs the 自检 there and posts its outcome
 *      (src/taskpane/testServerReport.ts);
 *   4. this script prints each point, unregisters the add-in (as npm run stop does) and exits non-zero when a point
 *      failed, the document was not left blank, or no result came in time.
 * It cannot run on our Linux build machines (no Word desktop; office-addin-debugging does not install there); CI runs
 * the same checks over the simulated Word in npm test.
 */
const { spawn, spawnSync } = require("node:child_process");
const path = require("node:path");
const { sideloadCommand } = require("./sideload");
const { stopCommand } = require("./stop");

const root = path.join(__dirname, "..");
const PORT = 4201;
/** Word starting, the pane loading and the 自检's ~60 round trips: minutes on a slow machine, never forever. */
const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

/** The posted results (testServerReport.ts's TestServerResults) as console lines, and whether the run passed. */
function describeResults(results) {
  if (!results || typeof results !== "object" || !Array.isArray(results.points)) {
    return { ok: false, lines: [`Unreadable results from the pane: ${JSON.stringify(results)}`] };
  }
  if (results.outcome === "refused") return { ok: false, lines: [`The 自检 did not run: ${results.note}`] };
  const lines = results.points.map((p) => `[${p.verdict}] ${p.id}${p.observed ? ` — ${p.observed}` : ""}`);
  const failed = results.points.filter((p) => p.verdict === "未通过").length;
  const skipped = results.points.filter((p) => p.verdict === "跳过").length;
  lines.push(results.note);
  lines.push(`${results.points.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
  return { ok: results.passed === true && failed === 0, lines };
}

/**
 * office-addin-test-server 2.0.3's constructor keeps an already rejected promise ("No results available") until the
 * server starts; nothing handles it, and Node ends the process on an unhandled rejection. Handling it once here is
 * harmless: startTestServer replaces it with the promise of the real results.
 */
function quietTestServer(server) {
  server.getTestResults().catch(() => undefined);
  return server;
}

/** `promise`, or a rejection saying what did not arrive after `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.error("npm run test:word needs Word desktop on Windows or macOS; this machine has none.");
    console.error("npm test runs the same contract checks over the simulated Word (tests/host/).");
    process.exit(1);
  }
  const timeoutMs = Number(process.env.TEST_WORD_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
  await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  const { TestServer } = require("office-addin-test-server");
  const testServer = quietTestServer(new TestServer(PORT));
  await testServer.startTestServer();

  const devServer = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--env", "testServer"], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, DEV_HTTPS: "1" },
  });
  const sideload = sideloadCommand();
  // shell: true so that Windows finds npx.cmd.
  spawn(sideload.command, sideload.args, { stdio: "inherit", cwd: root, shell: true });

  let ok = false;
  try {
    console.log("Waiting for Word to open the task pane and run the 自检 in the new blank document…");
    const { lines, ok: passed } = describeResults(await withTimeout(testServer.getTestResults(), timeoutMs, "The 自检's results"));
    for (const line of lines) console.log(line);
    ok = passed;
  } catch (error) {
    console.error(error.message);
  } finally {
    await testServer.stopTestServer();
    const stop = stopCommand();
    spawnSync(stop.command, stop.args, { stdio: "inherit", cwd: root, shell: true });
    devServer.kill();
  }
  process.exit(ok ? 0 : 1);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`npm run test:word failed: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { describeResults, withTimeout, quietTestServer };
