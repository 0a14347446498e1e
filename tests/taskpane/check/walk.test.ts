import type { Finding } from "../../../src/core/finding";
import { step } from "../../../src/taskpane/check/walk";

const f = (paragraphIndex: number, start: number, end: number, ruleId = "r"): Finding => ({
  ruleId,
  category: "placeholder",
  severity: "error",
  message: "m",
  paragraphIndex,
  range: [start, end],
  excerpt: "XX",
  context: { before: "", after: "" },
  basis: "惯例",
});

describe("上一处 / 下一处: step", () => {
  const list = [f(1, 2, 4), f(1, 8, 10), f(3, 0, 2), f(5, 4, 6)];
  const key = (x: Finding) => `${x.paragraphIndex}:${x.range[0]}:${x.ruleId}`;

  it("goes from the cursor: at or after a cursor's end, before a selection's start", () => {
    expect(step(list, { paragraphIndex: 1, start: 5, end: 5 }, "next", key)?.finding).toBe(list[1]);
    expect(step(list, { paragraphIndex: 1, start: 2, end: 4 }, "next", key)?.finding).toBe(list[1]);
    expect(step(list, { paragraphIndex: 1, start: 8, end: 10 }, "previous", key)?.finding).toBe(list[0]);
    expect(step(list, { paragraphIndex: 2, start: 0, end: 0 }, "next", key)?.finding).toBe(list[2]);
    expect(step(list, { paragraphIndex: 4, start: 0, end: 0 }, "previous", key)?.finding).toBe(list[2]);
  });

  it("comes round at the ends and says so; with no cursor it starts at an end", () => {
    expect(step(list, { paragraphIndex: 6, start: 0, end: 0 }, "next", key)).toEqual({ finding: list[0], wrapped: true });
    expect(step(list, { paragraphIndex: 0, start: 0, end: 0 }, "previous", key)).toEqual({ finding: list[3], wrapped: true });
    expect(step(list, undefined, "previous", key)).toEqual({ finding: list[3], wrapped: false });
    expect(step([], undefined, "next", key)).toBeUndefined();
  });

  it("visits two findings on one span in turn", () => {
    const twins = [f(2, 0, 0, "a"), f(2, 0, 0, "b"), f(4, 0, 1)];
    const visited = { key: key(twins[0]), paragraphIndex: 2, start: 0, end: 0 };
    expect(step(twins, { paragraphIndex: 2, start: 0, end: 0 }, "next", key, visited)?.finding).toBe(twins[1]);
  });
});
