/** Node entry of `gongwen-check`: real files, real streams; everything else is in run.ts so tests need no Node I/O. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, type CliIo } from "./run";

function packageVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === "string" ? version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export function nodeIo(): CliIo {
  return {
    readFile: (path) => new Uint8Array(readFileSync(path)),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Colours only on a terminal, and never when the user opts out (https://no-color.org).
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    version: packageVersion(),
  };
}

export function main(): void {
  // exitCode rather than exit(): piped output is flushed before Node ends.
  process.exitCode = runCli(process.argv.slice(2), nodeIo());
}

if (require.main === module) main();
