/**
 * The own-section editor's form ↔ a section template. Writers type paragraphs, one per line; a line opening with
 * （一）/(二)… becomes a level-2 heading (its number dropped: insertion numbers headings from context).
 */
import type { ContentBlock, Draft, SectionTemplate } from "../../core/content";

export interface SectionForm {
  readonly title: string;
  readonly heading: string;
  readonly body: string;
}

const LEVEL2 = /^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*[、.．]?\s*/;
const LEVEL1 = /^[一二三四五六七八九十]+\s*[、.．]\s*/;

export function formFromSection(section: SectionTemplate): SectionForm {
  const [first, ...rest] = section.blocks;
  const headingFirst = first?.role === "heading1";
  const bodyBlocks = headingFirst ? rest : section.blocks;
  let level2 = 0;
  const body = bodyBlocks
    .map((b) => {
      if (b.role === "body") return b.text;
      level2 += 1;
      return `（${"一二三四五六七八九十"[Math.min(level2, 10) - 1]}）${b.text}`;
    })
    .join("\n");
  return { title: section.title, heading: headingFirst ? first.text : "", body };
}

export function sectionFromForm(form: SectionForm, copiedFrom?: string): Draft<"section"> {
  const heading = form.heading.trim().replace(LEVEL1, "");
  const blocks: ContentBlock[] = heading === "" ? [] : [{ role: "heading1", text: heading }];
  for (const raw of form.body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    if (LEVEL2.test(line)) blocks.push({ role: "heading2", text: line.replace(LEVEL2, "") });
    else blocks.push({ role: "body", text: line });
  }
  return { title: form.title.trim(), blocks, ...(copiedFrom ? { copiedFrom } : {}) };
}
