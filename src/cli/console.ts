/**
 * The CLI's two streams with a progress line on stderr: `已检查 37/120 个文件…`, rewritten in place with \r, shown
 * only for long batches and only when stderr is a terminal (in a log file or a CI job it would be noise). Anything
 * else written to a terminal first wipes the line, so that messages never land in the middle of it.
 */
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./messages";

/** Below this many files a batch is over before a progress line would help. */
export const PROGRESS_MIN_FILES = 20;

export class CliConsole {
  private shownWidth = 0;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {}

  get showsProgress(): boolean {
    return this.io.stderrIsTTY && this.total > PROGRESS_MIN_FILES;
  }

  progress(done: number): void {
    if (!this.showsProgress) return;
    const line = CLI_MESSAGES.progress(done, this.total);
    this.io.stderr(`\r${line}`);
    this.shownWidth = displayWidth(line);
  }

  /** Wipes the progress line: before other output, and at the end. */
  clear(): void {
    if (this.shownWidth === 0) return;
    this.io.stderr(`\r${" ".repeat(this.shownWidth)}\r`);
    this.shownWidth = 0;
  }

  stdout(text: string): void {
    this.clear();
    this.io.stdout(text);
  }

  stderr(text: string): void {
    this.clear();
    this.io.stderr(text);
  }
}

/** Chinese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  return Array.from(text).reduce((width, char) => width + ((char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1), 0);
}
