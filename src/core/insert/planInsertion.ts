/**
 * Numbers a template's headings from where the cursor is: a section module inserted after 三、 comes in as 四、, a
 * （一） module under 二、（二） as （三）. Content keeps its headings unnumbered (role heading1…heading4); this is
 * the one place that gives them numbers.
 */
import type { DocSnapshot } from "../model";
import type { ContentBlock } from "../content/types";
import { formatMarker, parseHeadingMarker } from "../markers";
import type { HeadingLevel } from "../markers";

export interface InsertionPlan {
  /** The blocks as they will be inserted, headings numbered. */
  readonly blocks: readonly ContentBlock[];
  /** The document's existing headings (outside tables): a whole skeleton over them needs the writer's consent. */
  readonly existingHeadings: number;
  /** How many levels the content was shifted down to match a document whose top level is （一） (or deeper). */
  readonly levelShift: number;
  /** The first heading's number as inserted, e.g. "四、"; undefined when the content has no heading. */
  readonly firstMarker?: string;
  /**
   * True when headings of the same run follow the cursor: inserted between 二、 and 三、, the new 三、 leaves the old
   * 三、 and those after it to be renumbered (the check's 全部修正 does that).
   */
  readonly followingNeedRenumbering: boolean;
  /** The cursor's paragraph could not be told: numbering started from 一 and should be checked. */
  readonly cursorUnknown: boolean;
}

const HEADING_LEVEL: Partial<Record<ContentBlock["role"], HeadingLevel>> = {
  heading1: 1,
  heading2: 2,
  heading3: 3,
  heading4: 4,
};
const HEADING_ROLE = { 1: "heading1", 2: "heading2", 3: "heading3", 4: "heading4" } as const;

/**
 * @param cursorParagraphIndex the paragraph holding the cursor; headings up to and including it count as before
 *        the insertion. -1 (unknown) numbers the content from 一 as if the document were empty.
 * @param restart true for a whole skeleton: it is a document of its own and numbers from 一 wherever it goes.
 */
export function planInsertion(
  snapshot: DocSnapshot,
  cursorParagraphIndex: number,
  content: readonly ContentBlock[],
  restart = false,
): InsertionPlan {
  const headings = snapshot.paragraphs
    .map((paragraph, index) => ({ index, marker: paragraph.tableNestingLevel > 0 ? undefined : parseHeadingMarker(paragraph) }))
    .filter((entry) => entry.marker !== undefined);
  let documentTop = 1;
  if (!restart && headings.length > 0) {
    documentTop = 4;
    for (const heading of headings) documentTop = Math.min(documentTop, heading.marker?.level ?? 4);
  }
  const levelShift = documentTop - 1;

  // counters[level] = the last number used at that level in the current branch of the outline.
  const counters = [0, 0, 0, 0, 0];
  if (!restart) {
    for (const { index, marker } of headings) {
      if (index > cursorParagraphIndex || !marker) break;
      counters[marker.level] = marker.value;
      for (let deeper = marker.level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    }
  }

  let firstMarker: string | undefined;
  let firstLevel: HeadingLevel | undefined;
  const blocks = content.map((block) => {
    const contentLevel = HEADING_LEVEL[block.role];
    if (contentLevel === undefined) return block;
    const level = Math.min(4, contentLevel + levelShift) as HeadingLevel;
    counters[level] += 1;
    for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    const marker = formatMarker(level, counters[level]);
    firstMarker ??= marker;
    firstLevel ??= level;
    return { role: HEADING_ROLE[level], text: marker + block.text };
  });

  return {
    blocks,
    existingHeadings: headings.length,
    levelShift,
    firstMarker,
    followingNeedRenumbering: !restart && firstLevel !== undefined && sameRunFollows(headings, cursorParagraphIndex, firstLevel),
    cursorUnknown: !restart && cursorParagraphIndex < 0,
  };
}

/** Whether a heading of `level` comes after the cursor before any heading above it closes the run. */
function sameRunFollows(
  headings: readonly { index: number; marker?: { level: HeadingLevel } }[],
  cursorParagraphIndex: number,
  level: HeadingLevel,
): boolean {
  if (cursorParagraphIndex < 0) return false;
  for (const { index, marker } of headings) {
    if (index <= cursorParagraphIndex || !marker) continue;
    if (marker.level < level) return false;
    if (marker.level === level) return true;
  }
  return false;
}
