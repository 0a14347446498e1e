/**
 * `node scripts/check-dist.js [dir]`: fails when a production build in dist/ (or dir) ships source maps: a .map file
 * or a sourceMappingURL comment. test:browser runs it right after its production build, so the check costs no build
 * of its own. The maps belong in artifacts/sourcemaps/ (see webpack.config.js).
 */
const fs = require("node:fs");
const path = require("node:path");

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
  console.log(`No source maps in ${path.relative(process.cwd(), dir) || "."}.`);
}

module.exports = { shippedSourceMaps };
