/** The reader's refusal of a file, for tests that expect one: fails the test when the file is accepted. */
import { DocxReadError, readDocx } from "../../src/docx";

export function readError(bytes: Uint8Array): DocxReadError {
  try {
    readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) return error;
    throw error;
  }
  throw new Error("readDocx accepted the input");
}
