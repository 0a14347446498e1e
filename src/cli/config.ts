/**
 * --config 规范.json: the house style the pane uses (a 规范.json, or a team pack carrying one), read as the pane reads
 * a pack (UTF-8, UTF-16 with BOM, GB18030) and turned into the engine's options the same way.
 */
import { decodePackBytes } from "../core/content";
import { houseStyleToOptions, parseHouseStyleSource, switchedOffLines } from "../core/houseStyle";
import type { CheckOptionsInput } from "../core/options";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./messages";

export type ConfigOutcome =
  | { readonly ok: true; readonly options: CheckOptionsInput; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

export function loadConfig(file: string, io: CliIo): ConfigOutcome {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? CLI_MESSAGES.configMissing : code === "EISDIR" ? CLI_MESSAGES.isFolder : CLI_MESSAGES.readFailed(CLI_MESSAGES.internal(error));
    return { ok: false, message: CLI_MESSAGES.configUnusable(file, [reason]) };
  }
  const decoded = decodePackBytes(bytes);
  if (!decoded.ok) return { ok: false, message: CLI_MESSAGES.configUnusable(file, [decoded.message]) };
  const parsed = parseHouseStyleSource(decoded.text);
  if (!parsed.ok) return { ok: false, message: CLI_MESSAGES.configUnusable(file, parsed.errors.map((e) => located(e.message, e.path))) };
  const style = parsed.value;
  const notes = [CLI_MESSAGES.configUsed(file, style.name), ...parsed.notes.map((n) => located(n.message, n.path)), ...switchedOffLines(style)];
  return { ok: true, options: houseStyleToOptions(style), notes };
}

/** The JSON path after the sentence, for whoever edits the file. */
function located(message: string, path: string): string {
  return path === "" ? message : `${message}（${path}）`;
}
