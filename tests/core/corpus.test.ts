/**
 * The 18 real reports of ../shared/corpus: their correct headings and enumerations must stay quiet, and their real
 * slips — listed per file in tests/fixtures/corpus-expected.json after reading each one — must be found exactly:
 * nothing else may reach error or warning level.
 */
import expected from "../fixtures/corpus-expected.json";
import { checkDocument } from "../../src/core/engine";
import { applyFindingFixes } from "../../src/core/fixer";
import { snapshotFromLines } from "../../src/core/model";
import { CORPUS_DIR, describeWithFolder, readTexts } from "./sharedTexts";

interface ExpectedSlip {
  line: number;
  ruleId: string;
  severity: string;
  excerpt: string;
}
const EXPECTED = expected as Record<string, { note: string; findings: ExpectedSlip[] }>;

describeWithFolder(CORPUS_DIR, "corpus reports", () => {
  const reports = readTexts(CORPUS_DIR);

  it("has all 18 reports and an expectation for each", () => {
    expect(reports.map((r) => r.name.slice(0, 3))).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const { name, text } of reports) {
    const id = name.slice(0, 3);
    it(`${name}: ${EXPECTED[id]?.note ?? "(no expectation)"}`, () => {
      const doc = snapshotFromLines(text);
      // 标点 findings on these reports are counted and classified by npm run corpus (docs/corpus/punctuation.tsv).
      const blocking = checkDocument(doc)
        .filter((f) => f.severity !== "info" && f.category !== "punctuation")
        .map((f) => ({ line: f.paragraphIndex + 1, ruleId: f.ruleId, severity: f.severity, excerpt: f.excerpt }));
      expect(blocking).toEqual(EXPECTED[id].findings);
    });

    it(`${name}: after applying every fix no fixable finding remains`, () => {
      const doc = snapshotFromLines(text);
      const fixed = applyFindingFixes(doc, checkDocument(doc));
      expect(checkDocument(fixed).filter((f) => f.fix).map((f) => [f.paragraphIndex + 1, f.ruleId, f.excerpt])).toEqual([]);
    });
  }
});
