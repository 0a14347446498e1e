/**
 * `npm run sideload`: serves the add-in over https with Microsoft's development certificate and sideloads
 * manifest.xml into Word desktop (Windows or macOS, with internet access on the developer's machine).
 *
 * office-addin-debugging is fetched on demand with npx rather than listed in package.json: its dependency tree
 * cannot be installed on our Linux build machines (see README, "Sideloading").
 */
const { spawn, spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error("npm run sideload needs Word desktop on Windows or macOS. On Linux, use `npm start` (the playground),");
  console.error("or serve the add-in over https and upload manifest.xml in Word on the web (see README).");
  process.exit(1);
}

const certs = spawnSync("npx", ["office-addin-dev-certs", "install"], { stdio: "inherit", cwd: root, shell: true });
if (certs.status !== 0) process.exit(certs.status ?? 1);

const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, DEV_HTTPS: "1" },
});
const debugging = spawn("npx", ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"], {
  stdio: "inherit",
  cwd: root,
  shell: true,
});
debugging.on("exit", (code) => {
  if (code !== 0) console.error("Sideloading failed; see README for the manual steps (shared-folder catalog or Upload My Add-in).");
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
    debugging.kill(signal);
  });
}
