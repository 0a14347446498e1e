import { HostError } from "../../host/errors";
import { UI } from "../strings";

/** Turns anything thrown into a sentence for the writer; host errors already carry one. */
export function describeError(error: unknown): string {
  if (error instanceof HostError) return error.message;
  if (error instanceof Error) return UI.unexpectedError(error.message);
  return UI.unexpectedError(String(error));
}
