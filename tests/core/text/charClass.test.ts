import { charClassBody } from "../../../src/core/text/charClass";

describe("charClassBody", () => {
  it("makes a class of exactly the given characters, even those that mean something inside a class", () => {
    const marks = new RegExp(`^[${charClassBody(["]", "^", "-", "\\", "（", "\u3000"])}]$`);
    for (const ch of ["]", "^", "-", "\\", "（", "\u3000"]) expect(marks.test(ch)).toBe(true);
    // Were ^ or - read as class syntax, these would match ("[^…]" or a range between the neighbours).
    for (const ch of ["a", "（）", "_", "[", "）"]) expect(marks.test(ch)).toBe(false);
  });

  it("writes each character as \\uXXXX", () => {
    expect(charClassBody("a　")).toBe("\\u0061\\u3000");
  });
});
