/**
 * The built-in template library. The JSON files are the source of truth; they pass through the same validator as
 * an imported pack (tests/content keep them valid), so the rest of the add-in sees typed, checked entries.
 * The task pane should import this module dynamically: the content is tens of kilobytes it needs only on the
 * 素材 tab.
 */
import type { ContentSet, EntryKind } from "../core/content/types";
import { validateContentSet } from "../core/content/validate";
import achievement from "./phrases/achievement.json";
import cause from "./phrases/cause.json";
import closing from "./phrases/closing.json";
import dataPattern from "./phrases/dataPattern.json";
import experience from "./phrases/experience.json";
import fourCharParallel from "./phrases/fourCharParallel.json";
import guidingThought from "./phrases/guidingThought.json";
import highlight from "./phrases/highlight.json";
import nextStep from "./phrases/nextStep.json";
import opening from "./phrases/opening.json";
import pairedHeading from "./phrases/pairedHeading.json";
import problem from "./phrases/problem.json";
import transition from "./phrases/transition.json";
import workApproach from "./phrases/workApproach.json";
import sections from "./sections.json";
import skeletons from "./skeletons.json";

/** The raw data, in category order; exported for the content tests. */
export const RAW_CONTENT = {
  phrases: [
    ...opening,
    ...guidingThought,
    ...workApproach,
    ...transition,
    ...pairedHeading,
    ...achievement,
    ...highlight,
    ...fourCharParallel,
    ...dataPattern,
    ...experience,
    ...problem,
    ...cause,
    ...nextStep,
    ...closing,
  ],
  sections,
  skeletons,
};

let cached: ContentSet | undefined;

/** The validated built-in content. Throws only if a data file is broken, which the content tests rule out. */
export function builtInContent(): ContentSet {
  if (cached === undefined) {
    const result = validateContentSet(RAW_CONTENT);
    if (!result.ok) {
      throw new Error(`内置素材有误：${result.errors.map((e) => e.message).join("；")}`);
    }
    cached = result.value;
  }
  return cached;
}

/** Ids of the built-in entries per kind, for `importPack` (an own entry may not take one). */
export function builtInIds(): Record<EntryKind, ReadonlySet<string>> {
  const content = builtInContent();
  return {
    phrase: new Set(content.phrases.map((p) => p.id)),
    section: new Set(content.sections.map((s) => s.id)),
    skeleton: new Set(content.skeletons.map((s) => s.id)),
  };
}
