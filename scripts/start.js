/**
 * `npm start`: builds and serves the add-in over plain http on localhost and opens the playground (the real task
 * pane beside a simulated document). No certificate is needed; sideloading into Word uses `npm run sideload`.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

const port = Number(process.env.PORT || 3000);
const url = `http://127.0.0.1:${port}/playground.html`;
const canOpenBrowser = process.platform === "win32" || process.platform === "darwin" || Boolean(process.env.DISPLAY);

const args = [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--port", String(port)];
if (canOpenBrowser && !process.env.CI) args.push("--open", "/playground.html");

console.log(`\n公文写作助手 playground: ${url}\n(the add-in itself is served at http://127.0.0.1:${port}/taskpane.html)\n`);
const child = spawn(process.execPath, args, { stdio: "inherit", cwd: path.join(__dirname, "..") });
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
