import { excerptLine, markerFor } from "../../src/cli/excerpt";
import type { Finding } from "../../src/core/finding";

const TEXT = "一年来，累计组织撰写调研报告*多篇，为领导决策提供了大量第一手资料，得到充分肯定。";

function findingAt(start: number, end: number, contextChars: number): Finding {
  return {
    ruleId: "placeholder", category: "placeholder", severity: "error", message: "", basis: "惯例", paragraphIndex: 0,
    range: [start, end], excerpt: TEXT.slice(start, end),
    context: { before: TEXT.slice(Math.max(0, start - contextChars), start), after: TEXT.slice(end, end + contextChars) },
  };
}

describe("excerptLine", () => {
  const star = TEXT.indexOf("*");

  it("marks the excerpt and shows …… where the context stops short of the paragraph", () => {
    expect(excerptLine(findingAt(star, star + 1, 6), TEXT.length, markerFor("error", false))).toBe("……撰写调研报告【*】多篇，为领导……");
  });

  it("shows no …… when the context reaches the paragraph's ends, and blanks out tabs and line breaks", () => {
    const short = "甲\t乙*丙\v丁";
    const finding = { ...findingAt(0, 0, 0), range: [3, 4] as const, excerpt: "*", context: { before: "甲\t乙", after: "丙\v丁" } };
    expect(excerptLine(finding, short.length, markerFor("error", false))).toBe("甲 乙【*】丙 丁");
  });
});
