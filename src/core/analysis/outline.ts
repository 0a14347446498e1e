/**
 * The document's heading outline, computed once per snapshot and shared by the numbering rules: every marker with
 * its level, its run and the value it should carry, plus hierarchy slips and markers that seem to be missing.
 */
import { DocSnapshot, isBodyParagraph } from "../model";
import { isHeadingLikeLine } from "../markers/headingLike";
import { HeadingMarker, mayOpenTextMarker, parseHeadingMarker } from "../markers/parse";
import type { HeadingLevel } from "../markers/shapes";
import { finish, inSlices, type Steps } from "../steps";
import { leadingSpaceLength } from "../text/spaces";
import { AttachmentList, attachmentListStart, continuesAttachmentList } from "./attachmentList";
import { continuesInlineList, markerInContext } from "./contextMarkers";
import { scanEnumerationMarkers } from "./enumerationScan";
import { keepOutline, keptOutline } from "./outlineMemo";
import { runIdCounter, SequenceEvent, SequenceTracker } from "./sequence";

export interface OutlineItem {
  readonly paragraphIndex: number;
  readonly marker: HeadingMarker;
  readonly runId: number;
  /** The value the marker should carry at its position in its run. */
  readonly expected: number;
  readonly event: SequenceEvent;
  /** Value of the run's previous item (a break with the same value is a duplicate). */
  readonly previousValue?: number;
  /** A restart at 一 with no unnumbered title before it. */
  readonly restartWithoutTitle: boolean;
}

/** An unnumbered title-like line standing where the run's item `expected` should be (its marker was lost). */
export interface MissingMarker {
  readonly paragraphIndex: number;
  readonly level: HeadingLevel;
  readonly expected: number;
  readonly runId: number;
}

export type HierarchyIssueKind = "skip" | "reversed" | "aboveTop";

export interface HierarchyIssue {
  readonly paragraphIndex: number;
  readonly kind: HierarchyIssueKind;
  readonly level: HeadingLevel;
  /** skip: the level just above in use; reversed: the deeper level it follows; aboveTop: the document's top level so far. */
  readonly otherLevel: HeadingLevel;
  readonly marker: HeadingMarker;
}

export interface Outline {
  readonly items: readonly OutlineItem[];
  readonly missing: readonly MissingMarker[];
  readonly hierarchy: readonly HierarchyIssue[];
  /** Per paragraph: its heading marker, if any (so other analyses need not parse again). */
  readonly markers: ReadonlyArray<HeadingMarker | undefined>;
  /** Per paragraph: "marker" (numbered heading), "title" (unnumbered heading-like line) or undefined. */
  readonly headingKind: ReadonlyArray<"marker" | "title" | undefined>;
}

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** The outline of a snapshot (memoised: rules of one check share it, and a snapshot of the same text reuses it). */
export function analyzeOutline(doc: DocSnapshot): Outline {
  return keptOutline(doc) ?? finish(newOutline(doc));
}

/** analyzeOutline in steps (../steps.ts), a slice of paragraphs each. */
export function* outlineSteps(doc: DocSnapshot): Steps<Outline> {
  return keptOutline(doc) ?? (yield* newOutline(doc));
}

function* newOutline(doc: DocSnapshot): Steps<Outline> {
  let outline = yield* buildOutline(doc, new Set());
  // A level carried on across parents in one place and restarted at 1 under a new parent in another, within one
  // section: its own practice is to restart, and the carried-on numbers are slips. Read again without carrying there.
  // Sections decide apart: 株洲 2014 restarts its lists under 一、–五、 and runs 民生100 1、–100、 through 六、's （一）–（八）.
  const mixed = [...outline.carried].filter((scope) => outline.restartedUnderParent.has(scope));
  if (mixed.length > 0) outline = yield* buildOutline(doc, new Set(mixed));
  keepOutline(doc, outline);
  return outline;
}

/** A level within a section (the heading above its items' parents): where carrying on is decided. "3@12" */
type CarryScope = string;

interface BuiltOutline extends Outline {
  /** Scopes where some first item under a new parent carried on the previous parent's numbers. */
  readonly carried: ReadonlySet<CarryScope>;
  /** Scopes where some first item under a new parent (after an earlier run at that level) started again at 1. */
  readonly restartedUnderParent: ReadonlySet<CarryScope>;
}

