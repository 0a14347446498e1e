/**
 * Inserting content: GB/T 9704 paragraphs (OOXML) or plain paragraphs at the cursor or next to the cursor's
 * paragraph, or a phrase at the cursor; one round trip each.
 */
import { HostError } from "../host/errors";
import type { BlockPlacement, InsertBlock, InsertOptions } from "../host/port";
import type { WordHost } from "./host";
import { WORD_MESSAGES } from "./messages";
import { buildOoxml } from "./ooxml";

/**
 * Queues the insert at the placement and returns the inserted range. "before"/"after" go through the paragraph's
 * "Whole" range (its text and its mark): Range.insertOoxml accepts "Before" and "After" (Paragraph.insertOoxml
 * does not), so the OOXML lands between two paragraph marks and touches neither paragraph's text. Plain text goes
 * in as "\n"-separated text at the paragraph's start or end, the "\n" next to the paragraph's own text keeping it
 * whole.
 */
function queueInsert(context: Word.RequestContext, blocks: readonly InsertBlock[], plain: boolean, placement: BlockPlacement): Word.Range {
  const selection = context.document.getSelection();
  // Plain: "\n" makes paragraphs that take the surrounding paragraph's style; text is never parsed as markup.
  const text = plain ? blocks.map((b) => b.text.replace(/[\r\n]+/g, " ")).join("\n") : "";
  if (placement === "cursor") {
    return plain ? selection.insertText(text, "Replace") : selection.insertOoxml(buildOoxml(blocks), "Replace");
  }
  const paragraph = placement === "before" ? selection.paragraphs.getFirst() : selection.paragraphs.getLast();
  if (plain) return placement === "before" ? paragraph.insertText(`${text}\n`, "Start") : paragraph.insertText(`\n${text}`, "End");
  return paragraph.getRange("Whole").insertOoxml(buildOoxml(blocks), placement === "before" ? "Before" : "After");
}

export async function insertBlocks(host: WordHost, blocks: readonly InsertBlock[], options: InsertOptions): Promise<void> {
  if (blocks.length === 0) return;
  await host.run(async (context) => {
    const inserted = queueInsert(context, blocks, options.plain, options.placement ?? "cursor");
    inserted.select("End"); // leave the cursor after what was inserted
    await context.sync();
  });
}

export async function insertText(host: WordHost, text: string): Promise<void> {
  if (/[\r\n]/.test(text)) throw new HostError(WORD_MESSAGES.lineBreakInText, "InvalidArgument");
  if (text === "") return;
  await host.run(async (context) => {
    context.document.getSelection().insertText(text, "Replace").select("End");
    await context.sync();
  });
}
