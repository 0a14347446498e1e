/** Whole-document fixtures we wrote ourselves: tests/fixtures/docs/NAME/input.txt + expected.json. */
import * as fs from "fs";
import * as path from "path";
import { checkDocument } from "../../src/core/engine";
import { applyFindingFixes } from "../../src/core/fixer";
import { snapshotFromLines } from "../../src/core/model";

interface DocFixture {
  note: string;
  findings: Array<{ line: number; ruleId: string; severity: string; excerpt: string }>;
  /** Text after applying every fix, one paragraph per entry; null when nothing changes. */
  output: string[] | null;
}

const ROOT = path.resolve(__dirname, "../fixtures/docs");

describe("document fixtures", () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    const input = fs.readFileSync(path.join(ROOT, name, "input.txt"), "utf8");
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, "expected.json"), "utf8")) as DocFixture;
    const doc = snapshotFromLines(input);
    const findings = checkDocument(doc);

    it(`${name}: errors and warnings`, () => {
      const blocking = findings.filter((f) => f.severity !== "info").map((f) => ({ line: f.paragraphIndex + 1, ruleId: f.ruleId, severity: f.severity, excerpt: f.excerpt }));
      expect(blocking).toEqual(expected.findings);
    });

    it(`${name}: output after fixing, and nothing fixable left`, () => {
      const fixed = applyFindingFixes(doc, findings);
      expect(fixed.paragraphs.map((p) => p.text)).toEqual(expected.output ?? doc.paragraphs.map((p) => p.text));
      expect(checkDocument(fixed).filter((f) => f.fix)).toEqual([]);
    });
  }
});
