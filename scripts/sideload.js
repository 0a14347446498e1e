/**
 * `npm run sideload`: serves the add-in over https with Microsoft's development certificate and sideloads
 * manifest.xml into Word desktop (Windows or macOS, with internet access on the developer's machine). `npm run stop`
 * (scripts/stop.js) unregisters it again.
 *
 * office-addin-debugging is fetched on demand with npx rather than listed in package.json: its dependency tree
 * cannot be installed on our Linux build machines (see README, "Sideloading").
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");

/** The command that registers the manifest with Word desktop and opens Word with the add-in. */
function sideloadCommand(manifest = "manifest.xml") {
  return { command: "npx", args: ["--yes", "office-addin-debugging", "start", manifest, "desktop", "--app", "word"] };
}

async function main() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.error("npm run sideload needs Word desktop on Windows or macOS. On Linux, use `npm start` (the playground),");
    console.error("or serve the add-in over https and upload manifest.xml in Word on the web (see README).");
    process.exit(1);
  }

  // Through office-addin-dev-certs' own API rather than its CLI: it installs the development CA and the localhost
  // certificate when missing and replaces them when expired (they last 30 days), before the server needs them
  // (webpack.config.js reads them through the same API when DEV_HTTPS=1).
  try {
    await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  } catch (error) {
    console.error(`Installing Microsoft's development certificate failed: ${error.message}`);
    process.exit(1);
  }

  const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, DEV_HTTPS: "1" },
  });
  const { command, args } = sideloadCommand();
  // shell: true so that Windows finds npx.cmd.
  const debugging = spawn(command, args, { stdio: "inherit", cwd: root, shell: true });
  debugging.on("exit", (code) => {
    if (code !== 0) console.error("Sideloading failed; see README for the manual steps (shared-folder catalog or Upload My Add-in).");
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.kill(signal);
      debugging.kill(signal);
    });
  }
}

if (require.main === module) main();

module.exports = { sideloadCommand };
