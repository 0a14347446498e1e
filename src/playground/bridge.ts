/** Adapts the simulated Word document to what the playground page reads and edits. */
import type { SimulatedDocument } from "./fakeWord/document";
import type { SimParagraph } from "./fakeWord/types";
import type { NewParagraph, PlaygroundDocument, ViewParagraph, ViewPartSelection } from "./playgroundDocument";
import { splitParts } from "./splitParts";
import { fromLayout, pageFromLayout, toViewPage, toViewParagraph } from "./viewLayout";

export function playgroundDocument(doc: SimulatedDocument): PlaygroundDocument {
  const stories = () => doc.parts?.stories() ?? [];
  return {
    paragraphs: () => doc.paragraphs().map(viewOf),
    page: () => toViewPage(doc.page),
    selection() {
      if (doc.selectedIn() !== doc) return undefined;
      const selection = doc.selection();
      const across = selection.endParagraphIndex !== selection.paragraphIndex;
      return { paragraphIndex: selection.paragraphIndex, start: selection.start, end: selection.end, ...(across ? { endParagraphIndex: selection.endParagraphIndex } : {}) };
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
    replaceAll(paragraphs, page) {
      // A .docx's resolved layout becomes direct formatting, so the page shows the file in its own fonts.
      const formatted = paragraphs.map(({ layout, ...rest }): NewParagraph => (layout ? { ...rest, ...fromLayout(layout, rest.text) } : rest));
      const { body, parts } = splitParts(formatted);
      doc.setParagraphs(body.length > 0 ? body : [{ text: "" }]);
      doc.setParts(parts);
      doc.setPage(pageFromLayout(page));
      doc.setSelection(0, 0);
    },
    applyTypedTexts(texts) {
      const current = doc.paragraphs();
      if (texts.length === current.length) {
        texts.forEach((text, index) => {
          if (current[index].text !== text) retype(doc, index, text);
        });
        return;
      }
      // Enter, Backspace across paragraphs or a paste: keep each position's formatting, new paragraphs plain.
      doc.setParagraphs(texts.map((text, index) => (index < current.length ? { ...current[index], text } : { text })));
    },
    setSelection(selection) {
      doc.setSelection(selection.paragraphIndex, selection.start, selection.end, selection.endParagraphIndex ?? selection.paragraphIndex);
    },
  };
}

/**
 * A paragraph record of the simulated document is never changed, only replaced: its view is worked out once, and an
 * unchanged paragraph's view is the same object (the page compares by identity before redrawing).
 */
const views = new WeakMap<SimParagraph, ViewParagraph>();

function viewOf(paragraph: SimParagraph): ViewParagraph {
  let view = views.get(paragraph);
  if (!view) {
    view = toViewParagraph(paragraph);
    views.set(paragraph, view);
  }
  return view;
}

/** A header's or note's selection is shown within one paragraph; one reaching further ends at this paragraph's end. */
function endInSameParagraph(doc: SimulatedDocument): number {
  const selection = doc.selection();
  if (selection.endParagraphIndex === selection.paragraphIndex) return selection.end;
  return doc.paragraph(selection.paragraphIndex).text.length;
}

/**
 * The writer's keystrokes in one paragraph, as the smallest replacement: the text around the change keeps its runs
 * (a bold phrase stays bold when the writer types after it), as in Word.
 */
function retype(doc: SimulatedDocument, index: number, text: string): void {
  const old = doc.paragraph(index).text;
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  doc.replace({ para: index, offset: head }, { para: index, offset: old.length - tail }, [{ text: text.slice(head, text.length - tail) }]);
}
