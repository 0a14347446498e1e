/** Adapts the simulated Word document to what the playground page reads and edits. */
import type { SimulatedDocument } from "./fakeWord/document";
import type { ParagraphFormat as SimFormat, SimParagraph } from "./fakeWord/types";
import type { NewParagraph, ParagraphFormat, PlaygroundDocument, ViewParagraph, ViewPartSelection } from "./playgroundDocument";
import { splitParts } from "./splitParts";

export function playgroundDocument(doc: SimulatedDocument): PlaygroundDocument {
  const stories = () => doc.parts?.stories() ?? [];
  return {
    paragraphs: () => doc.paragraphs().map(toView),
    selection() {
      if (doc.selectedIn() !== doc) return undefined;
      const selection = doc.selection();
      return { paragraphIndex: selection.paragraphIndex, start: selection.start, end: endInSameParagraph(doc) };
    },
    parts: () => stories().map(({ part, story }) => ({ part, paragraphs: story.texts() })),
    partSelection(): ViewPartSelection | undefined {
      const story = doc.selectedIn();
      const index = stories().findIndex((s) => s.story === story);
      if (story === doc || index < 0) return undefined;
      const selection = story.selection();
      return { story: index, paragraphIndex: selection.paragraphIndex, start: selection.start, end: endInSameParagraph(story) };
    },
    comments: () =>
      doc.comments().map(({ paragraphIndex, start, end, text }) => ({ paragraphIndex, start, end, text })),
    subscribe: (listener) => doc.subscribe(listener),
    replaceAll(paragraphs: readonly NewParagraph[]) {
      const { body, parts } = splitParts(paragraphs);
      doc.setParagraphs(body.length > 0 ? body : [{ text: "" }]);
      doc.setParts(parts);
      doc.setSelection(0, 0);
    },
    applyTypedTexts(texts) {
      const current = doc.paragraphs();
      if (texts.length === current.length) {
        texts.forEach((text, index) => {
          if (current[index].text !== text) doc.setParagraphText(index, text);
        });
        return;
      }
      // Enter, Backspace across paragraphs or a paste: keep each position's formatting, new paragraphs plain.
      doc.setParagraphs(texts.map((text, index) => (index < current.length ? { ...current[index], text } : { text })));
    },
    setSelection(selection) {
      doc.setSelection(selection.paragraphIndex, selection.start, selection.end);
    },
  };
}

/** The page shows a selection within one paragraph; a selection reaching further ends at this paragraph's end. */
function endInSameParagraph(doc: SimulatedDocument): number {
  const selection = doc.selection();
  if (selection.endParagraphIndex === selection.paragraphIndex) return selection.end;
  return doc.paragraph(selection.paragraphIndex).text.length;
}

function toView(paragraph: SimParagraph): ViewParagraph {
  return {
    text: paragraph.text,
    listString: paragraph.listString,
    tableNestingLevel: paragraph.tableNestingLevel,
    format: toViewFormat(paragraph.format),
  };
}

const ALIGNMENT = { left: "left", center: "centered", right: "right", both: "justified" } as const;

function toViewFormat(format: SimFormat | undefined): ParagraphFormat {
  if (!format) return {};
  return {
    eastAsiaFont: format.fontEastAsia,
    asciiFont: format.fontAscii,
    sizePt: format.sizeHalfPoints === undefined ? undefined : format.sizeHalfPoints / 2,
    bold: format.bold,
    alignment: format.alignment === undefined ? undefined : ALIGNMENT[format.alignment],
    firstLineIndentChars: format.firstLineChars === undefined ? undefined : format.firstLineChars / 100,
  };
}
