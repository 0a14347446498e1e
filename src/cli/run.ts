/**
 * The whole CLI as a pure function: arguments, an injected file reader and writers in, exit code out.
 * Exit codes: 0 no errors; 1 some file has errors; 2 usage error or some file could not be read (the other files
 * are still checked — a check that could not run is the more serious outcome for a script, so 2 wins over 1).
 */
import { parseArgs } from "./args";
import { checkDocument } from "../core/engine";
import { jsonResult, type JsonFileResult } from "./json";
import { fileKind, loadSnapshot, type Loaded } from "./load";
import { CLI_MESSAGES } from "./messages";
import { formatReport } from "./report";

export interface CliIo {
  /** Reads a whole file; throws (e.g. an error with code "ENOENT") when it cannot. */
  readonly readFile: (path: string) => Uint8Array;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** ANSI colours: only when stdout is a terminal. */
  readonly colour: boolean;
  readonly version: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function runCli(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.stderr(`${CLI_MESSAGES.unknownOption(parsed.unknown)}${CLI_MESSAGES.seeHelp}\n`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(`${CLI_MESSAGES.usage}\n`);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`gongwen-check ${io.version}\n`);
    return EXIT_OK;
  }
  if (options.files.length === 0) {
    io.stderr(`${CLI_MESSAGES.noFiles}\n${CLI_MESSAGES.seeHelp}\n`);
    return EXIT_USAGE;
  }

  const results: JsonFileResult[] = [];
  let withErrors = 0;
  let unreadable = 0;
  for (const file of options.files) {
    const loaded = readAndLoad(file, io);
    if (!loaded.ok) {
      io.stderr(`${loaded.error}\n`);
      unreadable++;
      results.push({ file, findings: [], error: loaded.error });
      continue;
    }
    const findings = checkDocument(loaded.snapshot, { categories: { structure: options.structure } });
    if (findings.some((finding) => finding.severity === "error")) withErrors++;
    if (options.json) results.push(jsonResult(file, loaded.snapshot, findings));
    else io.stdout(formatReport(file, loaded.snapshot, findings, io.colour));
  }

  if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else if (options.files.length > 1) io.stdout(`${CLI_MESSAGES.totalLine(options.files.length, withErrors, unreadable)}\n`);
  if (unreadable > 0) return EXIT_USAGE;
  return withErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function readAndLoad(file: string, io: CliIo): Loaded {
  if (fileKind(file) === undefined) return { ok: false, error: CLI_MESSAGES.unsupportedType(file) };
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === "ENOENT") return { ok: false, error: CLI_MESSAGES.fileNotFound(file) };
    const reason = code === "EISDIR" ? CLI_MESSAGES.isFolder : error instanceof Error ? error.message : String(error);
    return { ok: false, error: CLI_MESSAGES.fileUnreadable(file, reason) };
  }
  return loadSnapshot(file, bytes);
}
