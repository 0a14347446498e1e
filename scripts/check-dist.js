/**
 * `node scripts/check-dist.js [dir]`: fails when a production build in dist/ (or dir)
 *   - ships source maps: a .map file or a sourceMappingURL comment (the maps belong in artifacts/sourcemaps/, see
 *     webpack.config.js);
 *   - ships a script that old web views load (old-webview.js, and shell-intent.js in the head of the pane's page)
 *     that is not ECMAScript 5: Internet Explorer 11 would fail to parse it, and for old-webview.js the writer would
 *     see no explanation at all.
 * test:browser runs it right after its production build, so the check costs no build of its own.
 */
const fs = require("node:fs");
const path = require("node:path");
// webpack's own parser (webpack depends on it), so it is installed wherever the pane can be built.
const acorn = require("acorn");

/** The scripts that must run in Internet Explorer 11 and Edge Legacy, relative to dist/. */
const ES5_SCRIPTS = ["old-webview.js", "shell-intent.js"];

/** Why this source is not ECMAScript 5 (acorn's message with line and column), or undefined when it is. */
function es5SyntaxError(source) {
  try {
    acorn.parse(source, { ecmaVersion: 5, sourceType: "script" });
    return undefined;
  } catch (error) {
    return error.message;
  }
}

/** The ES5 scripts in dir that are missing or are not ECMAScript 5, each with the reason. */
function nonEs5Scripts(dir) {
  return ES5_SCRIPTS.flatMap((file) => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) return [`${file}: missing`];
    const error = es5SyntaxError(fs.readFileSync(full, "utf8"));
    return error ? [`${file}: ${error}`] : [];
  });
}

/** Files under dir that are source maps or point at one, as paths relative to dir. */
function shippedSourceMaps(dir) {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".map")) found.push(full);
      // Both comment forms: //# sourceMappingURL= in scripts, /*# sourceMappingURL= */ in stylesheets.
      else if (/\.(m?js|css|html)$/.test(entry.name) && fs.readFileSync(full, "utf8").includes("sourceMappingURL=")) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.map((file) => path.relative(dir, file).split(path.sep).join("/")).sort();
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(dir)) {
    console.error(`${dir} does not exist: run a production build first (npm run build).`);
    process.exit(2);
  }
  const shipped = shippedSourceMaps(dir);
  if (shipped.length > 0) {
    console.error(`Source maps in ${dir} (a production build must keep them in artifacts/sourcemaps/):`);
    for (const file of shipped) console.error(`  ${file}`);
    process.exit(1);
  }
  const notEs5 = nonEs5Scripts(dir);
  if (notEs5.length > 0) {
    console.error("Scripts that must run in Internet Explorer 11 are not ECMAScript 5:");
    for (const problem of notEs5) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`No source maps in ${path.relative(process.cwd(), dir) || "."}; ${ES5_SCRIPTS.join(", ")}: ECMAScript 5.`);
}

module.exports = { shippedSourceMaps, es5SyntaxError, nonEs5Scripts };
