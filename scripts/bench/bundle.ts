/**
 * The production task pane's JavaScript: what taskpane.html loads up front (its <script> tags and the chunks it
 * preloads: the pane's React code, which its boot runs at start, src/taskpane/shell/boot.ts) and the chunks the
 * taskpane entry can load later (found by their content hash in the entry's chunk map), raw and gzip.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

export interface JsFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  readonly initial: readonly JsFile[];
  readonly lazy: readonly JsFile[];
  readonly initialRaw: number;
  readonly initialGzip: number;
  readonly lazyRaw: number;
  readonly lazyGzip: number;
  readonly built: boolean;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** dist/ is stale when a source or the build configuration is newer than dist/taskpane.html. */
export function distIsStale(root: string): boolean {
  const html = path.join(root, "dist", "taskpane.html");
  if (!fs.existsSync(html)) return true;
  const built = fs.statSync(html).mtimeMs;
  const inputs = Math.max(
    newestMtime(path.join(root, "src")),
    ...["webpack.config.js", "package.json", "package-lock.json"].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
  );
  return inputs > built;
}

export function ensureBuild(root: string, allowBuild: boolean): boolean {
  if (!distIsStale(root)) return false;
  if (!allowBuild) {
    if (!fs.existsSync(path.join(root, "dist", "taskpane.html"))) throw new Error("dist/ is missing: run without --no-build");
    console.warn("warning: dist/ is older than src/ (--no-build given): sizes and load times are of the old build");
    return false;
  }
  console.log("building the production task pane (npx webpack --mode production) …");
  execFileSync(process.platform === "win32" ? "npx.cmd" : "npx", ["webpack", "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return true;
}

function measure(dist: string, file: string): JsFile {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function bundleSizes(root: string, built: boolean): BundleSizes {
  const dist = path.join(root, "dist");
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?preload\b/.test(tag) && /\bas=["']?script\b/.test(tag))
    .map((tag) => /\bhref=["']?([^"' >]+)/.exec(tag)?.[1] ?? "");
  const local = [...scripts, ...preloads].filter((src) => src && !/^(https?:)?\/\//.test(src));
  const initial = local.map((src) => measure(dist, src.replace(/^\.?\//, "")));
  const entryText = initial.map((f) => fs.readFileSync(path.join(dist, f.file), "utf8")).join("\n");
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".chunk.js"))
    .filter((f) => !initial.some((i) => i.file === f))
    .filter((f) => {
      const hash = /\.([0-9a-f]{8})\.chunk\.js$/.exec(f)?.[1];
      return hash !== undefined && entryText.includes(hash);
    })
    .map((f) => measure(dist, f));
  const sum = (files: readonly JsFile[], k: "raw" | "gzip") => files.reduce((n, f) => n + f[k], 0);
  return {
    initial,
    lazy,
    initialRaw: sum(initial, "raw"),
    initialGzip: sum(initial, "gzip"),
    lazyRaw: sum(lazy, "raw"),
    lazyGzip: sum(lazy, "gzip"),
    built,
  };
}
