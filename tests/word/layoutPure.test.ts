/** The Word layer's pure layout helpers: pairing paragraphs by text, and judging whether a layout took. */
import type { ParagraphLayout, TargetLayout } from "../../src/core/layout/types";
import { pairParagraphs } from "../../src/word/layoutAlign";
import { missedInLoads, missedInOoxml } from "../../src/word/layoutVerify";
import { mmFromPt, pageMatches, ptFromMm } from "../../src/word/pageSetup";

describe("pairParagraphs", () => {
  it("pairs one to one when both read the same texts", () => {
    expect(pairParagraphs(["甲", "", "乙"], ["甲", "", "乙"])).toEqual([0, 1, 2]);
  });

  it("leaves out a paragraph only one side has, and pairs the rest again", () => {
    expect(pairParagraphs(["甲", "域结果", "乙", "丙"], ["甲", "乙", "丙"])).toEqual([0, undefined, 1, 2]);
    expect(pairParagraphs(["甲", "乙", "丙"], ["甲", "多出", "乙", "丙"])).toEqual([0, 2, 3]);
  });

  it("never lends a neighbour's layout: a paragraph read differently on each side stays unpaired", () => {
    expect(pairParagraphs(["甲", "日期：2024年", "乙", "丙"], ["甲", "日期：{DATE}", "乙", "丙"])).toEqual([0, undefined, 2, 3]);
  });

  it("gives up rather than guess when the two never agree again", () => {
    expect(pairParagraphs(["甲", "乙", "丙"], ["甲", "丁", "戊"])).toEqual([0, undefined, undefined]);
  });
});

const BODY = "各单位要高度重视。";
const target: TargetLayout = {
  alignment: "justify",
  firstLineIndent: { chars: 2 },
  lineSpacing: { rule: "exact", pt: 28 },
  runs: [{ range: [0, BODY.length], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false }],
};

describe("missedInOoxml", () => {
  const took: ParagraphLayout = {
    alignment: "justify",
    firstLineIndent: { pt: 32 },
    lineSpacing: { rule: "exact", pt: 28 },
    runs: [{ range: [0, BODY.length], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false }],
  };

  it("confirms a layout that took, an indent in points equal to 2 characters included", () => {
    expect(missedInOoxml(target, took)).toEqual([]);
  });

  it("names the East Asian font left 宋体 and a spacing Word made a multiple", () => {
    const read: ParagraphLayout = {
      ...took,
      lineSpacing: { rule: "multiple", lines: 28 / 12 },
      runs: [{ ...took.runs[0], eastAsiaFont: "宋体" }],
    };
    expect(missedInOoxml(target, read)).toEqual(["lineSpacing", "eastAsiaFont"]);
  });

  it("names a property no run shows (unknown counts as not applied)", () => {
    const read: ParagraphLayout = { ...took, runs: [{ range: [0, 3], sizePt: 16, bold: false, latinFont: "Times New Roman" }, { ...took.runs[0], range: [3, BODY.length] }] };
    expect(missedInOoxml(target, read)).toEqual(["eastAsiaFont"]);
  });
});

describe("missedInLoads", () => {
  const loaded = { alignment: "Justified", firstLineIndent: 32, lineSpacing: 28, runs: [{ name: "Times New Roman", size: 16, bold: false, nameFarEast: "仿宋_GB2312", nameAscii: "Times New Roman" }] };

  it("below WordApiDesktop 1.3 never claims the East Asian font or an exact spacing took", () => {
    expect(missedInLoads(target, loaded, false)).toEqual(["lineSpacing", "eastAsiaFont"]);
  });

  it("with WordApiDesktop 1.3 confirms the fonts from nameFarEast and nameAscii", () => {
    expect(missedInLoads({ ...target, lineSpacing: { rule: "multiple", lines: 1.5 } }, { ...loaded, lineSpacing: 18 }, true)).toEqual([]);
  });

  it("names a size Word reports as mixed (null)", () => {
    expect(missedInLoads({ runs: target.runs }, { ...loaded, runs: [{ ...loaded.runs[0], size: null }] }, true)).toEqual(["sizePt"]);
  });
});

describe("page lengths", () => {
  it("converts points and millimetres both ways, to 0.1 mm", () => {
    expect(mmFromPt(ptFromMm(37))).toBe(37);
    expect(mmFromPt(72)).toBe(25.4);
  });

  it("matches within Word's rounding, and whole lines exactly", () => {
    expect(pageMatches({ topMm: 37, linesPerPage: 22 }, { topMm: 37.1, linesPerPage: 22, leftMm: 10 })).toBe(true);
    expect(pageMatches({ topMm: 37, linesPerPage: 22 }, { topMm: 37, linesPerPage: 21 })).toBe(false);
    expect(pageMatches({ topMm: 37 }, {})).toBe(false);
  });
});
