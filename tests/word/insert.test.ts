import { WordError } from "../../src/word/gateway";
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
    await expect(gateway.insertText("一\n二")).rejects.toBeInstanceOf(WordError);
  });

  it("turns a Word failure into a WordError", async () => {
    const { gateway, sim } = setup([""]);
    sim.failOn({ op: "insertText", code: "AccessDenied" });
    await expect(gateway.insertText("文字")).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringContaining("只读") });
  });
});
