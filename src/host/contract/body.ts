/** Reading the main text back through the port itself, so a check observes only what the pane could observe. */
import { isBodyParagraph } from "../../core/model";
import type { DocumentHost } from "../port";
import type { ContractDocument, ContractLine } from "./types";

export async function bodyTexts(host: DocumentHost): Promise<string[]> {
  const snapshot = await host.readSnapshot();
  return snapshot.paragraphs.filter(isBodyParagraph).map((p) => p.text);
}

/**
 * Sets the document up and reads it as the pane does before any fix: hosts may key a target's paragraphIndex to the
 * latest snapshot (Word's gateway maps header and note paragraphs by it), so targets are only valid after one.
 */
export async function setUpAndRead(host: DocumentHost, doc: ContractDocument, lines: readonly ContractLine[]): Promise<string[]> {
  await doc.setParagraphs(lines);
  return bodyTexts(host);
}
