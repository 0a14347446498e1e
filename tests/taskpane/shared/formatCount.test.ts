import { formatCount } from "../../../src/taskpane/shared/formatCount";

describe("formatCount", () => {
  it("groups digits by three as zh-CN does", () => {
    for (const n of [0, 7, 999, 1000, 12345, 600910, 1234567, 1000000, -4321]) expect(formatCount(n)).toBe(n.toLocaleString("zh-CN"));
  });
});
