/**
 * The --json output: one document, an array with one object per file, paragraph numbers 1-based. `paragraph` is the
 * index in the whole snapshot (body first, then the other parts); a finding outside the body also carries `part`
 * (the model's key, e.g. "header") and `partParagraph`, its number within that part.
 */
import type { Finding } from "../core/finding";
import type { DocPart, DocSnapshot } from "../core/model";
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
  /** Present only when the file could not be read (its findings are then empty). */
  readonly error?: string;
}

export function jsonResult(file: string, snapshot: DocSnapshot, findings: readonly Finding[]): JsonFileResult {
  const places = paragraphPlaces(snapshot);
  return {
    file,
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
