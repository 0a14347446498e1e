/**
 * What the user typed → the files to check. Folders are searched with their sub-folders, glob patterns matched by us
 * (Windows shells do not expand them), "-" is stdin. Word's lock files (~$报告.docx, left beside every open document)
 * and hidden or temporary files are skipped and counted, never reported as unreadable: in a shared folder of
 * submissions they are always there and must not turn the batch's exit code into 2.
 */
import { isGlob, planGlob } from "./glob";
import type { CliIo } from "./io";
import { isDocumentLike } from "./load";
import { CLI_MESSAGES } from "./messages";

export type Target =
  | { readonly kind: "file"; readonly path: string; readonly display: string }
  | { readonly kind: "stdin"; readonly display: string }
  /** An argument that names nothing to check (not found, no match, an empty folder): reported like an unreadable file. */
  | { readonly kind: "problem"; readonly display: string; readonly error: string };

export interface Expansion {
  readonly targets: readonly Target[];
  /** Lock files and hidden or temporary files left out. */
  readonly skipped: number;
  /** Files of other types found in folders or by patterns (images, spreadsheets …), left out. */
  readonly otherTypes: number;
}

export function expandInputs(inputs: readonly string[], io: CliIo, stdinName: string | undefined): Expansion {
  const targets: Target[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let otherTypes = 0;
  const add = (target: Target): void => {
    const key = target.kind === "stdin" ? "\0stdin" : target.display;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };
  /** Files found in a folder or by a pattern: only documents are taken, the rest counted. */
  const addFound = (base: string, relativePaths: readonly string[]): number => {
    let taken = 0;
    for (const relative of sortedPaths(relativePaths)) {
      const name = relative.slice(relative.lastIndexOf("/") + 1);
      if (relative.split("/").slice(0, -1).some((folder) => folder.startsWith("."))) continue;
      if (isSkippedName(name)) skipped++;
      else if (!isDocumentLike(name)) otherTypes++;
      else {
        const display = joinDisplay(base, relative, io.pathSeparator);
        add({ kind: "file", path: display, display });
        taken++;
      }
    }
    return taken;
  };

  for (const input of inputs) {
    if (input === "-") {
      add({ kind: "stdin", display: stdinName ?? CLI_MESSAGES.stdinName });
      continue;
    }
    const kind = io.pathKind(input);
    if (kind === "file") {
      // Named explicitly (or expanded by a Unix shell): checked, unless it is a lock file, which holds no document.
      if (isLockFile(baseName(input))) skipped++;
      else add({ kind: "file", path: input, display: input });
    } else if (kind === "folder") {
      const files = listOrProblem(io, input, true);
      if (typeof files === "string") add({ kind: "problem", display: input, error: files });
      else if (addFound(input, files) === 0) add({ kind: "problem", display: input, error: CLI_MESSAGES.emptyFolder(input) });
    } else if (isGlob(input)) {
      const plan = planGlob(input);
      const folder = plan.base === "" ? "." : plan.base;
      const files = io.pathKind(folder) === "folder" ? listOrProblem(io, folder, plan.recursive) : [];
      const matching = typeof files === "string" ? [] : files.filter((file) => plan.matches(file) && !hiddenUnderPattern(file));
      if (typeof files === "string") add({ kind: "problem", display: input, error: files });
      else if (addFound(plan.base, matching) === 0) add({ kind: "problem", display: input, error: CLI_MESSAGES.noMatch(input) });
    } else {
      add({ kind: "problem", display: input, error: CLI_MESSAGES.fileNotFound(input) });
    }
  }
  return { targets, skipped, otherTypes };
}

/** ~$报告.docx: the owner file Word and WPS keep beside an open document. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

/** Lock files, Word's ~WRL0001.tmp, hidden files (.DS_Store, ._报告.docx from a Mac, .~lock.报告.docx# from LibreOffice). */
function isSkippedName(name: string): boolean {
  return name.startsWith("~") || name.startsWith(".") || /\.(tmp|bak)$/i.test(name);
}

/** Like a shell, `*` does not pick up hidden files; we count only what it would otherwise have taken. */
function hiddenUnderPattern(relative: string): boolean {
  return relative.split("/").some((segment) => segment.startsWith("."));
}

function listOrProblem(io: CliIo, folder: string, recursive: boolean): readonly string[] | string {
  try {
    return io.listFiles(folder, recursive);
  } catch (error) {
    return CLI_MESSAGES.folderUnreadable(folder, error instanceof Error ? error.message : String(error));
  }
}

/** A folder's own files before its sub-folders', each by pinyin with 2 before 10, as a Chinese reader expects. */
function sortedPaths(paths: readonly string[]): string[] {
  const compare = (a: string, b: string): number => a.localeCompare(b, "zh-CN", { numeric: true });
  const folderOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf("/")));
  return [...paths].sort((a, b) => compare(folderOf(a), folderOf(b)) || compare(a, b));
}

function joinDisplay(base: string, relative: string, separator: string): string {
  const shown = relative.split("/").join(separator);
  if (base === "") return shown;
  return /[\\/]$/.test(base) ? `${base}${shown}` : `${base}${separator}${shown}`;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
