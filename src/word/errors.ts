/** Every failure from Word becomes a HostError with a Chinese message; nothing is swallowed. */
import { HostError } from "../host/errors";
import { WORD_MESSAGES } from "./messages";

/** OfficeExtension.Error's shape, checked structurally (the simulated host throws the same shape). */
function officeCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function toWordError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeCode(e) ?? "Unknown";
  const detail = e instanceof Error ? e.message : String(e);
  const known = WORD_MESSAGES.byCode[code];
  // An unexpected error keeps Word's own words for IT staff, inside a Chinese sentence the writer can act on.
  const error = new HostError(known ?? WORD_MESSAGES.unknown(code, detail), code);
  // Keep the original for the console and bug reports; the writer sees the Chinese message.
  Object.defineProperty(error, "cause", { value: e, enumerable: false });
  return error;
}

/** Runs a Word batch; any failure comes out as a HostError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toWordError(e);
  }
}
