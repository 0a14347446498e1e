/**
 * One file of a batch, read and checked in isolation: whatever goes wrong (an unreadable file, a reader bug, a rule
 * that throws on a hostile input) becomes this file's error with a Chinese sentence, and the batch goes on.
 */
import { checkDocument } from "../core/engine";
import type { Finding } from "../core/finding";
import type { DocSnapshot } from "../core/model";
import type { CheckOptionsInput } from "../core/options";
import type { TextEncoding } from "./decode";
import type { Target } from "./expand";
import type { CliIo } from "./io";
import { fileKind, loadSnapshot, type Loaded } from "./load";
import { CLI_MESSAGES } from "./messages";

export interface CheckedFile {
  readonly ok: true;
  readonly file: string;
  readonly snapshot: DocSnapshot;
  readonly findings: readonly Finding[];
  /** Absent for UTF-8 and .docx. */
  readonly encoding?: Exclude<TextEncoding, "utf-8">;
}

export interface FailedFile {
  readonly ok: false;
  readonly file: string;
  /** A whole Chinese sentence naming the file. */
  readonly error: string;
}

export type FileOutcome = CheckedFile | FailedFile;

/** The reading and checking steps, injectable so that tests can make one file's check throw. */
export interface Checker {
  readonly load: typeof loadSnapshot;
  readonly check: (snapshot: DocSnapshot, options: CheckOptionsInput) => Finding[];
}

export const DEFAULT_CHECKER: Checker = { load: loadSnapshot, check: checkDocument };

export function checkTarget(target: Target, io: CliIo, options: CheckOptionsInput, checker: Checker): FileOutcome {
  const file = target.display;
  if (target.kind === "problem") return { ok: false, file, error: target.error };
  try {
    const loaded = readAndLoad(target, io, checker);
    if (!loaded.ok) return { ok: false, file, error: loaded.error };
    const findings = checker.check(loaded.snapshot, options);
    return { ok: true, file, snapshot: loaded.snapshot, findings, ...(loaded.encoding === undefined ? {} : { encoding: loaded.encoding }) };
  } catch (error) {
    return { ok: false, file, error: CLI_MESSAGES.internalError(file, CLI_MESSAGES.internal(error)) };
  }
}

function readAndLoad(target: Exclude<Target, { kind: "problem" }>, io: CliIo, checker: Checker): Loaded {
  const file = target.display;
  // stdin is text unless --stdin-name gives it a .docx name.
  const kind = target.kind === "stdin" ? (fileKind(file) ?? "txt") : fileKind(target.path);
  if (kind === undefined) return { ok: false, error: CLI_MESSAGES.unsupportedType(file) };
  let bytes: Uint8Array;
  try {
    bytes = target.kind === "stdin" ? io.readStdin() : io.readFile(target.path);
  } catch (error) {
    return { ok: false, error: readProblem(file, error) };
  }
  return checker.load(file, kind, bytes);
}

/** Node's error codes → what the writer can do about them; the original text only for codes we do not know. */
function readProblem(file: string, error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT") return CLI_MESSAGES.fileNotFound(file);
  if (code === "EISDIR") return CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.isFolder);
  if (code === "EACCES" || code === "EPERM") return CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.noPermission);
  if (code === "EBUSY") return CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.busy);
  return CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.readFailed(CLI_MESSAGES.internal(error)));
}
