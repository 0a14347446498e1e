/** Test helper: runs the pure CLI against in-memory files and captures what it writes. */
import { strToU8 } from "fflate";
import { runCli } from "../../src/cli/run";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runWith(args: readonly string[], files: Readonly<Record<string, string | Uint8Array>>, colour = false): CliRun {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof content === "string" ? strToU8(content) : content;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    colour,
    version: "9.8.7",
  });
  return { code, stdout, stderr };
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
