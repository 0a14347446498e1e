/** Helpers of the structure rules: where the parts of a work summary are. */
import type { DocSnapshot } from "../model";
import { analyzeOutline } from "../analysis/outline";
import { NEXT_STEP_PHRASES, PROBLEM_PHRASES } from "../patterns/structure";
import { leadingSpaceLength, trimSpaces } from "../text/spaces";
import { extendToCodePoint } from "../text/surrogates";

const PROBLEMS = new RegExp(PROBLEM_PHRASES.join("|"));
const NEXT_STEPS = new RegExp(NEXT_STEP_PHRASES.join("|"));
/** How far into a paragraph a next-steps phrase may stand. */
const NEXT_STEPS_WITHIN = 30;

export interface SummaryParts {
  /** Paragraph of the first numbered heading (the main work begins), if any. */
  readonly firstHeading?: number;
  readonly problems?: number;
  readonly nextSteps?: number;
  /** Last paragraph with text: where document-level hints are anchored. */
  readonly lastParagraph?: number;
}

export function locateParts(doc: DocSnapshot): SummaryParts {
  const first = analyzeOutline(doc).items[0]?.paragraphIndex;
  let problems: number | undefined;
  let nextSteps: number | undefined;
  let lastParagraph: number | undefined;
  doc.paragraphs.forEach((p, i) => {
    if (trimSpaces(p.text).length === 0) return;
    lastParagraph = i;
    if (first === undefined || i < first) return;
    if (problems === undefined && PROBLEMS.test(p.text)) problems = i;
    // Next steps open their paragraph (下一步，我们将……); 明年 in the middle of a sentence is not the part.
    if (nextSteps === undefined && NEXT_STEPS.test(p.text.slice(0, NEXT_STEPS_WITHIN))) nextSteps = i;
  });
  return { firstHeading: first, problems, nextSteps, lastParagraph };
}

/**
 * A short range at the start of a paragraph's words, for findings about the document as a whole. `length` counts
 * code units; a character cut in two (😀) is taken whole.
 */
export function openingRange(text: string, length = 10): readonly [number, number] {
  const start = leadingSpaceLength(text);
  return [start, extendToCodePoint(text, Math.min(text.length, start + length))];
}
