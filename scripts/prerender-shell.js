/**
 * The pane's prerendered first screen (src/taskpane/shell/prerender.tsx, for the pages of
 * src/playground/prerenderPages.tsx), for webpack.config.js: at the start of each
 * build (and each rebuild of `npm start`), a child Node process compiles that module for Node with webpack itself
 * (the packages of node_modules left to Node's require, so only our own sources are compiled), runs it and hands the
 * HTML back for the pages' templates (taskpane.html, pane-bench.html). Most of its time is Node loading Fluent's
 * CommonJS build; in a process of its own it runs on the other core while the browser build compiles, so it adds
 * little to the build's time.
 */
const { execFile } = require("node:child_process");
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");
// Beside dist/ (like the source maps), per checkout: two checkouts sharing one node_modules never share it.
const OUT_DIR = path.join(ROOT, "artifacts", "shell");

function nodeConfig() {
  return {
    mode: "development",
    target: "node",
    devtool: false,
    entry: path.join(ROOT, "src", "playground", "prerenderPages.tsx"),
    output: { path: OUT_DIR, filename: "prerender.js", library: { type: "commonjs2" }, clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Every package is Node's to load (their CommonJS builds): webpack compiles our sources only.
    externals: [({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, `commonjs ${request}`))],
    module: {
      rules: [{ test: /\.tsx?$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true } }],
      // The other tabs load with import() and never run while prerendering: left as they are, not compiled.
      parser: { javascript: { import: false } },
    },
    // process.env.* of the pane's sources as in the browser build (webpack.config.js's DefinePlugin).
    plugins: [new webpack.DefinePlugin({ "process.env.GONGWEN_TEST_SERVER_URL": JSON.stringify("") })],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

function compile() {
  return new Promise((resolve, reject) => {
    webpack(nodeConfig()).run((error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(`prerender of the pane's shell failed:\n${stats.toString("errors-only")}`));
      resolve();
    });
  });
}

/** The shells, in a child process (this file run as a script): JSON on its standard output. */
function prerenderInChild() {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`prerender of the pane's shell failed:\n${stderr || error.message}`));
      resolve(JSON.parse(stdout));
    });
  });
}

class PrerenderShellPlugin {
  constructor() {
    this.shells = undefined;
  }

  apply(compiler) {
    const start = () => {
      this.shells = prerenderInChild();
      // Awaited by the page templates (shell()); a failure is reported there, as the build's error.
      this.shells.catch(() => undefined);
    };
    compiler.hooks.beforeRun.tap("PrerenderShellPlugin", start);
    // In `npm start`, a save elsewhere (the core, the playground, the Word layer) does not change the pane's first
    // screen: prerendering again (a webpack compile in a child process, some 20 s on a busy machine) would hold every
    // rebuild. The shells are drawn from src/taskpane's components, and the benchmark page's from its view.
    const shellSources = [`${path.sep}src${path.sep}taskpane${path.sep}`, `${path.sep}src${path.sep}playground${path.sep}paneBench`, "prerenderPages"];
    compiler.hooks.watchRun.tap("PrerenderShellPlugin", (watching) => {
      const changed = watching.modifiedFiles;
      if (!this.shells || !changed || [...changed].some((file) => shellSources.some((source) => file.includes(source)))) start();
    });
  }

  /** The shell of a page ("taskpane" or "pane-bench"), once prerendered; only after the build has started. */
  async shell(page) {
    if (!this.shells) throw new Error("the pane's shell was not prerendered (PrerenderShellPlugin starts with the build)");
    return (await this.shells)[page];
  }
}

if (require.main === module) {
  compile()
    .then(() => {
      const shells = require(path.join(OUT_DIR, "prerender.js")).prerenderShells();
      process.stdout.write(JSON.stringify(shells));
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}

module.exports = { PrerenderShellPlugin };
