import { isChineseNumeralChar, isChineseNumeralCode } from "../../../src/core/text/numerals";
import { isClauseBoundary, isClauseBoundaryCode } from "../../../src/core/text/sentences";
import { isSpace, isSpaceCode } from "../../../src/core/text/spaces";
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

describe("character tests by code (hot loops) agree with the string tests", () => {
  const sample = " \t\u3000\u00a0\u200b\ufeff一二十百〇是。；：！？，;:!?,.a1１😀\ud83d";
  it.each([...sample].flatMap((ch) => [...ch]))("%j", (ch) => {
    const code = ch.charCodeAt(0);
    expect([isSpaceCode(code), isChineseNumeralCode(code), isClauseBoundaryCode(code)]).toEqual([isSpace(ch), isChineseNumeralChar(ch), isClauseBoundary(ch)]);
  });
  it("past the end of the text (NaN) nothing matches", () => {
    expect([isSpaceCode(NaN), isChineseNumeralCode(NaN), isClauseBoundaryCode(NaN)]).toEqual([false, false, false]);
  });
});
