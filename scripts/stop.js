/**
 * `npm run stop`: unregisters the add-in that `npm run sideload` registered with Word desktop (Windows or macOS) and
 * stops what office-addin-debugging started for it, with `office-addin-debugging stop manifest.xml`.
 *
 * Like scripts/sideload.js, office-addin-debugging is fetched on demand with npx rather than listed in package.json:
 * its dependency tree cannot be installed on our Linux build machines (see README, "Sideloading").
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");

/** The command `npm run stop` runs; the manifest must be the one `npm run sideload` registered. */
function stopCommand(manifest = "manifest.xml") {
  return { command: "npx", args: ["--yes", "office-addin-debugging", "stop", manifest] };
}

function main() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.error("npm run stop unregisters an add-in sideloaded into Word desktop on Windows or macOS; there is none on");
    console.error("this machine. An add-in uploaded in Word on the web is removed in Word (插入 → 加载项 → 我的加载项).");
    process.exit(1);
  }
  const { command, args } = stopCommand();
  // shell: true so that Windows finds npx.cmd.
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, shell: true });
  if (result.status !== 0) {
    console.error("Unregistering failed. By hand: on Windows remove the add-in's value under");
    console.error("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer; on macOS delete its manifest from");
    console.error("~/Library/Containers/com.microsoft.Word/Data/Documents/wef/. Then restart Word.");
  }
  process.exit(result.status ?? 1);
}

if (require.main === module) main();

module.exports = { stopCommand };
