import { setup, target } from "./helpers";

describe("selectSpan / selectParagraph", () => {
  it("selects the located span (2 round trips) after reading it back", async () => {
    const texts = ["抓落实，抓落实，抓落实"];
    const { gateway, doc, trips } = setup(texts);
    const { result, syncs } = await trips(() => gateway.selectSpan(target(texts, 0, "抓落实", 2)));
    expect(result).toBe("ok");
    expect(syncs).toBe(2);
    expect(doc.selection()).toEqual({ paragraphIndex: 0, start: 8, endParagraphIndex: 0, end: 11 });
  });

  it("puts the cursor at an insertion point", async () => {
    const texts = ["一二三"];
    const { gateway, doc } = setup(texts);
    expect(await gateway.selectSpan({ paragraphIndex: 0, start: 2, end: 2, paragraphText: "一二三" })).toBe("ok");
    expect(doc.selection()).toMatchObject({ start: 2, end: 2 });
  });

  it("reports 'changed' and leaves the selection alone when the paragraph moved on", async () => {
    const texts = ["原文"];
    const { gateway, doc } = setup(texts);
    doc.setParagraphText(0, "新文");
    expect(await gateway.selectSpan(target(texts, 0, "原"))).toBe("changed");
    expect(await gateway.selectSpan({ paragraphIndex: 5, start: 0, end: 1, paragraphText: "x" })).toBe("changed");
    expect(doc.selection()).toMatchObject({ paragraphIndex: 0, start: 0, end: 0 });
  });

  it("selects a whole paragraph when its text is unchanged", async () => {
    const { gateway, doc } = setup(["标题", "正文内容"]);
    expect(await gateway.selectParagraph(1, "正文内容")).toBe("ok");
    expect(doc.selection()).toEqual({ paragraphIndex: 1, start: 0, endParagraphIndex: 1, end: 4 });
    expect(await gateway.selectParagraph(1, "别的")).toBe("changed");
  });
});

describe("readInsertionContext", () => {
  it.each([
    ["a cursor", [1, 2, 2, 1], 1],
    ["text inside one paragraph", [1, 0, 2, 1], 1],
    ["three whole paragraphs", [1, 0, 2, 3], 3],
    ["whole paragraphs up to the start of the next (after the last mark)", [1, 0, 0, 4], 3],
  ] as const)("tells where the selection ends: %s", async (_, [paragraph, start, end, endParagraph], last) => {
    const { gateway, doc, trips } = setup(["标题", "甲乙", "丙丁", "戊己", "庚辛"]);
    doc.setSelection(paragraph, start, end, endParagraph);
    const { result, syncs } = await trips(() => gateway.readInsertionContext());
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ cursorParagraphIndex: paragraph, selectionLastParagraphIndex: last });
  });

  it.each([
    [0, 0],
    [2, 0],
    [2, 3],
    [3, 0],
  ])("finds the cursor paragraph %i (offset %i) in one round trip", async (paragraph, offset) => {
    const { gateway, doc, trips } = setup(["标题", "", "一、总体情况", ""]);
    doc.setSelection(paragraph, offset);
    const { result, syncs } = await trips(() => gateway.readInsertionContext());
    expect(syncs).toBe(1);
    expect(result.cursorParagraphIndex).toBe(paragraph);
    expect(result.hasSelectedText).toBe(false);
    expect(result.snapshot.paragraphs).toHaveLength(4);
  });

  it("tells a selection with text, across paragraphs", async () => {
    const { gateway, doc } = setup(["甲乙", "丙丁"]);
    doc.setSelection(0, 1, 1, 1);
    expect(await gateway.readInsertionContext()).toMatchObject({ cursorParagraphIndex: 0, selectionLastParagraphIndex: 1, hasSelectedText: true });
  });
});
