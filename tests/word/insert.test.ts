import type { SimulatedDocument } from "../../src/playground/fakeWord/document";
import type { ParagraphSpec } from "../../src/playground/fakeWord/types";
import { HostError } from "../../src/host/errors";
import { placementFor } from "../../src/host/placement";
import { setup } from "./helpers";

const BLOCKS = [
  { role: "title", text: "关于<2024>年工作情况的报告" },
  { role: "recipient", text: "XX市委办公室：" },
  { role: "heading1", text: "一、主要工作" },
  { role: "heading2", text: "（一）抓好落实" },
  { role: "body", text: "今年以来，我们 & 大家一起推进工作。" },
  { role: "signature", text: "某某局" },
  { role: "date", text: "2024年12月31日" },
] as const;

describe("insertBlocks", () => {
  it("inserts GB/T 9704 paragraphs at the cursor in one round trip, fonts via OOXML", async () => {
    const { gateway, doc, trips } = setup(["前文", "", "后文"]);
    doc.setSelection(1, 0);
    const { syncs } = await trips(() => gateway.insertBlocks(BLOCKS, { plain: false }));
    expect(syncs).toBe(1);
    const paras = doc.paragraphs();
    expect(paras.map((p) => p.text)).toEqual(["前文", ...BLOCKS.map((b) => b.text), "后文"]);
    expect(paras[1].format).toMatchObject({ alignment: "center", fontEastAsia: "方正小标宋简体", sizeHalfPoints: 44 });
    // 主送机关: 3号仿宋, flush left, no first-line indent (GB/T 9704—2012 7.3.2).
    expect(paras[2].format).toEqual({ alignment: "left", firstLineChars: 0, fontEastAsia: "仿宋_GB2312", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", sizeHalfPoints: 32 });
    expect(paras[3].format).toMatchObject({ fontEastAsia: "黑体", sizeHalfPoints: 32 });
    expect(paras[4].format).toMatchObject({ fontEastAsia: "楷体_GB2312", sizeHalfPoints: 32 });
    expect(paras[5].format).toMatchObject({ fontEastAsia: "仿宋_GB2312", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", sizeHalfPoints: 32, firstLineChars: 200 });
    expect(paras[6].format).toMatchObject({ alignment: "right" });
    expect(paras[7].format).toMatchObject({ alignment: "right" });
    expect(doc.selection()).toMatchObject({ paragraphIndex: 7, start: BLOCKS[6].text.length });
  });

  it("replaces a selection and keeps the text around it in its own paragraphs", async () => {
    const { gateway, doc } = setup(["甲乙丙丁"]);
    doc.setSelection(0, 1, 3);
    await gateway.insertBlocks([{ role: "body", text: "新段落" }], { plain: false });
    expect(doc.texts()).toEqual(["甲", "新段落", "丁"]);
    expect(doc.paragraphs()[0].format).toBeUndefined();
  });

  it("plain: paragraphs that inherit the current style, one round trip", async () => {
    const { gateway, doc, trips } = setup([{ text: "", styleBuiltIn: "Normal" }]);
    const { syncs } = await trips(() =>
      gateway.insertBlocks([{ role: "recipient", text: "XX：" }, { role: "heading1", text: "一、<b>标题</b>" }, { role: "body", text: "正文" }], { plain: true }),
    );
    expect(syncs).toBe(1);
    expect(doc.texts()).toEqual(["XX：", "一、<b>标题</b>", "正文"]);
    expect(doc.paragraphs().every((p) => p.format === undefined && p.styleBuiltIn === "Normal")).toBe(true);
  });

  it("user text can never inject markup", async () => {
    const { gateway, doc } = setup([""]);
    const nasty = `</w:t></w:r></w:p><w:p><w:r><w:t>注入</w:t></w:r></w:p> "引号" 'single' ]]> &amp; <![CDATA[x]]>`;
    await gateway.insertBlocks([{ role: "body", text: nasty }], { plain: false });
    expect(doc.texts()).toEqual([nasty]);
  });
});

describe("insertText", () => {
  it("inserts a phrase at the cursor, replacing a selection, in one round trip", async () => {
    const { gateway, doc, trips } = setup(["我们要。"]);
    doc.setSelection(0, 3);
    const { syncs } = await trips(() => gateway.insertText("坚持以人民为中心"));
    expect(syncs).toBe(1);
    expect(doc.texts()).toEqual(["我们要坚持以人民为中心。"]);
    doc.setSelection(0, 0, 2);
    await gateway.insertText("大家");
    expect(doc.texts()).toEqual(["大家要坚持以人民为中心。"]);
    expect(doc.selection()).toMatchObject({ start: 2, end: 2 });
  });

  it("refuses line breaks with a Chinese message", async () => {
    const { gateway } = setup([""]);
    await expect(gateway.insertText("一\n二")).rejects.toBeInstanceOf(HostError);
  });

  it("turns a Word failure into a HostError", async () => {
    const { gateway, sim } = setup([""]);
    sim.failOn({ op: "insertText", code: "AccessDenied" });
    await expect(gateway.insertText("文字")).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringContaining("只读") });
  });
});

describe("insertBlocks never splits the writer's paragraph", () => {
  const SENTENCE = "坚持把政治建设摆在首位，推动全面从严治党向纵深发展。";
  const MODULE = [
    { role: "heading1", text: "五、强化督促检查" },
    { role: "body", text: "建立台账，逐项销号。" },
  ] as const;
  const DOC = [
    { text: "四、加强党的建设", styleBuiltIn: "Heading1" },
    { text: SENTENCE, format: { alignment: "both", firstLineChars: 200, fontEastAsia: "仿宋_GB2312", sizeHalfPoints: 32 } },
    { text: "（一）后续事项", listString: "1.", listLevel: 0 },
  ] as const;

  /** Reads the context, places the module as the task pane does, inserts; returns the round trips of the insert. */
  async function insertAt(paragraphs: readonly ParagraphSpec[], select: (doc: SimulatedDocument) => void, plain = false) {
    const ctx = setup(paragraphs);
    select(ctx.doc);
    const context = await ctx.gateway.readInsertionContext();
    const placement = placementFor(context.cursorAt);
    const { syncs } = await ctx.trips(() => ctx.gateway.insertBlocks(MODULE, { plain, placement }));
    return { ...ctx, context, placement, syncs };
  }

  it("cursor in the middle: the paragraph stays whole and the module follows it, one round trip, formats kept", async () => {
    const { doc, context, placement, syncs } = await insertAt(DOC, (d) => d.setSelection(1, "坚持把政治建设".length));
    expect(context.cursorAt).toBe("middle");
    expect(placement).toBe("after");
    expect(syncs).toBe(1);
    const paras = doc.paragraphs();
    expect(paras.map((p) => p.text)).toEqual([DOC[0].text, SENTENCE, ...MODULE.map((b) => b.text), DOC[2].text]);
    expect(paras[1].format).toEqual(DOC[1].format);
    expect(paras[2].format).toMatchObject({ fontEastAsia: "黑体", sizeHalfPoints: 32 });
    expect(paras[3].format).toMatchObject({ fontEastAsia: "仿宋_GB2312", firstLineChars: 200 });
    expect(paras[4]).toMatchObject({ listString: "1.", listLevel: 0 });
    expect(paras[4].format).toBeUndefined();
    expect(paras[0].styleBuiltIn).toBe("Heading1");
    expect(doc.selection()).toMatchObject({ paragraphIndex: 3, start: MODULE[1].text.length, end: MODULE[1].text.length });
  });

  it("cursor at the end of a paragraph: after it", async () => {
    const { doc, context } = await insertAt(DOC, (d) => d.setSelection(1, SENTENCE.length));
    expect(context.cursorAt).toBe("end");
    expect(doc.texts()).toEqual([DOC[0].text, SENTENCE, ...MODULE.map((b) => b.text), DOC[2].text]);
  });

  it("cursor at the very start of a paragraph: before it", async () => {
    const { doc, context, placement, syncs } = await insertAt(DOC, (d) => d.setSelection(1, 0));
    expect(context.cursorAt).toBe("start");
    expect(placement).toBe("before");
    expect(syncs).toBe(1);
    expect(doc.texts()).toEqual([DOC[0].text, ...MODULE.map((b) => b.text), SENTENCE, DOC[2].text]);
    expect(doc.paragraphs()[3].format).toEqual(DOC[1].format);
    expect(doc.selection()).toMatchObject({ paragraphIndex: 2, start: MODULE[1].text.length });
  });

  it("at the start of the document: before its first paragraph", async () => {
    const { doc } = await insertAt(DOC, (d) => d.setSelection(0, 0));
    expect(doc.texts()).toEqual([...MODULE.map((b) => b.text), ...DOC.map((p) => p.text)]);
    expect(doc.paragraphs()[2].styleBuiltIn).toBe("Heading1");
  });

  it("in the middle of the last paragraph: after it, at the end of the document", async () => {
    const { doc } = await insertAt(DOC, (d) => d.setSelection(2, 2));
    expect(doc.texts()).toEqual([...DOC.map((p) => p.text), ...MODULE.map((b) => b.text)]);
    expect(doc.paragraphs()[2]).toMatchObject({ listString: "1." });
  });

  it("an empty paragraph is used as is", async () => {
    const { doc, context, placement } = await insertAt(["前文", "", "后文"], (d) => d.setSelection(1, 0));
    expect(context.cursorAt).toBe("empty");
    expect(placement).toBe("cursor");
    expect(doc.texts()).toEqual(["前文", ...MODULE.map((b) => b.text), "后文"]);
  });

  it("a selection of whole paragraphs is replaced", async () => {
    const { doc, context } = await insertAt(DOC, (d) => d.setSelection(1, 0, SENTENCE.length));
    expect(context.cursorAt).toBe("whole");
    expect(doc.texts()).toEqual([DOC[0].text, ...MODULE.map((b) => b.text), DOC[2].text]);
  });

  it("a selection running through a paragraph mark to the next paragraph's start covers whole paragraphs", async () => {
    const { doc, context } = await insertAt(DOC, (d) => d.setSelection(0, 0, 0, 2));
    expect(context.cursorAt).toBe("whole");
    expect(doc.texts()).toEqual([...MODULE.map((b) => b.text), DOC[2].text]);
  });

  it("a selection of part of a paragraph is not replaced: the module follows the selection's last paragraph", async () => {
    const part = await insertAt(DOC, (d) => d.setSelection(1, 0, 4));
    expect(part.context.cursorAt).toBe("part");
    expect(part.placement).toBe("after");
    expect(part.doc.texts()).toEqual([DOC[0].text, SENTENCE, ...MODULE.map((b) => b.text), DOC[2].text]);
    const across = await insertAt(DOC, (d) => d.setSelection(0, 2, 3, 1));
    expect(across.context.cursorAt).toBe("part");
    expect(across.doc.texts()).toEqual([DOC[0].text, SENTENCE, ...MODULE.map((b) => b.text), DOC[2].text]);
  });

  it("plain paragraphs are placed the same way, the writer's paragraph whole", async () => {
    const after = await insertAt(DOC, (d) => d.setSelection(1, 3), true);
    expect(after.syncs).toBe(1);
    expect(after.doc.texts()).toEqual([DOC[0].text, SENTENCE, ...MODULE.map((b) => b.text), DOC[2].text]);
    expect(after.doc.paragraphs()[1].format).toEqual(DOC[1].format);
    const before = await insertAt(DOC, (d) => d.setSelection(1, 0), true);
    expect(before.syncs).toBe(1);
    expect(before.doc.texts()).toEqual([DOC[0].text, ...MODULE.map((b) => b.text), SENTENCE, DOC[2].text]);
    expect(before.doc.paragraphs()[3].format).toEqual(DOC[1].format);
  });

  it("placementFor: an unknown cursor (a header, a text box) places after its paragraph", () => {
    expect(placementFor("unknown")).toBe("after");
  });
});
