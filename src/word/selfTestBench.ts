/**
 * The 自检's set-up in Word: replacing the (blank) document's text with the contract's paragraphs, placing the cursor,
 * and emptying the document afterwards. Office.js has no character offsets, so the cursor is placed through what it
 * does have: the paragraph's start and end, and Find for the text before the point (the contract's texts are short
 * and hold no Find special characters such as ^).
 */
import type { SelfTestBench } from "../host/contract/selfTest";
import type { WordHost } from "./host";
import { selfTestOoxml } from "./selfTestOoxml";

/** The end of `text`'s first occurrence in `paragraph`, as a collapsed range (Find works on whole text, not offsets). */
function pointAfter(paragraph: Word.Paragraph, text: string): Word.Range {
  return paragraph.search(text, { matchCase: true }).getFirst().getRange("End");
}

function pointAt(paragraph: Word.Paragraph, text: string, offset: number): Word.Range {
  if (offset === 0) return paragraph.getRange("Start");
  if (offset === text.length) return paragraph.getRange("Content").getRange("End");
  return pointAfter(paragraph, text.slice(0, offset));
}

export function wordSelfTestBench(host: WordHost): SelfTestBench {
  return {
    async setParagraphs(lines) {
      await host.run(async (context) => {
        const body = context.document.body;
        body.clear();
        body.insertOoxml(selfTestOoxml(lines), "Replace");
        const paragraphs = body.paragraphs;
        paragraphs.load("items/text,items/tableNestingLevel");
        await context.sync();
        // Word may keep the body's own final paragraph after the inserted ones: an empty one more than asked for
        // would shift every index the checks compare, so it goes (a paragraph after a table cannot, and is kept).
        const last = paragraphs.items[paragraphs.items.length - 1];
        if (paragraphs.items.length > lines.length && last.text === "" && last.tableNestingLevel === 0) {
          const previous = paragraphs.items[paragraphs.items.length - 2];
          if (previous.tableNestingLevel === 0) last.delete();
        }
        body.getRange("Start").select();
        await context.sync();
      });
    },
    async setSelection(paragraphIndex, start, end) {
      await host.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const paragraph = paragraphs.items[paragraphIndex];
        const text = paragraph.text;
        const from = pointAt(paragraph, text, start);
        const range = end === undefined || end === start ? from : from.expandTo(pointAt(paragraph, text, end));
        range.select();
        await context.sync();
      });
    },
    async clear() {
      await host.run(async (context) => {
        context.document.body.clear();
        await context.sync();
      });
    },
  };
}
