/** A file's bytes → DocSnapshot: .txt one paragraph per line (UTF-8, BOM stripped), .docx through readDocx. */
import { snapshotFromLines, type DocSnapshot } from "../core/model";
import { DocxReadError, readDocx } from "../docx";
import { CLI_MESSAGES } from "./messages";

export type Loaded = { readonly ok: true; readonly snapshot: DocSnapshot } | { readonly ok: false; readonly error: string };

export function fileKind(file: string): "txt" | "docx" | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".txt")) return "txt";
  if (lower.endsWith(".docx")) return "docx";
  return undefined;
}

export function loadSnapshot(file: string, bytes: Uint8Array): Loaded {
  const kind = fileKind(file);
  if (kind === "docx") {
    try {
      return { ok: true, snapshot: readDocx(bytes) };
    } catch (error) {
      const message = error instanceof DocxReadError ? error.message : String(error);
      return { ok: false, error: CLI_MESSAGES.docxProblem(file, message) };
    }
  }
  if (kind === "txt") {
    let text: string;
    try {
      // Fatal decoding: a GBK file (common on Chinese Windows) must not be checked as mojibake.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.notUtf8) };
    }
    return { ok: true, snapshot: snapshotFromLines(text.replace(/^\uFEFF/, "")) };
  }
  return { ok: false, error: CLI_MESSAGES.unsupportedType(file) };
}
