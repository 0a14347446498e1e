/**
 * A phrase adapted to the writer's sentence before it is inserted (issue 12): the text around the cursor comes from
 * the insertion context (1 round trip), adaptPhrase gives the phrase the marks of that place, so the insertion never
 * creates a slip the 标点 check would report (成效。。, ，…。). When the cursor cannot be told (a header, a text box),
 * the phrase goes in as written.
 */
import { adaptPhrase } from "../../core/insert/adaptPunctuation";
import type { DocumentHost } from "../../host/port";

export async function phraseAtCursor(word: DocumentHost, text: string): Promise<string> {
  const context = await word.readInsertionContext();
  const paragraph = context.snapshot.paragraphs[context.cursorParagraphIndex];
  const offsets = context.cursorOffsets;
  if (!paragraph || !offsets) return text;
  return adaptPhrase(text, { before: paragraph.text.slice(0, offsets.start), after: paragraph.text.slice(offsets.end) });
}
