/** Helpers of the structure rules: where the parts of a work summary are. */
import { DocSnapshot, isBodyParagraph } from "../model";
import { analyzeOutline } from "../analysis/outline";
import { NEXT_STEP_HEADING_PHRASES, NEXT_STEP_NOT_AFTER, NEXT_STEP_PHRASES, PROBLEM_HEADING_PHRASES, PROBLEM_PHRASES } from "../patterns/structure";
import { firstSentenceEnd } from "../text/sentences";
import { leadingSpaceLength, trimSpaces } from "../text/spaces";
import { extendToCodePoint } from "../text/surrogates";

const PROBLEMS = new RegExp(PROBLEM_PHRASES.join("|"));
const NEXT_STEPS = new RegExp(NEXT_STEP_PHRASES.join("|"), "g");
const PROBLEM_HEADING = new RegExp([...PROBLEM_HEADING_PHRASES, ...PROBLEM_PHRASES].join("|"));
const NEXT_STEP_HEADING = new RegExp(NEXT_STEP_HEADING_PHRASES.join("|"));
/** How far into a paragraph a next-steps phrase may stand. */
const NEXT_STEPS_WITHIN = 30;

export interface SummaryParts {
  /** Paragraph of the first numbered heading (the main work begins), if any. */
  readonly firstHeading?: number;
  readonly problems?: number;
  readonly nextSteps?: number;
  /** True when a heading names the part (二、存在问题), false when only a paragraph mentions it. */
  readonly problemsByHeading: boolean;
  readonly nextStepsByHeading: boolean;
  /** Last paragraph with text: where document-level hints are anchored. */
  readonly lastParagraph?: number;
}

/** A next-steps phrase near the paragraph's start that does not qualify another word: 下一步，我们将…… but not 为下一步工作奠定基础. */
function opensNextSteps(text: string): boolean {
  const head = text.slice(0, leadingSpaceLength(text) + NEXT_STEPS_WITHIN);
  NEXT_STEPS.lastIndex = 0;
  for (let m = NEXT_STEPS.exec(head); m !== null; m = NEXT_STEPS.exec(head)) {
    if (m.index === 0 || !NEXT_STEP_NOT_AFTER.includes(head[m.index - 1])) return true;
  }
  return false;
}

export function locateParts(doc: DocSnapshot): SummaryParts {
  const outline = analyzeOutline(doc);
  const first = outline.items[0]?.paragraphIndex;
  let top = Number.POSITIVE_INFINITY;
  for (const item of outline.items) top = Math.min(top, item.marker.level);
  let lastParagraph: number | undefined;
  let problemHeading: number | undefined;
  let nextStepHeading: number | undefined;
  let problemParagraph: number | undefined;
  let nextStepParagraph: number | undefined;
  doc.paragraphs.forEach((p, i) => {
    if (trimSpaces(p.text).length === 0 || !isBodyParagraph(p)) return; // the parts of a report are in its main text
    lastParagraph = i;
    if (first === undefined || i < first) return;
    // Headings name the parts (二、存在问题 / 三、下步打算): top-level headings and unnumbered titles only, so that
    // （二）聚焦突出问题 inside the main work does not count.
    const marker = outline.markers[i];
    const kind = outline.headingKind[i];
    if (kind === "title" || (kind === "marker" && marker?.level === top)) {
      const words = p.text.slice(marker?.bodyStart ?? 0, firstSentenceEnd(p.text, marker?.bodyStart ?? 0));
      if (problemHeading === undefined && PROBLEM_HEADING.test(words)) problemHeading = i;
      if (nextStepHeading === undefined && NEXT_STEP_HEADING.test(words)) nextStepHeading = i;
    }
    if (problemParagraph === undefined && PROBLEMS.test(p.text)) problemParagraph = i;
    if (nextStepParagraph === undefined && opensNextSteps(p.text)) nextStepParagraph = i;
  });
  // Paragraphs are read only when no heading names the part.
  return {
    firstHeading: first,
    problems: problemHeading ?? problemParagraph,
    nextSteps: nextStepHeading ?? nextStepParagraph,
    problemsByHeading: problemHeading !== undefined,
    nextStepsByHeading: nextStepHeading !== undefined,
    lastParagraph,
  };
}

/**
 * A short range at the start of a paragraph's words, for findings about the document as a whole. `length` counts
 * code units; a character cut in two (😀) is taken whole.
 */
export function openingRange(text: string, length = 10): readonly [number, number] {
  const start = leadingSpaceLength(text);
  return [start, extendToCodePoint(text, Math.min(text.length, start + length))];
}
