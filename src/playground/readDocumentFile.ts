/**
 * Turns a file the writer picked into paragraphs: .txt one paragraph per line, .docx through the OOXML reader, which
 * also gives each paragraph's resolved layout and the page setup, so the simulated Word shows the file's own fonts.
 */
import type { PageLayout } from "../core/layout/types";
import type { NewParagraph } from "./playgroundDocument";
import { PLAYGROUND_UI } from "./strings";

export interface OpenedDocument {
  readonly paragraphs: NewParagraph[];
  readonly page?: PageLayout;
}

export async function readDocumentFile(file: File): Promise<OpenedDocument> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".txt")) {
    const text = (await file.text()).replace(/^\uFEFF/, "");
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return { paragraphs: lines.map((line) => ({ text: line })) };
  }
  if (name.endsWith(".docx")) {
    // The reader is loaded only when a .docx is opened: it is not needed to show the page.
    const { readDocx } = await import(/* webpackChunkName: "docx" */ "../docx");
    try {
      const snapshot = readDocx(new Uint8Array(await file.arrayBuffer()));
      return { paragraphs: snapshot.paragraphs.map((paragraph) => ({ ...paragraph })), page: snapshot.layout?.page };
    } catch (error) {
      throw new Error(error instanceof Error ? error.message : PLAYGROUND_UI.unreadableFile(String(error)));
    }
  }
  throw new Error(PLAYGROUND_UI.unsupportedFile);
}
