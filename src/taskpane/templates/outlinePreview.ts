/**
 * What the 模板 tab previews: the headings of a skeleton numbered exactly as planInsertion will number them
 * (a skeleton restarts at 一、 wherever it goes), so the preview and the document never disagree.
 */
import type { ContentBlock, ContentBlockRole } from "../../core/content";
import { planInsertion } from "../../core/insert/planInsertion";

export interface PreviewLine {
  readonly role: ContentBlockRole;
  /** 0 for the title, 1–4 for headings. */
  readonly depth: number;
  readonly text: string;
}

const DEPTH: Partial<Record<ContentBlockRole, number>> = { title: 0, heading1: 1, heading2: 2, heading3: 3, heading4: 4 };

export function skeletonOutline(blocks: readonly ContentBlock[]): PreviewLine[] {
  const plan = planInsertion({ paragraphs: [] }, -1, blocks, true);
  const lines: PreviewLine[] = [];
  for (const block of plan.blocks) {
    const depth = DEPTH[block.role];
    if (depth !== undefined) lines.push({ role: block.role, depth, text: block.text });
  }
  return lines;
}

/** The headings of a section module, unnumbered: their numbers depend on where the cursor will be. */
export function sectionHeadings(blocks: readonly ContentBlock[]): string[] {
  return blocks.filter((b) => b.role !== "body").map((b) => b.text);
}
