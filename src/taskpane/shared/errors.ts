import { WordError } from "../../word/gateway";
import { UI } from "../strings";

/** Turns anything thrown into a sentence for the writer; Word errors already carry one. */
export function describeError(error: unknown): string {
  if (error instanceof WordError) return error.message;
  if (error instanceof Error) return UI.unexpectedError(error.message);
  return UI.unexpectedError(String(error));
}
