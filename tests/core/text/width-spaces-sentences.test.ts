import { toFullWidth, toHalfWidth } from "../../../src/core/text/width";
import { leadingSpaceLength, stripLeadingSpaces, trimSpaces } from "../../../src/core/text/spaces";
import { firstSentenceEnd, isClauseBoundary, sentenceRanges } from "../../../src/core/text/sentences";

describe("width", () => {
  it("converts full-width ASCII and the ideographic space to half-width, keeping length", () => {
    expect(toHalfWidth("（１）ＡＢ：　x")).toBe("(1)AB: x");
    expect(toHalfWidth("一、中文不变")).toBe("一、中文不变");
    expect(toHalfWidth("（１）").length).toBe(3);
  });
  it("converts half-width to full-width", () => {
    expect(toFullWidth("(1) A")).toBe("（１）　Ａ");
  });
});

describe("spaces", () => {
  it("strips half- and full-width leading spaces and reports the offset", () => {
    expect(stripLeadingSpaces("　　二、尽职尽责")).toEqual({ text: "二、尽职尽责", offset: 2 });
    expect(stripLeadingSpaces(" \t一、")).toEqual({ text: "一、", offset: 2 });
    expect(stripLeadingSpaces("无缩进")).toEqual({ text: "无缩进", offset: 0 });
    expect(leadingSpaceLength("ab  c", 2)).toBe(2);
  });
  it("maps positions in the stripped text back to the original", () => {
    const original = "　　累计*多篇";
    const { text, offset } = stripLeadingSpaces(original);
    expect(original[offset + text.indexOf("*")]).toBe("*");
  });
  it("trims both ends", () => {
    expect(trimSpaces("　 标题　")).toBe("标题");
  });
});

describe("sentences", () => {
  it("splits on 。！？ and keeps closing quotes with their sentence", () => {
    const text = "他说：“好。”我们走吧！对吗？余下";
    const parts = sentenceRanges(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual(["他说：“好。”", "我们走吧！", "对吗？", "余下"]);
  });
  it("finds the first sentence end", () => {
    expect(firstSentenceEnd("一是加强学习。二是")).toBe(6);
    expect(firstSentenceEnd("没有句号")).toBe(4);
  });
  it("knows clause boundaries", () => {
    for (const ch of "。；：！？，") expect(isClauseBoundary(ch)).toBe(true);
    expect(isClauseBoundary("统")).toBe(false);
    expect(isClauseBoundary(undefined)).toBe(false);
  });
});
