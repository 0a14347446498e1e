/**
 * readDocx: a .docx file's bytes → the same DocSnapshot the Word layer reads from a live document, so the CLI and
 * the playground check exactly what the task pane would. Pure: no Node or DOM APIs beyond TextDecoder.
 */
import type { DocParagraph, DocPart, DocSnapshot } from "../core/model";
import { StoryWalker, type RawParagraph } from "./body";
import { bodyLayout, pageLayout, type BodyLayout } from "./layout-read";
import { DocxReadError } from "./errors";
import { ListCounter } from "./list-counter";
import { listLevelOf, MAX_LEVELS, Numbering, type ListLevelRef } from "./numbering";
import { otherParts } from "./other-parts";
import { openPackage } from "./package";
import { StyleSheet } from "./styles";
import { isW, wChild, wIntVal, wVal } from "./xml";

/** @throws DocxReadError with a Chinese message for anything that is not a readable .docx. */
export function readDocx(bytes: Uint8Array): DocSnapshot {
  try {
    return read(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    // A bug or an input we did not foresee must still reach the writer as a readable message; the original text
    // stays for IT staff.
    throw new DocxReadError("unexpected", `技术信息：${error instanceof Error ? error.message : String(error)}`);
  }
}

function read(bytes: Uint8Array): DocSnapshot {
  const pkg = openPackage(bytes);
  const stylesRoot = pkg.part("styles");
  const styles = new StyleSheet(stylesRoot);
  const layout = bodyLayout(stylesRoot, pkg.part("theme"), styles);
  const numbering = new Numbering(pkg.part("numbering"), styles);
  const counter = new ListCounter();
  // The body is read block by block as it is parsed, each paragraph converted at once (memory stays a small multiple
  // of the XML), and numbered first, so its list numbers are never moved by lists in headers, notes or text boxes.
  const paragraphs: DocParagraph[] = [];
  const walker = new StoryWalker();
  const convert = (): void => {
    for (const raw of walker.story.paragraphs) {
      paragraphs.push(toParagraph(raw, undefined, styles, numbering, counter, layout));
    }
    walker.story.paragraphs.length = 0;
  };
  const root = pkg.readDocument((block) => {
    walker.block(block, 0);
    convert();
  });
  const body = isW(root, "document") ? wChild(root, "body") : undefined;
  if (body === undefined) throw new DocxReadError("no-document", `正文部分的根元素是 <${root.tagName}>`);
  walker.flush(0);
  convert();
  const bodyStory = walker.story;
  for (const { part, paragraphs: raws } of otherParts(pkg, bodyStory)) {
    for (const raw of raws) paragraphs.push(toParagraph(raw, part, styles, numbering, counter));
  }
  const page = pageLayout(layout, bodyStory.sections[0]);
  return { paragraphs, layout: page === undefined ? {} : { page } };
}

function toParagraph(
  raw: RawParagraph, part: DocPart | undefined, styles: StyleSheet, numbering: Numbering, counter: ListCounter,
  layout?: BodyLayout,
): DocParagraph {
  const styleId = styles.effectiveStyleId(wVal(raw.pPr, "pStyle"));
  const paragraph: { -readonly [K in keyof DocParagraph]: DocParagraph[K] } = {
    text: raw.text,
    tableNestingLevel: raw.tableNestingLevel,
  };
  if (part !== undefined) paragraph.part = part;
  if (raw.placeholderSpans !== undefined) paragraph.placeholderSpans = raw.placeholderSpans;
  const styleBuiltIn = styles.builtInName(styleId);
  if (styleBuiltIn !== undefined) paragraph.styleBuiltIn = styleBuiltIn;

  // w:outlineLvl 9 means body text; 0–8 are outline levels 1–9.
  const outlineLvl = wIntVal(raw.pPr, "outlineLvl") ?? styles.outlineLvl(styleId);
  if (outlineLvl !== undefined && outlineLvl >= 0 && outlineLvl < MAX_LEVELS) paragraph.outlineLevel = outlineLvl + 1;

  const level = listLevelOf(raw.pPr, styleId, styles, numbering);
  const list = listItem(level, counter);
  if (list !== undefined) {
    paragraph.listString = list.listString;
    paragraph.listLevel = list.listLevel;
  }
  // Only body paragraphs: the 格式 check is about the main text (headers, notes and text boxes have their own forms).
  if (layout !== undefined) paragraph.layout = layout.paragraph(raw, styleId, level);
  return paragraph;
}

function listItem(list: ListLevelRef | undefined, counter: ListCounter): { listString: string; listLevel: number } | undefined {
  if (list === undefined) return undefined;
  const listString = counter.next(list.numId, list.instance, list.level);
  return listString === undefined ? undefined : { listString, listLevel: list.level };
}
