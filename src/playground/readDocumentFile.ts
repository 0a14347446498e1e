/** Turns a file the writer picked into paragraphs: .txt one paragraph per line, .docx through the OOXML reader. */
import type { NewParagraph } from "./playgroundDocument";
import { PLAYGROUND_UI } from "./strings";

export async function readDocumentFile(file: File): Promise<NewParagraph[]> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".txt")) {
    const text = (await file.text()).replace(/^\uFEFF/, "");
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return lines.map((line) => ({ text: line }));
  }
  if (name.endsWith(".docx")) {
    // The reader is loaded only when a .docx is opened: it is not needed to show the page.
    const { readDocx } = await import(/* webpackChunkName: "docx" */ "../docx");
    try {
      const snapshot = readDocx(new Uint8Array(await file.arrayBuffer()));
      return snapshot.paragraphs.map((paragraph) => ({ ...paragraph }));
    } catch (error) {
      throw new Error(error instanceof Error ? error.message : PLAYGROUND_UI.unreadableFile(String(error)));
    }
  }
  throw new Error(PLAYGROUND_UI.unsupportedFile);
}
