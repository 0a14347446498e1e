import { sameData, sameSnapshot } from "../../src/core/sameData";
import { snapshotFromLines } from "../../src/core/model";

describe("sameData", () => {
  it("compares plain data by value, nested arrays and objects included", () => {
    expect(sameData({ a: [1, { b: "x" }], c: true }, { c: true, a: [1, { b: "x" }] })).toBe(true);
    expect(sameData({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData("1", 1)).toBe(false);
  });

  it("takes an absent property and an undefined one as the same, and any other value as different", () => {
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameData({ a: 1, b: false }, { a: 1 })).toBe(false);
  });
});

describe("sameSnapshot", () => {
  const read = () => snapshotFromLines("一、总体情况\n完成XX项。");

  it("is true for two reads of the same document", () => {
    expect(sameSnapshot(read(), read())).toBe(true);
  });

  it("tells one character, a list number, a part, a layout or an unread part apart", () => {
    const base = read();
    const changed = (paragraph: object) => ({ paragraphs: [{ ...base.paragraphs[0], ...paragraph }, base.paragraphs[1]] });
    expect(sameSnapshot(base, changed({ text: "一、总体情况。" }))).toBe(false);
    expect(sameSnapshot(base, changed({ listString: "1." }))).toBe(false);
    expect(sameSnapshot(base, changed({ part: "header" }))).toBe(false);
    expect(sameSnapshot(base, changed({ layout: { bold: true } }))).toBe(false);
    expect(sameSnapshot(base, { ...read(), unchecked: ["textBox"] })).toBe(false);
    expect(sameSnapshot(base, { paragraphs: base.paragraphs.slice(0, 1) })).toBe(false);
  });
});
