/**
 * Builds the task pane (for Word) and the playground (task pane beside a simulated document) into dist/.
 *
 * Build settings, from the environment:
 *   ADDIN_BASE_URL  where dist/ will be served from in production (default https://localhost:3000); substituted into
 *                   dist/manifest.xml so the same repository deploys to any intranet HTTPS server.
 *   OFFICE_JS       where the task pane loads office.js from:
 *                     "cdn" (default)  Microsoft's CDN;
 *                     "package"        a copy served with the add-in from the @microsoft/office-js npm package
 *                                      (install it first: npm install --no-save @microsoft/office-js);
 *                     a folder path    files an administrator copied from the CDN (the whole folder), served with
 *                                      the add-in under /office-js/.
 *
 * `--env testServer` (npm run test:word only): the pane reports its 自检 to office-addin-test-server on
 * https://localhost:4201 (src/taskpane/testServerReport.ts), and its CSP lets it; every other build has neither.
 */
const path = require("node:path");
const webpack = require("webpack");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { officeJsSource, contentSecurityPolicy } = require("./scripts/build-settings");
const { renderManifest } = require("./scripts/manifest");
const { PrerenderShellPlugin } = require("./scripts/prerender-shell");

/** office-addin-test-server's default https port: where the test:word build posts its 自检. */
const TEST_SERVER_URL = "https://localhost:4201";

/** Where a production build's source maps go: beside dist/, never in it. */
const SOURCE_MAPS = path.resolve(__dirname, "artifacts", "sourcemaps");

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = (process.env.ADDIN_BASE_URL || "https://localhost:3000").replace(/\/+$/, "");
  const officeJs = officeJsSource(process.env.OFFICE_JS, __dirname);
  const testServerUrl = env && env.testServer ? TEST_SERVER_URL : "";

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/help.html", to: "help.html" },
    // Copied as written, never bundled: it must stay ECMAScript 5 to run in Internet Explorer 11 (check-dist.js).
    { from: "src/taskpane/legacy/oldWebView.js", to: "old-webview.js" },
    // Loaded before the bundle in the pages with a prerendered shell (ES5 too: old web views load it).
    { from: "src/taskpane/shell/shellIntent.js", to: "shell-intent.js" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => renderManifest(content.toString("utf8"), baseUrl),
    },
  ];
  if (officeJs.copyFrom) copyPatterns.push({ from: officeJs.copyFrom, to: "office-js" });
  // output.clean empties dist/ only; stale maps of earlier builds would otherwise pile up beside it.
  if (production) fs.rmSync(SOURCE_MAPS, { recursive: true, force: true });

  // The pane's first screen, rendered at build time by its own components (src/taskpane/shell/boot.ts tells why).
  const prerender = new PrerenderShellPlugin();

  const config = {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval in every mode. A production build ships no maps (they
    // would hand out the source, and cost every download): hidden-source-map writes them without a
    // sourceMappingURL comment, beside dist/ in artifacts/sourcemaps/, to be loaded by hand when debugging a
    // deployed build. scripts/check-dist.js (run by test:browser) fails if one ends up in dist/.
    devtool: production ? "hidden-source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/main.tsx",
      playground: "./src/playground/main.tsx",
      // The task pane alone over the simulated host, for `npm run bench` (src/playground/paneBench.tsx), and the
      // simulated Word with its document open, which that page runs first (src/playground/paneBenchHost.tsx).
      "pane-bench": "./src/playground/paneBench.tsx",
      "pane-bench-host": "./src/playground/paneBenchHost.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      clean: true,
      sourceMapFilename: production ? `${path.relative(path.resolve(__dirname, "dist"), SOURCE_MAPS)}/[file].map` : "[file].map",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true } }],
    },
    performance: { hints: false },
    plugins: [
      prerender,
      new HostScriptFirstPlugin("pane-bench.html", "pane-bench-host"),
      new webpack.DefinePlugin({ "process.env.GONGWEN_TEST_SERVER_URL": JSON.stringify(testServerUrl) }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: async () => ({
          officeJsUrl: officeJs.url,
          csp: contentSecurityPolicy({ scriptOrigins: officeJs.cspOrigins, connectOrigins: testServerUrl ? [testServerUrl] : [] }),
          shell: await prerender.shell("taskpane"),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "src/playground/playground.html",
        chunks: ["playground"],
        templateParameters: { csp: contentSecurityPolicy({ scriptOrigins: [] }), shell: undefined },
      }),
      new HtmlWebpackPlugin({
        filename: "pane-bench.html",
        template: "src/playground/playground.html",
        chunks: ["pane-bench-host", "pane-bench"],
        templateParameters: async () => ({ csp: contentSecurityPolicy({ scriptOrigins: [] }), shell: await prerender.shell("pane-bench") }),
      }),
      new HtmlWebpackPlugin({
        // The manifest's FunctionFile: the ribbon button only opens the pane, so this page just initialises office.js.
        filename: "commands.html",
        templateContent: ({ htmlWebpackPlugin }) =>
          `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
          `<meta http-equiv="Content-Security-Policy" content="${htmlWebpackPlugin.options.templateParameters.csp}">` +
          `<script src="${officeJs.url}"></script></head><body></body></html>`,
        templateParameters: { csp: contentSecurityPolicy({ scriptOrigins: officeJs.cspOrigins }) },
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        templateContent: '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=playground.html">',
        inject: false,
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: Number(process.env.PORT || 3000),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
      // Plain http for the playground, which needs no certificate; https below when sideloading into Word.
      server: "http",
    },
  };
  if (process.env.DEV_HTTPS !== "1") return config;
  return devHttpsOptions().then((options) => ({ ...config, devServer: { ...config.devServer, server: { type: "https", options } } }));
};

/**
 * Word loads a sideloaded pane only over https it trusts: office-addin-dev-certs' own API installs Microsoft's
 * development CA and localhost certificate when they are missing, and replaces them when they have expired (they
 * last 30 days), then returns { ca, cert, key }. Required here only, so that other builds never load it.
 */
function devHttpsOptions() {
  return require("office-addin-dev-certs")
    .getHttpsServerOptions()
    .catch((error) => {
      throw new Error(
        `Microsoft's development certificate could not be installed or read (office-addin-dev-certs): ${error.message}\n` +
          "It needs Windows or macOS (and may ask for your password); on Linux use `npm start` (plain http).",
      );
    });
}

/**
 * pane-bench.html runs the simulated Word's script (src/playground/paneBenchHost.tsx) before anything of the pane:
 * blocking, at the top of the head (after the CSP), not deferred with the pane's own script. In Word the document is
 * open before the pane's page starts, and the benchmark counts the pane's start from this script's end: the pane's
 * HTML and CSS, parsed after it, are counted.
 */
class HostScriptFirstPlugin {
  constructor(page, chunk) {
    this.page = page;
    this.chunk = chunk;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("HostScriptFirstPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tapAsync("HostScriptFirstPlugin", (data, callback) => {
        if (data.outputName !== this.page) return callback(null, data);
        const tag = new RegExp(`<script[^>]*\\ssrc="?(${this.chunk}\\.[^"\\s>]*\\.js)"?[^>]*></script>`);
        const found = tag.exec(data.html);
        const title = data.html.indexOf("<title>");
        if (!found || title < 0) return callback(new Error(`${this.page}: no ${this.chunk} script or no <title> to put it before`));
        const html = data.html.replace(found[0], "");
        data.html = html.replace("<title>", `<script src="${found[1]}"></script><title>`);
        callback(null, data);
      });
    });
  }
}
