import { applyFindingFixes, applyFixes } from "../../src/core/fixer";
import { checkDocument } from "../../src/core/engine";
import { snapshotFromLines } from "../../src/core/model";

describe("applyFixes", () => {
  it("applies back to front so offsets stay valid", () => {
    const r = applyFixes("一.甲二.乙", [
      { range: [0, 2], text: "一、" },
      { range: [3, 5], text: "二、" },
    ]);
    expect(r.text).toBe("一、甲二、乙");
    expect(r.applied).toHaveLength(2);
    expect(r.skipped).toHaveLength(0);
  });
  it("inserts with an empty range and removes with empty text", () => {
    expect(applyFixes("乙项", [{ range: [0, 0], text: "（二）" }]).text).toBe("（二）乙项");
    expect(applyFixes("三 是", [{ range: [1, 2], text: "" }]).text).toBe("三是");
  });
  it("skips overlapping fixes and reports them", () => {
    const r = applyFixes("abcdef", [
      { range: [1, 4], text: "X" },
      { range: [3, 5], text: "Y" },
    ]);
    expect(r.text).toBe("abcYf"); // the later fix wins; the overlapping earlier one is left for the next check
    expect(r.skipped).toEqual([{ range: [1, 4], text: "X" }]);
  });
  it("applies identical fixes from two rules once", () => {
    const fix = { range: [0, 2] as const, text: "三、" };
    const r = applyFixes("四.丙", [fix, { ...fix }]);
    expect(r.text).toBe("三、丙");
    expect(r.skipped).toHaveLength(0);
  });
  it("skips fixes outside the text", () => {
    expect(applyFixes("ab", [{ range: [1, 5], text: "x" }]).skipped).toHaveLength(1);
  });
  it("does not change its inputs", () => {
    const fixes = Object.freeze([Object.freeze({ range: Object.freeze([0, 1]) as readonly [number, number], text: "x" })]);
    expect(applyFixes("ab", fixes).text).toBe("xb");
  });
});

describe("applyFindingFixes", () => {
  it("returns a new snapshot and leaves the input alone", () => {
    const doc = snapshotFromLines("一、甲\n二、乙\n四、丙\n累计*篇");
    const before = JSON.stringify(doc);
    const fixed = applyFindingFixes(doc, checkDocument(doc));
    expect(JSON.stringify(doc)).toBe(before);
    expect(fixed.paragraphs.map((p) => p.text)).toEqual(["一、甲", "二、乙", "三、丙", "累计*篇"]);
    expect(fixed.paragraphs[3]).toBe(doc.paragraphs[3]);
  });
  it("ignores findings on Word automatic numbering", () => {
    const doc = { paragraphs: [{ text: "甲", listString: "一、", tableNestingLevel: 0 }, { text: "乙", listString: "三、", tableNestingLevel: 0 }] };
    expect(applyFindingFixes(doc, checkDocument(doc)).paragraphs.map((p) => p.text)).toEqual(["甲", "乙"]);
  });
});
