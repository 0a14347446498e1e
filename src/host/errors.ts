/**
 * Errors a DocumentHost throws. Each implementation explains its host's failures in Chinese for the writer (the
 * message), so the pane shows `message` as it is and never needs to know which host it runs in.
 */
import type { EditReport } from "./port";

/** A failure of the document host, already explained in Chinese for the writer. */
export class HostError extends Error {
  constructor(
    message: string,
    /** The host's own error code, kept for IT staff (Office.js: "GeneralException", "ItemNotFound", …). */
    readonly code: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

/**
 * The host failed after some edits may already have landed (a batch is not rolled back). `report` says exactly
 * which ones did, read back from the document; it is undefined when even that read-back failed.
 */
export class PartialEditError extends HostError {
  constructor(
    message: string,
    code: string,
    readonly report: EditReport | undefined,
  ) {
    super(message, code);
    this.name = "PartialEditError";
  }
}
