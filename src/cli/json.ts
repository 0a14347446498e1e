/**
 * The --json output: one document, an array with one object per file, paragraph numbers 1-based. `paragraph` is the
 * index in the whole snapshot (body first, then the other parts); a finding outside the body also carries `part`
 * (the model's key, e.g. "header") and `partParagraph`, its number within that part.
 */
import type { Finding } from "../core/finding";
import type { DocPart } from "../core/model";
import type { FileOutcome } from "./check-file";
import { paragraphPlaces } from "./where";

export interface JsonFinding {
  readonly ruleId: string;
  readonly category: Finding["category"];
  readonly severity: Finding["severity"];
  readonly paragraph: number;
  readonly part?: DocPart;
  readonly partParagraph?: number;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
}

export interface JsonFileResult {
  readonly file: string;
  readonly findings: readonly JsonFinding[];
  /** Present only when a .txt was not UTF-8: the encoding it was read in ("gb18030", "utf-16le", "utf-16be"). */
  readonly encoding?: string;
  /** Present only when the file could not be read or checked (its findings are then empty). */
  readonly error?: string;
}

export function jsonResult(outcome: FileOutcome): JsonFileResult {
  if (!outcome.ok) return { file: outcome.file, findings: [], error: outcome.error };
  const { file, snapshot, findings, encoding } = outcome;
  const places = paragraphPlaces(snapshot);
  return {
    file,
    ...(encoding === undefined ? {} : { encoding }),
    findings: findings.map((finding) => {
      const place = places[finding.paragraphIndex];
      return {
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        paragraph: finding.paragraphIndex + 1,
        ...(place?.part === undefined ? {} : { part: place.part, partParagraph: place.number }),
        start: finding.range[0],
        end: finding.range[1],
        excerpt: finding.excerpt,
        message: finding.message,
      };
    }),
  };
}