/** The scope of an item at `level`: its level and the heading that holds its parent (-1: the document). */
function carryScope(level: HeadingLevel, open: ReadonlyMap<HeadingLevel, number>): CarryScope {
  const above = LEVELS.filter((l) => l < level && open.has(l));
  const parentLevel = above[above.length - 1];
  const holders = parentLevel === undefined ? [] : above.filter((l) => l < parentLevel);
  return `${level}@${holders.length > 0 ? open.get(holders[holders.length - 1]) : -1}`;
}

function* buildOutline(doc: DocSnapshot, noCarry: ReadonlySet<CarryScope>): Steps<BuiltOutline> {
  const nextRunId = runIdCounter();
  const trackers = new Map<HeadingLevel, SequenceTracker>(LEVELS.map((l) => [l, new SequenceTracker(nextRunId)]));
  const carried = new Set<CarryScope>();
  const restartedUnderParent = new Set<CarryScope>();
  // The latest heading at each level still open (a heading closes the deeper ones).
  const openHeadings = new Map<HeadingLevel, number>();
  const lastScope = new Map<HeadingLevel, CarryScope>();
  const titlesSince = new Map<HeadingLevel, number[]>(LEVELS.map((l) => [l, []]));
  const items: OutlineItem[] = [];
  const missing: MissingMarker[] = [];
  const hierarchy: HierarchyIssue[] = [];
  const headingKind: Array<"marker" | "title" | undefined> = [];
  const markers: Array<HeadingMarker | undefined> = [];
  const stack: HeadingLevel[] = [];
  // A paragraph of prose since the last numbered heading (a lead-in such as 今年要重点抓好十个方面工作：).
  let proseSinceMarker = false;
  // Inside an 附件说明 (附件：1. …… / 2. ……) or a list of notes: its numbered lines are not headings.
  let attachmentList: AttachmentList | undefined;
  const read = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const paragraph = doc.paragraphs[index];
      // Headers, footers, notes and text boxes hold no headings of the text. Table cells are not document headings
      // (一、二季度 / 信息简报编发 in a cell): they neither join, break nor close a run. Placeholders are still read there.
      if (paragraph.tableNestingLevel > 0 || !isBodyParagraph(paragraph)) {
        markers.push(undefined);
        headingKind.push(undefined);
        continue;
      }
      const opened = attachmentListStart(paragraph.text);
      if (opened !== undefined) attachmentList = opened ?? undefined;
      else if (attachmentList && !continuesAttachmentList(paragraph, attachmentList)) attachmentList = undefined;
      if (opened !== undefined || attachmentList) {
        markers.push(undefined);
        headingKind.push(undefined);
        continue;
      }
      // Most paragraphs are prose: one look at the first character spares the marker parsers (no listString then).
      const text = paragraph.text;
      const plain = paragraph.listString === undefined && !mayOpenTextMarker(text.charCodeAt(leadingSpaceLength(text)));
      const marker = plain ? undefined : (parseHeadingMarker(paragraph) ?? markerInContext(doc, index, trackers));
      markers.push(marker);
      if (!marker) {
        const isTitle = paragraph.listString === undefined && isHeadingLikeLine(paragraph.text) && !opensWithEnumeration(paragraph.text);
        headingKind.push(isTitle ? "title" : undefined);
        if (!isTitle && paragraph.text.trim() !== "") proseSinceMarker = true;
        // Index loops over LEVELS here and below: for-of makes an iterator and a result per step in a cold page.
        if (isTitle) for (let l = 0; l < LEVELS.length; l++) titlesSince.get(LEVELS[l])!.push(index);
        // A part title (名词解释, 2014年工作安排) begins a part whose numbering need not fit under the levels before it.
        if (isTitle) stack.length = 0;
        continue;
      }
      headingKind.push("marker");
      const level = marker.level;
      const issue = placeInHierarchy(stack, level, proseSinceMarker);
      proseSinceMarker = false;
      if (issue) hierarchy.push({ paragraphIndex: index, kind: issue.kind, level, otherLevel: issue.otherLevel, marker });

      for (let l = 0; l < LEVELS.length; l++) if (LEVELS[l] > level) trackers.get(LEVELS[l])!.closeScope();
      const tracker = trackers.get(level)!;
      const titles = titlesSince.get(level)!;
      const expectedNext = tracker.nextExpected;
      // Lost markers: exactly as many unnumbered titles since the last item as numbers skipped.
      if (expectedNext !== undefined && marker.value > expectedNext && titles.length === marker.value - expectedNext) {
        const runId = tracker.currentRunId ?? 0;
        titles.forEach((paragraphIndex, k) => missing.push({ paragraphIndex, level, expected: expectedNext + k, runId }));
        tracker.skipAhead(titles.length);
      }
      const allowRestart = titles.length > 0 || tracker.currentCount !== 1;
      const afterScope = tracker.afterScope;
      const scope = carryScope(level, openHeadings);
      if (noCarry.has(scope)) tracker.forbidCarry();
      if (tracker.isEmpty && continuesInlineList(doc, index, marker)) tracker.assume(marker.value - 1);
      const step = tracker.push(marker.value, allowRestart);
      if (step.event === "carry") carried.add(scope);
      // A restart counts where the run before it was in the same section (the first list of a section restarts nothing).
      else if (afterScope && step.event === "start" && lastScope.get(level) === scope) restartedUnderParent.add(scope);
      lastScope.set(level, scope);
      for (let l = 0; l < LEVELS.length; l++) if (LEVELS[l] >= level) openHeadings.delete(LEVELS[l]);
      openHeadings.set(level, index);
      items.push({
        paragraphIndex: index,
        marker,
        runId: step.runId,
        expected: step.expected,
        event: step.event,
        previousValue: step.previousValue,
        restartWithoutTitle: step.event === "restart" && titles.length === 0,
      });
      for (let l = 0; l < LEVELS.length; l++) if (LEVELS[l] >= level) titlesSince.set(LEVELS[l], []);
    }
  };
  yield* inSlices(doc.paragraphs, read);
  return { items, missing, hierarchy, markers, headingKind, carried, restartedUnderParent };
}

