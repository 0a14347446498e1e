/**
 * The editable document in the page, kept in plain DOM rather than React: a contenteditable that React re-rendered
 * on every keystroke would lose the writer's cursor. One <p> per paragraph; automatic numbering is shown in a
 * non-editable span, as Word shows list numbers that are not part of the text.
 */
import { fontFamilyCss, fontLabel, fontStyleCss } from "./fontCss";
import type { ParagraphFormat, ViewPage, ViewParagraph, ViewRun, ViewSelection } from "./playgroundDocument";

const NUMBER_CLASS = "list-number";

/** The A4 sheet's width on screen, in CSS pixels at zoom 1 (210 mm at 96 dpi): points scale with it. */
export const SHEET_WIDTH_PX = 794;

type Look = Omit<ViewRun, "text">;

/**
 * Draws the document as Word shows it: the editor carries the document defaults and the page margins, each <p> the
 * first run's formatting where it differs from the defaults, and each run that differs from its paragraph a
 * <span> of its own (a 黑体 run-in heading inside 仿宋 body text).
 */
export function renderParagraphs(editor: HTMLElement, paragraphs: readonly ViewParagraph[], page?: ViewPage): void {
  const defaults = page?.defaults;
  if (page) applyPage(editor, page);
  const fragment = document.createDocumentFragment();
  paragraphs.forEach((paragraph, index) => {
    const element = document.createElement("p");
    element.dataset.index = String(index);
    if (paragraph.tableNestingLevel > 0) element.className = "in-table";
    applyParagraphFormat(element, paragraph.format, paragraph.runs[0].sizePt, page?.linePitchPt);
    // The paragraph takes its first run's look (an empty paragraph's is its mark's); other runs get spans.
    const shared: Look = paragraph.runs[0];
    applyLook(element, shared, defaults);
    element.title = fontLabel(shared.eastAsiaFont, shared.sizePt, shared.bold);
    if (paragraph.listString) {
      const number = document.createElement("span");
      number.className = NUMBER_CLASS;
      number.contentEditable = "false";
      number.title = "Word 自动编号";
      number.textContent = paragraph.listString;
      element.append(number);
    }
    for (const run of paragraph.runs) {
      if (run.text === "") continue;
      if (sameLook(run, shared)) {
        element.append(document.createTextNode(run.text));
        continue;
      }
      const span = document.createElement("span");
      applyLook(span, run, shared);
      span.title = fontLabel(run.eastAsiaFont, run.sizePt, run.bold);
      span.textContent = run.text;
      element.append(span);
    }
    if (paragraph.text === "" && !paragraph.listString) element.append(document.createElement("br"));
    fragment.append(element);
  });
  editor.replaceChildren(fragment);
}

function applyPage(editor: HTMLElement, page: ViewPage): void {
  const px = (pt: number) => `${Math.round((pt * SHEET_WIDTH_PX) / page.widthPt)}px`;
  editor.style.padding = `${px(page.topPt)} ${px(page.rightPt)} ${px(page.bottomPt)} ${px(page.leftPt)}`;
  applyLook(editor, page.defaults, undefined);
}

function sameLook(a: Look, b: Look): boolean {
  return a.eastAsiaFont === b.eastAsiaFont && a.latinFont === b.latinFont && a.sizePt === b.sizePt && a.bold === b.bold;
}

/** Inline style for what `look` changes from `base` (everything when there is no base). */
function applyLook(element: HTMLElement, look: Look, base: Look | undefined): void {
  if (!base || look.eastAsiaFont !== base.eastAsiaFont || look.latinFont !== base.latinFont) {
    element.style.fontFamily = fontFamilyCss(look.eastAsiaFont, look.latinFont);
    const slant = fontStyleCss(look.eastAsiaFont);
    if (!base || slant !== fontStyleCss(base.eastAsiaFont)) element.style.fontStyle = slant;
  }
  if (!base || look.sizePt !== base.sizePt) element.style.fontSize = `${look.sizePt}pt`;
  if (!base || look.bold !== base.bold) element.style.fontWeight = look.bold ? "bold" : "normal";
}

/**
 * Word's single line is about 1.3 times the font size for CJK fonts; exact and at-least spacing are in points. With a
 * document grid, Word snaps a single line up to whole grid lines (对齐到网格): 三号 text in a blank Chinese document
 * (15.6 pt pitch) takes two grid lines, and in a GB/T 9704 document (22 lines) exactly one.
 */
const SINGLE_LINE = 1.3;

function singleLinePt(sizePt: number, linePitchPt: number | undefined): number {
  const natural = sizePt * SINGLE_LINE;
  return linePitchPt ? Math.ceil(natural / linePitchPt - 0.01) * linePitchPt : natural;
}

function applyParagraphFormat(element: HTMLElement, format: ParagraphFormat, sizePt: number, linePitchPt: number | undefined): void {
  element.style.textAlign = ALIGN[format.alignment];
  const indent = format.firstLineIndent;
  if ("chars" in indent && indent.chars !== 0) element.style.textIndent = `${indent.chars}em`;
  if ("pt" in indent && indent.pt !== 0) element.style.textIndent = `${indent.pt}pt`;
  const spacing = format.lineSpacing;
  const multiple = Math.round(spacing.rule === "multiple" ? spacing.lines * singleLinePt(sizePt, linePitchPt) * 10 : 0) / 10;
  element.style.lineHeight = spacing.rule === "multiple" ? `${multiple}pt` : `${spacing.pt}pt`;
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
    return { paragraphIndex: start.paragraphIndex, start: start.offset, end: end.offset, endParagraphIndex: end.paragraphIndex };
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
  const endBlock = editor.children[selection.endParagraphIndex ?? selection.paragraphIndex];
  if (!block || !endBlock) return;
  const start = pointAt(block, selection.start);
  const end = pointAt(endBlock, selection.end);
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
