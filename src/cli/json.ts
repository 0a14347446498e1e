/** The --json output: one document, an array with one object per file, paragraph numbers 1-based. */
import type { Finding } from "../core/finding";

export interface JsonFinding {
  readonly ruleId: string;
  readonly category: Finding["category"];
  readonly severity: Finding["severity"];
  readonly paragraph: number;
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

export function jsonResult(file: string, findings: readonly Finding[]): JsonFileResult {
  return {
    file,
    findings: findings.map((finding) => ({
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      paragraph: finding.paragraphIndex + 1,
      start: finding.range[0],
      end: finding.range[1],
      excerpt: finding.excerpt,
      message: finding.message,
    })),
  };
}
