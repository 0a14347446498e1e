/**
 * A rule tester after textlint-tester: `valid` texts (one line per paragraph) must produce no finding of the rule;
 * `invalid` texts must produce exactly the expected findings and, after applying all fixes, the expected `output`;
 * re-checking the output must leave no fixable finding of the rule.
 */
import type { Finding, Severity } from "../../src/core/finding";
import { checkDocument } from "../../src/core/engine";
import { applyFindingFixes } from "../../src/core/fixer";
import { DocSnapshot, snapshotFromLines } from "../../src/core/model";
import type { CheckOptionsInput } from "../../src/core/options";

export interface ExpectedFinding {
  /** 0-based paragraph (line) index. */
  readonly paragraph: number;
  readonly excerpt: string;
  readonly severity?: Severity;
  readonly message?: string;
  readonly onListString?: boolean;
  /** Expected fix text; null for "no fix". */
  readonly fix?: string | null;
}

export interface ValidCase {
  readonly text?: string;
  readonly doc?: DocSnapshot;
  readonly options?: CheckOptionsInput;
  /** Where the text comes from, for false-positive regressions. */
  readonly note?: string;
}

export interface InvalidCase extends ValidCase {
  readonly name?: string;
  readonly errors: readonly ExpectedFinding[];
  /** Text after applying all fixes; defaults to the input (no fix). */
  readonly output?: string;
}

function snapshotOf(c: ValidCase): DocSnapshot {
  if (c.doc) return c.doc;
  if (c.text === undefined) throw new Error("a case needs text or doc");
  return snapshotFromLines(c.text);
}

export function findingsOf(ruleId: string, doc: DocSnapshot, options?: CheckOptionsInput): Finding[] {
  return checkDocument(doc, { ...options, rules: { ...options?.rules } }).filter((f) => f.ruleId === ruleId);
}

function label(text: string | undefined): string {
  return (text ?? "").slice(0, 30).replace(/\n/g, "⏎");
}

function linesOf(doc: DocSnapshot): string {
  return doc.paragraphs.map((p) => p.text).join("\n");
}

export function testRule(ruleId: string, cases: { valid: ReadonlyArray<string | ValidCase>; invalid: readonly InvalidCase[] }): void {
  describe(ruleId, () => {
    describe("valid", () => {
      cases.valid.forEach((raw, i) => {
        const c: ValidCase = typeof raw === "string" ? { text: raw } : raw;
        it(c.note ?? `valid #${i + 1}: ${label(c.text)}`, () => {
          expect(findingsOf(ruleId, snapshotOf(c), c.options).map((f) => [f.paragraphIndex, f.excerpt, f.message])).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${label(c.text)}`, () => {
          const doc = snapshotOf(c);
          const findings = findingsOf(ruleId, doc, c.options);
          const actual = findings.map((f, k) => pick(f, c.errors[k]));
          expect(actual).toEqual(c.errors.map((e) => pick(undefined, e)));
          for (const f of findings) expect(f.excerpt).toBe(doc.paragraphs[f.paragraphIndex].text.slice(f.range[0], f.range[1]));
          const fixed = applyFindingFixes(doc, findings);
          expect(linesOf(fixed)).toBe(c.output ?? linesOf(doc));
          const remaining = findingsOf(ruleId, fixed, c.options).filter((f) => f.fix);
          expect(remaining.map((f) => [f.paragraphIndex, f.excerpt, f.message])).toEqual([]);
        });
      });
    });
  });
}

/** The fields an expectation names, taken from a finding (or from the expectation itself). */
function pick(f: Finding | undefined, e: ExpectedFinding | undefined): Record<string, unknown> {
  if (!e) return f ? { paragraph: f.paragraphIndex, excerpt: f.excerpt, message: f.message, unexpected: true } : {};
  const src = f
    ? { paragraph: f.paragraphIndex, excerpt: f.excerpt, severity: f.severity, message: f.message, onListString: f.onListString ?? false, fix: f.fix ? f.fix.edits[0].text : null }
    : { ...e, onListString: e.onListString ?? false };
  const out: Record<string, unknown> = { paragraph: src.paragraph, excerpt: src.excerpt };
  if (e.severity !== undefined) out.severity = src.severity;
  if (e.message !== undefined) out.message = src.message;
  if (e.onListString !== undefined) out.onListString = src.onListString;
  if (e.fix !== undefined) out.fix = src.fix;
  return out;
}
