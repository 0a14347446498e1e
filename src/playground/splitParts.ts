/**
 * A document the page loads (.docx, the sample) lists its headers', footers', notes' and text boxes' paragraphs
 * after the main text's, each with its `part`; the simulated Word keeps them in stories of their own. The reader
 * does not say which section or which note a paragraph came from, so, to keep the page simple: all header
 * paragraphs make the first section's header, all footer paragraphs its footer, and each note or text-box
 * paragraph a note or a text box of its own.
 */
import type { PartsSpec } from "./fakeWord/parts";
import type { NewParagraph } from "./playgroundDocument";

export function splitParts(paragraphs: readonly NewParagraph[]): { body: NewParagraph[]; parts: PartsSpec } {
  const body: NewParagraph[] = [];
  const header: NewParagraph[] = [];
  const footer: NewParagraph[] = [];
  const footnotes: NewParagraph[][] = [];
  const endnotes: NewParagraph[][] = [];
  const textBoxes: NewParagraph[][] = [];
  for (const { part, ...paragraph } of paragraphs) {
    if (part === "header") header.push(paragraph);
    else if (part === "footer") footer.push(paragraph);
    else if (part === "footnote") footnotes.push([paragraph]);
    else if (part === "endnote") endnotes.push([paragraph]);
    else if (part === "textBox") textBoxes.push([paragraph]);
    else body.push(paragraph);
  }
  const section = {
    headers: header.length > 0 ? { Primary: header } : undefined,
    footers: footer.length > 0 ? { Primary: footer } : undefined,
  };
  return { body, parts: { sections: [section], footnotes, endnotes, textBoxes } };
}
