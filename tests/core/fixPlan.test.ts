/**
 * The one fix policy (src/core/fixPlan.ts): document order, all or nothing per finding, identical edits shared,
 * claims that change nothing never written, a fix overlapping an earlier one set aside.
 */
import type { Finding, Fix } from "../../src/core/finding";
import { changingEdits, planFixes } from "../../src/core/fixPlan";
import { checkDocument } from "../../src/core/engine";
import { applyFindingFixes } from "../../src/core/fixer";
import { snapshotFromLines } from "../../src/core/model";

function finding(paragraphIndex: number, start: number, fix?: Fix, onListString = false): Finding {
  return {
    ruleId: "test",
    category: "numbering",
    severity: "error",
    message: "测试",
    paragraphIndex,
    range: [start, start + 1],
    excerpt: "",
    context: { before: "", after: "" },
    basis: "惯例",
    ...(fix ? { fix } : {}),
    ...(onListString ? { onListString } : {}),
  };
}

const edit = (paragraphIndex: number, start: number, end: number, text: string) => ({ paragraphIndex, range: [start, end] as const, text });

describe("planFixes", () => {
  const doc = snapshotFromLines("一、甲\n三、乙\n四、丙\n四、丁\n五、戊");

  it("takes findings in document order, whatever order they come in, and sorts the edits", () => {
    const late = finding(3, 0, { edits: [edit(3, 0, 2, "五、"), edit(4, 0, 2, "六、")] });
    const early = finding(1, 0, { edits: [edit(1, 0, 2, "二、"), edit(2, 0, 2, "三、"), edit(3, 0, 2, "四、"), edit(4, 0, 2, "五、")] });
    const plan = planFixes(doc, [late, early]);
    expect(plan.planned.map((p) => p.finding)).toEqual([early]);
    expect(plan.conflicting).toEqual([late]);
    // 四、→四、 and 五、→五、 are claims: they keep the later renumbering out, and are not written.
    expect(plan.edits).toEqual([edit(1, 0, 2, "二、"), edit(2, 0, 2, "三、")]);
    expect(plan.planned[0].editIndices).toEqual([0, 1]);
  });

  it("shares an edit two findings ask for and writes it once", () => {
    const a = finding(1, 0, { edits: [edit(1, 0, 2, "二、")] });
    const b = finding(1, 0, { edits: [edit(1, 0, 2, "二、"), edit(2, 0, 2, "三、")] });
    const plan = planFixes(doc, [a, b]);
    expect(plan.edits).toEqual([edit(1, 0, 2, "二、"), edit(2, 0, 2, "三、")]);
    expect(plan.planned.map((p) => p.editIndices)).toEqual([[0], [0, 1]]);
    expect(plan.conflicting).toEqual([]);
  });

  it("is all or nothing: a fix with one overlapping edit is set aside whole, its other edits not written", () => {
    const a = finding(1, 0, { edits: [edit(1, 0, 2, "二、")] });
    const b = finding(2, 0, { edits: [edit(2, 0, 2, "九、"), edit(1, 1, 2, "。")] });
    const plan = planFixes(doc, [a, b]);
    expect(plan.edits).toEqual([edit(1, 0, 2, "二、")]);
    expect(plan.conflicting).toEqual([b]);
  });

  it("lets an insertion sit at the edge of a replacement, not inside it or at the same point as another", () => {
    const text = snapshotFromLines("abcdef");
    const replace = finding(0, 1, { edits: [edit(0, 1, 3, "X")] });
    const atEdge = finding(0, 3, { edits: [edit(0, 3, 3, "Y")] });
    const inside = finding(0, 2, { edits: [edit(0, 2, 2, "Z")] });
    const plan = planFixes(text, [replace, atEdge, inside]);
    expect(plan.planned.map((p) => p.finding)).toEqual([replace, atEdge]);
    expect(plan.conflicting).toEqual([inside]);
    const twice = planFixes(text, [finding(0, 4, { edits: [edit(0, 4, 4, "P")] }), finding(0, 4, { edits: [edit(0, 4, 4, "Q")] })]);
    expect(twice.conflicting).toHaveLength(1);
  });

  it("sets aside a fix that no longer fits its paragraph, and ignores findings without a text fix", () => {
    const outside = finding(0, 0, { edits: [edit(0, 2, 9, "x")] });
    const missing = finding(9, 0, { edits: [edit(9, 0, 1, "x")] });
    const list = finding(1, 0, { edits: [edit(1, 0, 2, "二、")] }, true);
    const plan = planFixes(doc, [outside, missing, list, finding(2, 0)]);
    expect(plan.conflicting).toEqual([outside, missing]);
    expect(plan.planned).toEqual([]);
  });

  it("changingEdits leaves the claims out", () => {
    const fix = { edits: [edit(1, 0, 2, "二、"), edit(3, 0, 2, "四、")] };
    expect(changingEdits(fix, doc)).toEqual([edit(1, 0, 2, "二、")]);
    expect(changingEdits(undefined, doc)).toEqual([]);
  });
});

describe("the engine's fixes through the plan (issue 8)", () => {
  it("一、三、四、四、五、: the gap's renumbering settles the duplicate; the duplicate's own fix is set aside", () => {
    const doc = snapshotFromLines("一、甲\n三、乙\n四、丙\n四、丁\n五、戊");
    const findings = checkDocument(doc).filter((f) => f.fix);
    expect(findings.map((f) => f.excerpt)).toEqual(["三、", "四、"]);
    const plan = planFixes(doc, findings);
    expect(plan.conflicting.map((f) => f.paragraphIndex)).toEqual([3]);
    expect(applyFindingFixes(doc, findings).paragraphs.map((p) => p.text)).toEqual(["一、甲", "二、乙", "三、丙", "四、丁", "五、戊"]);
  });

  it("the duplicate's fix alone renumbers from there on and leaves the gap for its own finding", () => {
    const doc = snapshotFromLines("一、甲\n三、乙\n四、丙\n四、丁\n五、戊");
    const duplicate = checkDocument(doc).filter((f) => f.paragraphIndex === 3);
    expect(applyFindingFixes(doc, duplicate).paragraphs.map((p) => p.text)).toEqual(["一、甲", "三、乙", "四、丙", "五、丁", "六、戊"]);
  });
});
