/**
 * The editable document in the page, kept in plain DOM rather than React: a contenteditable that React re-rendered
 * on every keystroke would lose the writer's cursor. One <p> per paragraph; automatic numbering is shown in a
 * non-editable span, as Word shows list numbers that are not part of the text.
 */
import type { ParagraphFormat, ViewParagraph, ViewSelection } from "./playgroundDocument";

const NUMBER_CLASS = "list-number";

export function renderParagraphs(editor: HTMLElement, paragraphs: readonly ViewParagraph[]): void {
  const fragment = document.createDocumentFragment();
  paragraphs.forEach((paragraph, index) => {
    const element = document.createElement("p");
    element.dataset.index = String(index);
    if (paragraph.tableNestingLevel > 0) element.className = "in-table";
    applyFormat(element, paragraph.format);
    if (paragraph.listString) {
      const number = document.createElement("span");
      number.className = NUMBER_CLASS;
      number.contentEditable = "false";
      number.title = "Word 自动编号";
      number.textContent = paragraph.listString;
      element.append(number);
    }
    element.append(document.createTextNode(paragraph.text));
    if (paragraph.text === "" && !paragraph.listString) element.append(document.createElement("br"));
    fragment.append(element);
  });
  editor.replaceChildren(fragment);
}

function applyFormat(element: HTMLElement, format: ParagraphFormat): void {
  const fonts = [format.eastAsiaFont, format.asciiFont].filter(Boolean).map((name) => `"${name}"`);
  if (fonts.length) element.style.fontFamily = `${fonts.join(", ")}, serif`;
  if (format.sizePt) element.style.fontSize = `${format.sizePt}pt`;
  if (format.bold) element.style.fontWeight = "bold";
  if (format.alignment) element.style.textAlign = ALIGN[format.alignment];
  if (format.firstLineIndentChars) element.style.textIndent = `${format.firstLineIndentChars}em`;
}

const ALIGN = { left: "left", centered: "center", right: "right", justified: "justify" } as const;

/** The text of each paragraph element as the writer left it, list numbers excluded. */
export function readParagraphTexts(editor: HTMLElement): string[] {
  const blocks = Array.from(editor.childNodes);
  if (blocks.length === 0) return [""];
  return blocks.map((block) => textWithoutNumber(block));
}

function textWithoutNumber(block: Node): string {
  if (!(block instanceof Element)) return block.nodeValue ?? "";
  let text = "";
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(`.${NUMBER_CLASS}`)) text += node.nodeValue ?? "";
  }
  return text;
}

/** Where the DOM selection is, as (paragraph, offsets in its text); undefined when outside the editor. */
export function readDomSelection(editor: HTMLElement): ViewSelection | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = locate(editor, range.startContainer, range.startOffset);
  const end = locate(editor, range.endContainer, range.endOffset);
  if (!start || !end) return undefined;
  if (end.paragraphIndex !== start.paragraphIndex) {
    // The simulated selection lives in one paragraph; a multi-paragraph drag keeps its start.
    return { paragraphIndex: start.paragraphIndex, start: start.offset, end: start.offset };
  }
  return { paragraphIndex: start.paragraphIndex, start: start.offset, end: end.offset };
}

/** Paragraphs are told by their position among the editor's children: after Enter the browser copies attributes. */
function locate(editor: HTMLElement, node: Node, offset: number) {
  let block: Node | null = node;
  while (block && block.parentNode !== editor) block = block.parentNode;
  if (!block) return undefined;
  const paragraphIndex = Array.prototype.indexOf.call(editor.childNodes, block) as number;
  const probe = document.createRange();
  probe.setStart(block, 0);
  probe.setEnd(node, offset);
  const container = document.createElement("div");
  container.append(probe.cloneContents());
  container.querySelectorAll(`.${NUMBER_CLASS}`).forEach((number) => number.remove());
  return { paragraphIndex, offset: container.textContent?.length ?? 0 };
}

/** True when the browser has added, split or merged blocks so the DOM no longer mirrors the model one to one. */
export function needsRedraw(editor: HTMLElement, paragraphCount: number): boolean {
  const blocks = Array.from(editor.childNodes);
  if (blocks.length !== paragraphCount) return true;
  return blocks.some(
    (block, index) => !(block instanceof HTMLParagraphElement) || block.dataset.index !== String(index),
  );
}

/** Shows the simulated selection as a real DOM selection and scrolls it into view, as Word's range.select() does. */
export function showSelection(editor: HTMLElement, selection: ViewSelection): void {
  const block = editor.children[selection.paragraphIndex];
  if (!block) return;
  const start = pointAt(block, selection.start);
  const end = pointAt(block, selection.end);
  if (!start || !end) return;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const domSelection = window.getSelection();
  domSelection?.removeAllRanges();
  domSelection?.addRange(range);
  (block as HTMLElement).scrollIntoView({ block: "center" });
}

function pointAt(block: Element, offset: number): { node: Node; offset: number } | undefined {
  let remaining = offset;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`.${NUMBER_CLASS}`)) continue;
    const length = node.nodeValue?.length ?? 0;
    if (remaining <= length) return { node, offset: remaining };
    remaining -= length;
    last = node;
  }
  return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : { node: block, offset: 0 };
}
