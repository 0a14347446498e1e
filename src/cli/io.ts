/** What the CLI needs from the outside world, injected so that tests run it on in-memory files and streams. */

export type PathKind = "file" | "folder" | "missing";

export interface CliIo {
  /** Reads a whole file; throws (e.g. an error with code "ENOENT") when it cannot. */
  readonly readFile: (path: string) => Uint8Array;
  /** Whether a path is a file, a folder or nothing; never throws. */
  readonly pathKind: (path: string) => PathKind;
  /**
   * The files in a folder, as paths relative to it with "/" between segments, folders left out; `recursive`
   * descends into sub-folders. Throws when the folder cannot be read.
   */
  readonly listFiles: (folder: string, recursive: boolean) => readonly string[];
  /** All of stdin; throws when it cannot be read. */
  readonly readStdin: () => Uint8Array;
  /** Writes (creates or replaces) a file: --output. Throws when it cannot. */
  readonly writeFile: (path: string, text: string) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** ANSI colours: only when stdout is a terminal. */
  readonly colour: boolean;
  /** A progress line is shown only on a terminal: in a log file it would be noise. */
  readonly stderrIsTTY: boolean;
  /** The separator shown between a folder and its files: "\\" on Windows, "/" elsewhere. */
  readonly pathSeparator: string;
  readonly version: string;
}
