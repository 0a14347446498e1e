/** Command-line arguments → options. Files and options may come in any order; "--" ends the options. */

export interface CliOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly structure: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParsedArgs = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly unknown: string };

export function parseArgs(args: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let json = false;
  let structure = true;
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (const arg of args) {
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    switch (arg) {
      case "--":
        optionsEnded = true;
        break;
      case "--json":
        json = true;
        break;
      case "--no-structure":
        structure = false;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      case "--version":
      case "-v":
        version = true;
        break;
      default:
        return { ok: false, unknown: arg };
    }
  }
  return { ok: true, options: { files, json, structure, help, version } };
}
