import { extendToCodePoint, retreatToCodePoint, splitsSurrogatePair } from "../../../src/core/text/surrogates";

describe("surrogate pairs", () => {
  const text = "甲😀乙"; // 😀 is two code units at [1, 3)
  it("tells a cut through a pair from a cut between characters", () => {
    expect([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(text, i))).toEqual([false, false, true, false, false]);
    expect(splitsSurrogatePair("\ud83d", 1)).toBe(false); // a lone half at the end splits nothing
  });
  it("moves a cut so the character is taken whole", () => {
    expect(extendToCodePoint(text, 2)).toBe(3);
    expect(retreatToCodePoint(text, 2)).toBe(1);
    expect(extendToCodePoint(text, 1)).toBe(1);
    expect(retreatToCodePoint(text, 3)).toBe(3);
  });
});
