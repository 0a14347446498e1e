import { planInsertion } from "../../../src/core/insert/planInsertion";
import { snapshotFromLines } from "../../../src/core/model";

// review 2026-11-22: planInsertion reads headings with the same parser, so 一、二季度 in prose must not count.
it("does not count 一、二季度 / 三、四季度 in prose as headings when numbering inserted content", () => {
  const snapshot = snapshotFromLines("一、主要工作\n一、二季度，全市经济平稳运行。\n三、四季度，工业生产加快。");
  const plan = planInsertion(snapshot, 2, [{ role: "heading1", text: "存在问题" }]);
  expect(plan.firstMarker).toBe("二、");
});
