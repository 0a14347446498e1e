/**
 * The stories Word shows outside the body, in the order a snapshot lists them (headers, footers, footnotes,
 * endnotes, then the body's text boxes): only what Word displays, so a first-page header counts only where the
 * section has a distinct first page, an even-page one only when settings ask for odd and even headers, a note only
 * when the text refers to it, and never the separator "notes".
 */
import type { DocPart } from "../core/model";
import { walkStory, type RawParagraph, type Story } from "./body";
import type { DocxPackage } from "./package";
import { childElements, isW, wAttr, wFlag, type XmlElement } from "./xml";

export interface PartParagraphs {
  readonly part: DocPart;
  readonly paragraphs: readonly RawParagraph[];
}

export function otherParts(pkg: DocxPackage, body: Story): PartParagraphs[] {
  // The body's text boxes first, because notes may be referred to from inside them.
  const textBoxes = storyWithTextBoxes(body.textBoxes.map(walkStory));
  const footnoteIds = new Set([...body.footnoteIds, ...textBoxes.footnoteIds]);
  const endnoteIds = new Set([...body.endnoteIds, ...textBoxes.endnoteIds]);
  return [
    { part: "header", paragraphs: headersOrFooters(pkg, body.sections, "headerReference") },
    { part: "footer", paragraphs: headersOrFooters(pkg, body.sections, "footerReference") },
    { part: "footnote", paragraphs: notes(pkg.part("footnotes"), "footnote", footnoteIds) },
    { part: "endnote", paragraphs: notes(pkg.part("endnotes"), "endnote", endnoteIds) },
    { part: "textBox", paragraphs: textBoxes.paragraphs },
  ];
}

interface Collected {
  readonly paragraphs: RawParagraph[];
  readonly footnoteIds: Set<string>;
  readonly endnoteIds: Set<string>;
}

/** The stories' paragraphs, then those of the text boxes in them, breadth first (a queue keeps this linear). */
function storyWithTextBoxes(stories: readonly Story[]): Collected {
  const out: Collected = { paragraphs: [], footnoteIds: new Set(), endnoteIds: new Set() };
  const queue = [...stories];
  for (let i = 0; i < queue.length; i++) {
    const story = queue[i];
    for (const paragraph of story.paragraphs) out.paragraphs.push(paragraph);
    story.footnoteIds.forEach((id) => out.footnoteIds.add(id));
    story.endnoteIds.forEach((id) => out.endnoteIds.add(id));
    for (const box of story.textBoxes) queue.push(walkStory(box));
  }
  return out;
}

/** Each header (or footer) part once, in the order sections first show it; text boxes in it belong to it. */
function headersOrFooters(pkg: DocxPackage, sections: readonly XmlElement[], reference: string): RawParagraph[] {
  const seen = new Set<string>();
  const stories: Story[] = [];
  let oddAndEven: boolean | undefined;
  for (const section of sections) {
    const distinctFirstPage = wFlag(section, "titlePg");
    for (const ref of childElements(section).filter((el) => isW(el, reference))) {
      const type = wAttr(ref, "type") ?? "default";
      if (type === "first" && !distinctFirstPage) continue;
      if (type === "even" && !(oddAndEven ??= wFlag(pkg.part("settings"), "evenAndOddHeaders"))) continue;
      const id = relationshipId(ref);
      const target = id === undefined ? undefined : pkg.partByRelId(id);
      if (target === undefined || seen.has(target.path)) continue;
      seen.add(target.path);
      stories.push(walkStory(target.root));
    }
  }
  return storyWithTextBoxes(stories).paragraphs;
}

function notes(root: XmlElement | undefined, local: string, referenced: ReadonlySet<string>): RawParagraph[] {
  if (root === undefined || referenced.size === 0) return [];
  const stories: Story[] = [];
  for (const note of childElements(root)) {
    if (!isW(note, local)) continue;
    // separator, continuationSeparator and continuationNotice are the rules Word draws above notes, not text.
    const type = wAttr(note, "type") ?? "normal";
    const id = wAttr(note, "id");
    if (type === "normal" && id !== undefined && referenced.has(id)) stories.push(walkStory(note));
  }
  return storyWithTextBoxes(stories).paragraphs;
}

/** The r:id attribute, in the Transitional or the Strict relationships namespace. */
function relationshipId(el: XmlElement): string | undefined {
  const found = el.attributes.find((attr) => attr.localName === "id" && /relationships$/.test(attr.namespaceURI ?? ""));
  return found?.value;
}
