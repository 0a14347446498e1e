/**
 * Completes package-lock.json with the platform-specific optional binaries of unrs-resolver (used by jest 30).
 *
 * Why: the npm mirror our machines and CI reach serves only the Linux builds of @unrs/resolver-binding-*, so
 * `npm install` here writes a lockfile without the other platforms' entries, and `npm ci` then refuses the
 * lockfile as out of sync with package.json. npm ci skips optional packages whose os/cpu do not match the machine,
 * so entries carrying only version, os, cpu and libc are all it needs. Run this after any `npm install` that
 * rewrites the lockfile; it changes nothing when the entries are already there.
 */
const fs = require("node:fs");
const path = require("node:path");

const LOCKFILE = path.join(__dirname, "..", "package-lock.json");
const BINDINGS = {
  "android-arm-eabi": ["android", "arm"],
  "android-arm64": ["android", "arm64"],
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "freebsd-x64": ["freebsd", "x64"],
  "linux-arm-gnueabihf": ["linux", "arm", "glibc"],
  "linux-arm-musleabihf": ["linux", "arm", "musl"],
  "linux-arm64-gnu": ["linux", "arm64", "glibc"],
  "linux-arm64-musl": ["linux", "arm64", "musl"],
  "linux-loong64-gnu": ["linux", "loong64", "glibc"],
  "linux-loong64-musl": ["linux", "loong64", "musl"],
  "linux-ppc64-gnu": ["linux", "ppc64", "glibc"],
  "linux-riscv64-gnu": ["linux", "riscv64", "glibc"],
  "linux-riscv64-musl": ["linux", "riscv64", "musl"],
  "linux-s390x-gnu": ["linux", "s390x", "glibc"],
  "linux-x64-gnu": ["linux", "x64", "glibc"],
  "linux-x64-musl": ["linux", "x64", "musl"],
  "openharmony-arm64": ["openharmony", "arm64"],
  "win32-arm64-msvc": ["win32", "arm64"],
  "win32-ia32-msvc": ["win32", "ia32"],
  "win32-x64-msvc": ["win32", "x64"],
};

const lock = JSON.parse(fs.readFileSync(LOCKFILE, "utf8"));
const resolver = lock.packages["node_modules/unrs-resolver"];
if (!resolver) {
  console.log("unrs-resolver is not in the lockfile: nothing to do");
  process.exit(0);
}
let added = 0;
for (const [name, [os, cpu, libc]] of Object.entries(BINDINGS)) {
  const key = `node_modules/@unrs/resolver-binding-${name}`;
  if (!(resolver.optionalDependencies ?? {})[`@unrs/resolver-binding-${name}`] || lock.packages[key]) continue;
  lock.packages[key] = { version: resolver.version, cpu: [cpu], dev: true, ...(libc ? { libc: [libc] } : {}), license: "MIT", optional: true, os: [os] };
  added += 1;
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
fs.writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform entries for unrs-resolver`);
