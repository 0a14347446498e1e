import { arabicToNumber, chineseToNumber, numberToChinese } from "../../../src/core/text/numerals";

describe("Chinese numerals", () => {
  const pairs: Array<[string, number]> = [
    ["一", 1], ["九", 9], ["十", 10], ["十一", 11], ["十九", 19], ["二十", 20], ["二十一", 21], ["三十", 30], ["九十九", 99],
  ];
  it.each(pairs)("%s ↔ %i", (text, n) => {
    expect(chineseToNumber(text)).toBe(n);
    expect(numberToChinese(n)).toBe(text);
  });

  it("round-trips every number 1–99", () => {
    for (let n = 1; n <= 99; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });

  it.each(["", "一一", "十十", "十四五", "一十", "一九八七", "百", "〇", "二十十", "十二三"])("rejects %p", (text) => {
    expect(chineseToNumber(text)).toBeUndefined();
  });

  it("refuses to format numbers outside 1–99", () => {
    expect(() => numberToChinese(0)).toThrow(RangeError);
    expect(() => numberToChinese(100)).toThrow(RangeError);
  });

  it("reads half- and full-width Arabic numbers in 1–99", () => {
    expect(arabicToNumber("7")).toBe(7);
    expect(arabicToNumber("12")).toBe(12);
    expect(arabicToNumber("１２")).toBe(12);
    expect(arabicToNumber("0")).toBeUndefined();
    expect(arabicToNumber("07")).toBeUndefined();
    expect(arabicToNumber("100")).toBeUndefined();
    expect(arabicToNumber("2023")).toBeUndefined();
  });
});
