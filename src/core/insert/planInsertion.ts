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

interface HeadingAt {
  readonly index: number;
  readonly marker?: { readonly level: HeadingLevel; readonly value: number };
}

function headingsOf(snapshot: DocSnapshot): HeadingAt[] {
  return snapshot.paragraphs
    .map((paragraph, index) => ({ index, marker: paragraph.tableNestingLevel > 0 ? undefined : parseHeadingMarker(paragraph) }))
    .filter((entry) => entry.marker !== undefined);
}

/** The outline's top level: 1 for a document with 一、, 2 for one whose highest heading is （一）, and so on. */
function topLevelOf(headings: readonly HeadingAt[]): HeadingLevel {
  if (headings.length === 0) return 1;
  let top: HeadingLevel = 4;
  for (const heading of headings) if (heading.marker && heading.marker.level < top) top = heading.marker.level;
  return top;
}

/**
 * The two levels a section or a heading phrase may take at the cursor. The one that fits: the level of the heading
 * the cursor is under, so that after （四） comes （五） and after 4. comes 5. The alternative: the document's top
 * level when the cursor is under a sub-heading (五、 after （四） splits the part it is in), or the first sub-item
 * when it is under a top-level heading (（一） under 二、).
 */
export interface LevelChoice {
  readonly fitting: HeadingLevel;
  readonly alternative?: HeadingLevel;
  /** The paragraph index and text of the heading the cursor is under, to name it to the writer. */
  readonly under?: { readonly index: number; readonly text: string };
}

export function levelChoice(snapshot: DocSnapshot, cursorParagraphIndex: number): LevelChoice {
  const headings = headingsOf(snapshot);
  const top = topLevelOf(headings);
  let current: HeadingAt | undefined;
  for (const heading of headings) {
    if (heading.index > cursorParagraphIndex) break;
    current = heading;
  }
  const level = current?.marker?.level;
  if (current === undefined || level === undefined) return { fitting: top };
  const under = { index: current.index, text: snapshot.paragraphs[current.index].text };
  if (level > top) return { fitting: level, alternative: top, under };
  return level < 4 ? { fitting: level, alternative: (level + 1) as HeadingLevel, under } : { fitting: level, under };
}

/**
 * @param cursorParagraphIndex the paragraph holding the cursor; headings up to and including it count as before
 *        the insertion. -1 (unknown) numbers the content from 一 as if the document were empty.
 * @param restart true for a whole skeleton: it is a document of its own and numbers from 一 wherever it goes.
 * @param level the level the content's top heading takes (see levelChoice); by default the document's top level.
 */
export function planInsertion(
  snapshot: DocSnapshot,
  cursorParagraphIndex: number,
  content: readonly ContentBlock[],
  restart = false,
  level?: HeadingLevel,
): InsertionPlan {
  const headings = headingsOf(snapshot);
  const documentTop = restart ? 1 : (level ?? topLevelOf(headings));
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
    const at = Math.min(4, contentLevel + levelShift) as HeadingLevel;
    counters[at] += 1;
    for (let deeper = at + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    const marker = formatMarker(at, counters[at]);
    firstMarker ??= marker;
    firstLevel ??= at;
    return { role: HEADING_ROLE[at], text: marker + block.text };
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
  headings: readonly HeadingAt[],
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
