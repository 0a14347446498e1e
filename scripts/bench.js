/**
 * `npm run bench`: compiles the TypeScript benchmark (scripts/bench/*.ts, which imports src/ and tests/support/)
 * with the project's own tsc to CommonJS in node_modules/.cache/gongwen-bench/, then runs it in plain Node.
 *
 * Why tsc and not ts-node or a webpack node bundle: ts-node is not installed (and would be a new dependency);
 * tsc is already here, type-checks the benchmark on the way, and its output keeps one file per module, so a
 * --cpu-prof profile names the real source files. The output lives under node_modules/ so that Node resolves
 * @playwright/test from the repository's node_modules; incremental builds make a second run start in ~2 s.
 *
 * Flags (passed through): --no-build, --no-browser, --seed=<n>, --profile (the pane at 4×: ./bench/profilePane.ts),
 * --steps (each rule's steps timed in a cold page at 4×: ./bench/engineSteps.ts).
 * Profile the engine with
 *   node --cpu-prof --cpu-prof-dir=artifacts/profiles scripts/bench.js --no-browser
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "node_modules", ".cache", "gongwen-bench");
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });

const entry = path.join(outDir, "scripts", "bench", "main.js");
try {
  execFileSync(process.execPath, [tsc, "-p", path.join(root, "scripts", "bench", "tsconfig.json"), "--outDir", outDir], {
    cwd: root,
    stdio: "inherit",
  });
} catch {
  // tsc still emits on type errors (someone's work in progress in src/): measure it, but say so.
  if (!fs.existsSync(entry)) {
    console.error("bench: the benchmark does not compile (see tsc's errors above)");
    process.exit(2);
  }
  console.error("bench: warning: type errors above; running what tsc emitted");
}

const { main } = require(entry);
main(process.argv.slice(2), root).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