/** 第二，进一步优化发展环境 reads like a title but is an item of an enumeration, not a part title. */
function opensWithEnumeration(text: string): boolean {
  const start = leadingSpaceLength(text);
  return scanEnumerationMarkers(text, 0, start).some((m) => m.start === start);
}

/**
 * Updates the stack of levels in use (top first) for a marker at `level` and reports a hierarchy slip, if any:
 * skip (一、 then 1.), reversed (1. then （一）), aboveTop (一、 after a document that began at （一）).
 */
function placeInHierarchy(stack: HeadingLevel[], level: HeadingLevel, afterProse: boolean): { kind: HierarchyIssueKind; otherLevel: HeadingLevel } | undefined {
  if (stack.length === 0) {
    stack.push(level);
    return undefined;
  }
  const at = stack.indexOf(level);
  if (at >= 0) {
    stack.length = at + 1;
    return undefined;
  }
  const last = stack[stack.length - 1];
  if (level > last) {
    stack.push(level);
    return level - last > 1 ? { kind: "skip", otherLevel: last } : undefined;
  }
  if (level < stack[0]) {
    const top = stack[0];
    stack.length = 0;
    stack.push(level);
    return { kind: "aboveTop", otherLevel: top };
  }
  // A level between two levels in use: it comes back after a deeper one it should stand above. When that deeper
  // level was reached by skipping this one (一、 then 1.–10., a list of the part's projects) and a lead-in paragraph
  // follows the list (今年要重点抓好十个方面工作：) before （一）, the list was the part's own and its sub-headings begin
  // now: real reports do this (眉山 2023, 三门峡 2021, 贵阳 2004). 一、 1. （一） as three headings stays an error.
  const deeper = stack.findIndex((l) => l > level);
  const listOfThePart = afterProse && deeper > 0 && stack[deeper - 1] < level;
  stack.length = deeper;
  stack.push(level);
  return listOfThePart ? undefined : { kind: "reversed", otherLevel: last };
}
