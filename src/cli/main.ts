/** Node entry of `gongwen-check`: real files, real streams; everything else is in run.ts so tests need no Node I/O. */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { CliIo, PathKind } from "./io";
import { CLI_MESSAGES } from "./messages";
import { runCli } from "./run";

function packageVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === "string" ? version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

function pathKind(path: string): PathKind {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}

/** Files only, "/"-separated whatever the platform: the glob matcher and the display code expect that. */
function listFiles(folder: string, recursive: boolean): string[] {
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      // Node 20.9 names the entry's folder `path`; later versions `parentPath`.
      const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
      return relative(folder, join(parent, entry.name)).split(sep).join("/");
    });
}

export function nodeIo(): CliIo {
  return {
    readFile: (path) => new Uint8Array(readFileSync(path)),
    pathKind,
    listFiles,
    // File descriptor 0 works for pipes and redirections on every platform.
    readStdin: () => new Uint8Array(readFileSync(0)),
    writeFile: (path, text) => writeFileSync(path, text, "utf8"),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Colours only on a terminal, and never when the user opts out (https://no-color.org).
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    stderrIsTTY: process.stderr.isTTY === true,
    pathSeparator: sep,
    version: packageVersion(),
  };
}

export function main(): void {
  // `gongwen-check 投稿 | more` closed early: stop quietly instead of an EPIPE stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`${CLI_MESSAGES.crash(CLI_MESSAGES.internal(error))}\n`);
    process.exit(2);
  });
  // exitCode rather than exit(): piped output is flushed before Node ends.
  process.exitCode = runCli(process.argv.slice(2), nodeIo());
}

if (require.main === module) main();
