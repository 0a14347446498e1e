/**
 * A file's bytes → DocSnapshot: .txt one paragraph per line (decode.ts finds the encoding), .docx and its macro and
 * template variants (.docm, .dotx, .dotm: the same package, only the content type differs) through readDocx.
 */
import { snapshotFromLines, type DocSnapshot } from "../core/model";
import type * as Docx from "../docx";
import { decodeText, type TextEncoding } from "./decode";
import { CLI_MESSAGES } from "./messages";

export type Loaded =
  | { readonly ok: true; readonly snapshot: DocSnapshot; readonly encoding?: Exclude<TextEncoding, "utf-8"> }
  | { readonly ok: false; readonly error: string };

export type FileKind = "txt" | "docx";

const KINDS: Readonly<Record<string, FileKind>> = { txt: "txt", docx: "docx", docm: "docx", dotx: "docx", dotm: "docx" };
/** Documents we cannot read but that a folder of submissions will hold: listed as unreadable with what to do. */
const OTHER_DOCUMENTS = new Set(["doc", "dot", "wps", "wpt", "rtf"]);

function extension(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
}

export function fileKind(file: string): FileKind | undefined {
  return KINDS[extension(file)];
}

/** Whether a file found in a folder is taken into the batch (checked, or reported as a document we cannot read). */
export function isDocumentLike(file: string): boolean {
  return fileKind(file) !== undefined || OTHER_DOCUMENTS.has(extension(file));
}

let docxModule: typeof Docx | undefined;

/** The .docx reader, loaded with the first .docx of a run: a batch of .txt files never loads it (issue 9). */
function docx(): typeof Docx {
  // The CLI is built as CommonJS (tsconfig.cli.json): require() here defers loading; an import would not.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  docxModule ??= require("../docx") as typeof Docx;
  return docxModule;
}

export function loadSnapshot(file: string, kind: FileKind, bytes: Uint8Array): Loaded {
  if (kind === "docx") {
    const { DocxReadError, readDocx } = docx();
    try {
      return { ok: true, snapshot: readDocx(bytes) };
    } catch (error) {
      const message = error instanceof DocxReadError ? error.message : CLI_MESSAGES.internal(error);
      return { ok: false, error: CLI_MESSAGES.docxProblem(file, message) };
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: CLI_MESSAGES.fileUnreadable(file, CLI_MESSAGES.notText[decoded.reason]) };
  const snapshot = snapshotFromLines(decoded.text);
  return decoded.encoding === "utf-8" ? { ok: true, snapshot } : { ok: true, snapshot, encoding: decoded.encoding };
}
