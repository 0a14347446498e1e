/** Test helper: runs the pure CLI against in-memory files and captures what it writes. */
import { strToU8 } from "fflate";
import type { Checker } from "../../src/cli/check-file";
import { runCli } from "../../src/cli/run";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written with --output. */
  readonly written: Readonly<Record<string, string>>;
}

export interface RunOptions {
  readonly colour?: boolean;
  readonly stderrIsTTY?: boolean;
  /** What stdin holds; reading it throws when absent. */
  readonly stdin?: string | Uint8Array;
  readonly pathSeparator?: string;
  readonly checker?: Checker;
  /** Every write to stdout throws this (a closed pipe, a full disk). */
  readonly stdoutThrows?: Error;
}

/**
 * `files` are paths with "/" between segments; a folder is any prefix of them ("投稿" holds "投稿/张三.docx"), and "."
 * is the current folder, holding every relative path.
 */
export function runWith(args: readonly string[], files: Readonly<Record<string, string | Uint8Array>>, options: RunOptions = {}): CliRun {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const bytes = (content: string | Uint8Array): Uint8Array => (typeof content === "string" ? strToU8(content) : content);
  const normal = (path: string): string => path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  const under = (folder: string): string[] => {
    const prefix = normal(folder) === "." ? "" : `${normal(folder)}/`;
    return Object.keys(files).filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
  };
  const code = runCli(
    args,
    {
      readFile: (path) => {
        const content = files[normal(path)];
        if (content !== undefined) return bytes(content);
        if (under(path).length > 0) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      },
      pathKind: (path) => (files[normal(path)] !== undefined ? "file" : under(path).length > 0 ? "folder" : "missing"),
      listFiles: (folder, recursive) => under(folder).filter((path) => recursive || !path.includes("/")),
      readStdin: () => {
        if (options.stdin === undefined) throw new Error("no stdin");
        return bytes(options.stdin);
      },
      writeFile: (path, text) => {
        written[path] = text;
      },
      stdout: (text) => {
        if (options.stdoutThrows !== undefined) throw options.stdoutThrows;
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      colour: options.colour ?? false,
      stderrIsTTY: options.stderrIsTTY ?? false,
      pathSeparator: options.pathSeparator ?? "/",
      version: "9.8.7",
    },
    options.checker,
  );
  return { code, stdout, stderr, written };
}

/** Our own small work summary (not from the seeds), with every part the genre expects. */
export const CLEAN_LINES: readonly string[] = [
  "今年以来，在局党组的正确领导下，我们围绕中心工作，较好完成了各项任务。现将有关情况总结如下：",
  "一、主要工作",
  "（一）抓学习，提高政治站位。",
  "（二）抓落实，推动任务见效。",
  "二、存在的问题",
  "一是调研不够深入；二是统筹不够有力。",
  "三、下一步打算",
  "下一步，我们将进一步加强学习。一是深化调研；二是加强统筹。",
];
export const CLEAN_TXT = CLEAN_LINES.join("\n");

/** The same with a gap at line 4 (（三） after （一）) and a malformed 二. at line 5. */
export const FLAWED_TXT = CLEAN_LINES.map((line, i) => (i === 3 ? line.replace("（二）", "（三）") : i === 4 ? line.replace("二、", "二. ") : line)).join("\n");
