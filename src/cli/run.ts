/**
 * The whole CLI as a pure function: arguments and injected I/O in, exit code out.
 * Exit codes: 0 no errors; 1 some file has errors; 2 usage error or some file could not be read or checked (the
 * other files are still checked — a check that could not run is the more serious outcome for a script, so 2 wins
 * over 1). Nothing escapes as a stack trace: a file's failure is that file's error, anything else a Chinese message.
 */
import { effectiveFormat, parseArgs, type ArgsProblem, type CliOptions } from "./args";
import { checkTarget, DEFAULT_CHECKER, type Checker, type FileOutcome } from "./check-file";
import { loadConfig } from "./config";
import { CliConsole } from "./console";
import { expandInputs } from "./expand";
import { formatterFor, type Formatter } from "./formats";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./messages";
import type { CheckOptionsInput } from "../core/options";

export type { CliIo } from "./io";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function runCli(args: readonly string[], io: CliIo, checker: Checker = DEFAULT_CHECKER): number {
  try {
    return run(args, io, checker);
  } catch (error) {
    io.stderr(`${CLI_MESSAGES.crash(CLI_MESSAGES.internal(error))}\n`);
    return EXIT_USAGE;
  }
}

function run(args: readonly string[], io: CliIo, checker: Checker): number {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.stderr(`${problemMessage(parsed.problem)}${CLI_MESSAGES.seeHelp}\n`);
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
  if (options.inputs.length === 0) {
    io.stderr(`${CLI_MESSAGES.noFiles}\n${CLI_MESSAGES.seeHelp}\n`);
    return EXIT_USAGE;
  }
  // The house style first: a bad 规范.json stops the batch (checking with the wrong rules would mislead).
  const config = options.config === undefined ? undefined : loadConfig(options.config, io);
  if (config && !config.ok) {
    io.stderr(`${config.message}\n`);
    return EXIT_USAGE;
  }
  if (config) io.stderr(`${config.notes.join("\n")}\n`);
  const house = config?.options ?? {};
  const checkOptions: CheckOptionsInput = { ...house, categories: { ...house.categories, ...(options.structure ? {} : { structure: false }), ...(options.layout ? {} : { layout: false }) } };
  return checkBatch(options, io, checker, checkOptions);
}

function checkBatch(options: CliOptions, io: CliIo, checker: Checker, checkOptions: CheckOptionsInput): number {
  const { targets, skipped, otherTypes } = expandInputs(options.inputs, io, options.stdinName);
  const format = effectiveFormat(options);
  // Colours only on a terminal: never in a file written with --output.
  const formatter = formatterFor(format, io.colour && options.output === undefined, io.version);
  const terminal = new CliConsole(io, targets.length);
  const chunks: string[] = [];
  const out = (text: string): void => {
    if (text === "") return;
    if (options.output === undefined) terminal.stdout(text);
    else chunks.push(text);
  };

  out(formatter.head());
  let withErrors = 0;
  let unreadable = 0;
  targets.forEach((target, index) => {
    const outcome = render(checkTarget(target, io, checkOptions, checker), formatter, out);
    if (!outcome.ok) {
      terminal.stderr(`${outcome.error}\n`);
      unreadable++;
    } else if (outcome.findings.some((finding) => finding.severity === "error")) {
      withErrors++;
    }
    terminal.progress(index + 1);
  });
  terminal.clear();
  out(formatter.tail({ files: targets.length, withErrors, unreadable, skipped, otherTypes }));
  // The text report says this in its tail; the other formats keep stdout to their own syntax.
  if (format !== "text" && skipped + otherTypes > 0) io.stderr(`${CLI_MESSAGES.skipped(skipped, otherTypes)}\n`);

  if (options.output !== undefined) {
    try {
      io.writeFile(options.output, chunks.join(""));
    } catch (error) {
      io.stderr(`${CLI_MESSAGES.outputFailed(options.output, CLI_MESSAGES.internal(error))}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${CLI_MESSAGES.outputWritten(options.output)}\n`);
  }
  if (unreadable > 0) return EXIT_USAGE;
  return withErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Writes one file's piece; a formatter that throws on it turns the file into a failed one, never the batch. */
function render(outcome: FileOutcome, formatter: Formatter, out: (text: string) => void): FileOutcome {
  let piece: string;
  try {
    piece = formatter.file(outcome);
  } catch (error) {
    const failed: FileOutcome = { ok: false, file: outcome.file, error: CLI_MESSAGES.internalError(outcome.file, CLI_MESSAGES.internal(error)) };
    out(formatter.file(failed));
    return failed;
  }
  out(piece);
  return outcome;
}

function problemMessage(problem: ArgsProblem): string {
  switch (problem.kind) {
    case "unknown":
      return CLI_MESSAGES.unknownOption(problem.option);
    case "missingValue":
      return CLI_MESSAGES.missingValue(problem.option);
    case "badFormat":
      return CLI_MESSAGES.badFormat(problem.value);
  }
}
