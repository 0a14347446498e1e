/** Inserting at the cursor: GB/T 9704 paragraphs (OOXML), plain paragraphs, or a phrase; one round trip each. */
import { WordError, type InsertBlock, type InsertOptions } from "./gateway";
import type { WordHost } from "./host";
import { WORD_MESSAGES } from "./messages";
import { buildOoxml } from "./ooxml";

export async function insertBlocks(host: WordHost, blocks: readonly InsertBlock[], options: InsertOptions): Promise<void> {
  if (blocks.length === 0) return;
  await host.run(async (context) => {
    const selection = context.document.getSelection();
    // Plain: "\n" makes paragraphs that take the surrounding paragraph's style; text is never parsed as markup.
    const inserted = options.plain
      ? selection.insertText(blocks.map((b) => b.text.replace(/[\r\n]+/g, " ")).join("\n"), "Replace")
      : selection.insertOoxml(buildOoxml(blocks), "Replace");
    inserted.select("End"); // leave the cursor after what was inserted
    await context.sync();
  });
}

export async function insertText(host: WordHost, text: string): Promise<void> {
  if (/[\r\n]/.test(text)) throw new WordError(WORD_MESSAGES.lineBreakInText, "InvalidArgument");
  if (text === "") return;
  await host.run(async (context) => {
    context.document.getSelection().insertText(text, "Replace").select("End");
    await context.sync();
  });
}
