/** Builds findings with the excerpt and context every finding carries; rules stay short. */
import type { Finding, Fix, Severity } from "../finding";
import type { DocSnapshot } from "../model";
import { contextAround } from "../text/contextAround";
import type { RuleMeta } from "./types";

/** Characters of context shown on each side of the excerpt. */
export const CONTEXT_CHARS = 12;

export interface FindingInput {
  readonly paragraphIndex: number;
  readonly range: readonly [number, number];
  readonly message: string;
  readonly severity?: Severity;
  readonly fix?: Fix;
  readonly suggestions?: readonly string[];
  readonly onListString?: boolean;
  readonly basis?: string;
  readonly sameAs?: string;
}

export function makeFinding(meta: RuleMeta, doc: DocSnapshot, input: FindingInput): Finding {
  const text = doc.paragraphs[input.paragraphIndex]?.text ?? "";
  const [start, end] = input.range;
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: input.severity ?? meta.defaultSeverity,
    message: input.message,
    paragraphIndex: input.paragraphIndex,
    range: [start, end],
    excerpt: text.slice(start, end),
    context: contextAround(text, start, end, CONTEXT_CHARS),
    ...(input.onListString ? { onListString: true } : {}),
    ...(input.fix ? { fix: input.fix } : {}),
    ...(input.suggestions ? { suggestions: input.suggestions } : {}),
    ...(input.sameAs === undefined ? {} : { sameAs: input.sameAs }),
    basis: input.basis ?? meta.basis,
  };
}
