/**
 * Glob patterns expanded by the CLI itself: cmd.exe and PowerShell pass `*.docx` through unexpanded. `*` is any
 * run of characters within a name, `?` one character, `**` as a whole segment any number of folders. No [...]
 * classes: brackets are common in Windows file names (报告[终稿].docx). Matching ignores case, as Windows does.
 */

export function isGlob(arg: string): boolean {
  return arg.includes("*") || arg.includes("?");
}

export interface GlobPlan {
  /** The folder to list, as typed ("" for the current one). */
  readonly base: string;
  /** The pattern relative to base, "/"-separated. */
  readonly rest: string;
  /** Whether the listing must descend into sub-folders (a "**" or a wildcard before the last segment). */
  readonly recursive: boolean;
  readonly matches: (relativePath: string) => boolean;
}

/** Splits `投稿\**\*.txt` into the literal folder (投稿) and the pattern below it; both separators are accepted. */
export function planGlob(pattern: string): GlobPlan {
  const segments = pattern.split(/[\\/]/);
  const firstWild = segments.findIndex(isGlob);
  const baseSegments = segments.slice(0, firstWild);
  const restSegments = segments.slice(firstWild);
  const regex = new RegExp(`^${restSegments.map(segmentSource).join("")}$`, "iu");
  return {
    // A leading "/" (an absolute path) leaves an empty first segment, which join() turns back into "/".
    base: baseSegments.length === 1 && baseSegments[0] === "" ? "/" : baseSegments.join("/"),
    rest: restSegments.join("/"),
    recursive: restSegments.length > 1,
    matches: (relativePath) => regex.test(relativePath),
  };
}

/** Each segment's source carries its own "/" after it, so that "**" can stand for no folder at all. */
function segmentSource(segment: string, index: number, all: readonly string[]): string {
  const last = index === all.length - 1;
  if (segment === "**") return last ? ".*" : "(?:[^/]*/)*";
  const source = Array.from(segment, (char) => (char === "*" ? "[^/]*" : char === "?" ? "[^/]" : escapeRegex(char))).join("");
  return last ? source : `${source}/`;
}

function escapeRegex(char: string): string {
  return /[\\^$.|+()[\]{}]/.test(char) ? `\\${char}` : char;
}
