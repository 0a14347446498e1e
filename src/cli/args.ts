/** Command-line arguments → options. Files and options may come in any order; "--" ends the options. */

export const FORMATS = ["text", "json", "csv", "sarif"] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliOptions {
  /** Files, folders, glob patterns and "-" (stdin), as typed. */
  readonly inputs: readonly string[];
  /** Absent when neither --format nor --json was given: then --output's extension decides, else text. */
  readonly format?: OutputFormat;
  /** Write the report to this file instead of stdout (PowerShell 5.1's ">" re-encodes what it redirects). */
  readonly output?: string;
  /** The name shown for stdin; its extension says how to read it (.txt when it has none we know). */
  readonly stdinName?: string;
  /** The house style file (规范.json, or a team pack carrying one). */
  readonly config?: string;
  readonly structure: boolean;
  /** 格式 (fonts, sizes, indents, page) of .docx files; --no-layout leaves it out. */
  readonly layout: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export type ArgsProblem =
  | { readonly kind: "unknown"; readonly option: string }
  | { readonly kind: "missingValue"; readonly option: string }
  | { readonly kind: "badFormat"; readonly value: string };

export type ParsedArgs = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly problem: ArgsProblem };

const VALUE_OPTIONS = ["--format", "--output", "-o", "--stdin-name", "--config"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseArgs(args: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  let structure = true;
  let layout = true;
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      inputs.push(arg);
      continue;
    }
    // Both "--format csv" and "--format=csv".
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (isValueOption(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") return { ok: false, problem: { kind: "missingValue", option: name } };
      values[name] = value;
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
      case "--no-layout":
        layout = false;
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
        return { ok: false, problem: { kind: "unknown", option: arg } };
    }
  }
  const formatValue = values["--format"]?.toLowerCase();
  if (formatValue !== undefined && !isFormat(formatValue)) return { ok: false, problem: { kind: "badFormat", value: values["--format"] ?? "" } };
  const format: OutputFormat | undefined = formatValue ?? (json ? "json" : undefined);
  const output = values["--output"] ?? values["-o"];
  const stdinName = values["--stdin-name"];
  const config = values["--config"];
  return {
    ok: true,
    options: {
      inputs,
      ...(format === undefined ? {} : { format }),
      ...(output === undefined ? {} : { output }),
      ...(stdinName === undefined ? {} : { stdinName }),
      ...(config === undefined ? {} : { config }),
      structure,
      layout,
      help,
      version,
    },
  };
}

/** The format to write: the one asked for, else the one --output's extension names (结果.csv), else text. */
export function effectiveFormat(options: CliOptions): OutputFormat {
  if (options.format !== undefined) return options.format;
  const extension = /\.([a-z]+)$/i.exec(options.output ?? "")?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "json" || extension === "sarif") return extension;
  return "text";
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}
