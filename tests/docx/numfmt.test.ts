import { formatNumber } from "../../src/docx";

describe("formatNumber (w:numFmt)", () => {
  it.each([
    ["chineseCounting", [1, 10, 11, 19, 20, 21, 99, 102], ["一", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇二"]],
    ["chineseCountingThousand", [1, 11, 100, 101, 110, 1010], ["一", "十一", "一百", "一百零一", "一百一十", "一千零一十"]],
    ["chineseLegalSimplified", [1, 10, 11, 20], ["壹", "壹拾", "壹拾壹", "贰拾"]],
    ["ideographTraditional", [1, 10, 11], ["甲", "癸", "甲"]],
    ["decimalFullWidth", [3, 12], ["３", "１２"]],
    ["decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]],
    ["decimalEnclosedParen", [1], ["⑴"]],
    ["upperLetter", [1, 26, 27, 28], ["A", "Z", "AA", "BB"]],
    ["lowerLetter", [2], ["b"]],
    ["upperRoman", [4, 9, 14, 1990], ["IV", "IX", "XIV", "MCMXC"]],
    ["lowerRoman", [3], ["iii"]],
    ["decimalZero", [7, 12], ["07", "12"]],
    ["decimal", [0, 7], ["0", "7"]],
    ["none", [5], [""]],
    ["someFutureFormat", [5], ["5"]],
  ])("%s", (numFmt, values, expected) => {
    expect(values.map((value) => formatNumber(value, numFmt))).toEqual(expected);
  });
});
