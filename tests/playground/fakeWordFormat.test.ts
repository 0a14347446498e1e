/** The simulated Word's fonts and paragraph formats answer as Office.js does: load/sync, null when mixed, API sets. */
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import type { ParagraphSpec, RunFormat } from "../../src/playground/fakeWord/types";

const FANGSONG: RunFormat = { fontEastAsia: "仿宋_GB2312", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", sizeHalfPoints: 32 };
const HEITI: RunFormat = { fontEastAsia: "黑体", fontAscii: "黑体", fontHAnsi: "黑体", sizeHalfPoints: 32 };

/** A run-in heading: 黑体 "一、总体要求。" then 仿宋 body text, indented 2 characters. */
const RUN_IN: ParagraphSpec = {
  text: "一、总体要求。坚持稳中求进。",
  format: { firstLineChars: 200 },
  runs: [
    { text: "一、总体要求。", format: { ...HEITI, bold: true } },
    { text: "坚持稳中求进。", format: FANGSONG },
  ],
};

describe("simulated Word: fonts", () => {
  it("reads name, size and bold per paragraph in one round trip, null where they differ inside it", async () => {
    const sim = createSimulatedWord({ paragraphs: [RUN_IN, { text: "正文", runs: [{ text: "正文", format: FANGSONG }] }] });
    const before = sim.syncCount();
    const fonts = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/font/name,items/font/size,items/font/bold");
      await context.sync();
      return paragraphs.items.map((p) => ({ name: p.font.name, size: p.font.size, bold: p.font.bold }));
    });
    expect(sim.syncCount() - before).toBe(1);
    expect(fonts).toEqual([
      { name: null, size: 16, bold: null },
      // Word's Font.Name is the Latin slot: the Chinese text's 仿宋 is not in it.
      { name: "Times New Roman", size: 16, bold: false },
    ]);
  });

  it("gives a fresh document's defaults (等线 五号) where nothing is set", async () => {
    const sim = createSimulatedWord({ paragraphs: ["没有格式的段落"] });
    const font = await sim.host.run(async (context) => {
      const f = context.document.body.paragraphs.getFirst().font;
      f.load("name,size,bold");
      await context.sync();
      return { name: f.name, size: f.size, bold: f.bold };
    });
    expect(font).toEqual({ name: "等线", size: 10.5, bold: false });
  });

  it("throws PropertyNotLoaded for a font property read before load and sync", async () => {
    const sim = createSimulatedWord({ paragraphs: [RUN_IN] });
    await expect(
      sim.host.run(async (context) => {
        const f = context.document.body.paragraphs.getFirst().font;
        f.load("size");
        await context.sync();
        return f.name;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("has nameFarEast and nameAscii only where WordApiDesktop 1.3 is claimed", async () => {
    const read = (sim: ReturnType<typeof createSimulatedWord>) =>
      sim.host.run(async (context) => {
        const f = context.document.body.paragraphs.getFirst().font;
        f.load("nameFarEast,nameAscii");
        await context.sync();
        return [f.nameFarEast, f.nameAscii];
      });
    const web = createSimulatedWord({ paragraphs: [RUN_IN] });
    expect(web.host.isSetSupported("WordApiDesktop", "1.3")).toBe(false);
    await expect(read(web)).rejects.toMatchObject({ code: "ApiNotFound" });

    const desktop = createSimulatedWord({ paragraphs: [RUN_IN], desktopApiVersion: "1.3" });
    expect(desktop.host.isSetSupported("WordApiDesktop", "1.3")).toBe(true);
    expect(await read(desktop)).toEqual([null, null]);
    const body = await desktop.host.run(async (context) => {
      const found = context.document.body.search("坚持稳中求进", { matchCase: true }).getFirst();
      found.font.load("nameFarEast,nameAscii");
      await context.sync();
      return [found.font.nameFarEast, found.font.nameAscii];
    });
    expect(body).toEqual(["仿宋_GB2312", "Times New Roman"]);
  });

  it("a bare font.load() loads only what the host has", async () => {
    const sim = createSimulatedWord({ paragraphs: [RUN_IN] });
    const f = await sim.host.run(async (context) => {
      const font = context.document.body.paragraphs.getFirst().font;
      font.load();
      await context.sync();
      return font;
    });
    expect(f.size).toBe(16);
    expect(() => f.nameFarEast).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("setting an East Asian font name sets both slots, a Latin one only the Latin slots", async () => {
    const sim = createSimulatedWord({ paragraphs: [{ text: "第1条 正文", runs: [{ text: "第1条 正文", format: FANGSONG }] }], desktopApiVersion: "1.3" });
    await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.getRange("Whole").search("第1条", { matchCase: true }).getFirst().font.name = "黑体";
      await context.sync();
      p.font.name = "Arial";
      await context.sync();
    });
    expect(sim.doc.paragraph(0).runs).toEqual([
      { text: "第1条", format: { fontEastAsia: "黑体", fontAscii: "Arial", fontHAnsi: "Arial", sizeHalfPoints: 32 } },
      { text: " 正文", format: { fontEastAsia: "仿宋_GB2312", fontAscii: "Arial", fontHAnsi: "Arial", sizeHalfPoints: 32 } },
    ]);
  });

  it("a value set on a proxy reads back at once; a bad value fails the sync", async () => {
    const sim = createSimulatedWord({ paragraphs: ["正文"] });
    await expect(
      sim.host.run(async (context) => {
        const f = context.document.body.font;
        f.size = 16;
        expect(f.size).toBe(16);
        f.size = 0;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // The first write ran before the failing one, as Word runs a batch's calls in order.
    expect(sim.doc.paragraph(0).runs).toEqual([{ text: "正文", format: { sizeHalfPoints: 32 } }]);
  });

  it("setting nameFarEast without WordApiDesktop 1.3 fails at sync", async () => {
    const sim = createSimulatedWord({ paragraphs: ["正文"] });
    await expect(
      sim.host.run(async (context) => {
        context.document.body.font.nameFarEast = "仿宋_GB2312";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(sim.doc.paragraph(0).runs).toBeUndefined();
  });

  it("typed text takes the formatting of the character before it", async () => {
    const sim = createSimulatedWord({ paragraphs: [RUN_IN] });
    await sim.host.run(async (context) => {
      context.document.body.search("总体要求", { matchCase: true }).getFirst().insertText("主要", "End");
      await context.sync();
    });
    const p = sim.doc.paragraph(0);
    expect(p.text).toBe("一、总体要求主要。坚持稳中求进。");
    expect(p.runs?.map((r) => r.text)).toEqual(["一、总体要求主要。", "坚持稳中求进。"]);
  });
});

describe("simulated Word: paragraph formats", () => {
  it("reads alignment, first-line indent and line spacing in Office.js units", async () => {
    const sim = createSimulatedWord({
      paragraphs: [
        RUN_IN,
        { text: "标题", format: { alignment: "center", lineSpacing: { rule: "exact", line: 560 } } },
        { text: "悬挂", format: { firstLineTwips: -420, lineSpacing: { rule: "auto", line: 360 } } },
        "默认",
      ],
    });
    const read = await sim.host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/alignment,items/firstLineIndent,items/lineSpacing");
      await context.sync();
      return paragraphs.items.map((p) => [p.alignment, p.firstLineIndent, p.lineSpacing]);
    });
    expect(read).toEqual([
      ["Justified", 32, 12], // Normal is justified in a Chinese Word; 2 characters of 16 pt
      ["Centered", 0, 28],
      ["Justified", -21, 18], // 1.5 lines read as 18 "points"
      ["Justified", 0, 12],
    ]);
  });

  it("writes them as Word does: points replace characters, line spacing becomes multiple lines", async () => {
    const sim = createSimulatedWord({ paragraphs: [RUN_IN] });
    const after = await sim.host.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.alignment = "Left";
      p.firstLineIndent = 24;
      p.lineSpacing = 28;
      await context.sync();
      p.load("alignment,firstLineIndent,lineSpacing");
      await context.sync();
      return [p.alignment, p.firstLineIndent, p.lineSpacing];
    });
    expect(after).toEqual(["Left", 24, 28]);
    // 28 "points" are stored as 28 / 12 lines, not an exact 28 pt (office-js #2296, #3203).
    expect(sim.doc.paragraph(0).format).toEqual({ alignment: "left", firstLineTwips: 480, lineSpacing: { rule: "auto", line: 560 } });
  });

  it("refuses line spacing 0 and unknown alignments at sync", async () => {
    for (const set of [(p: Word.Paragraph) => (p.lineSpacing = 0), (p: Word.Paragraph) => ((p as { alignment: string }).alignment = "Distributed")]) {
      const sim = createSimulatedWord({ paragraphs: ["正文"] });
      await expect(
        sim.host.run(async (context) => {
          set(context.document.body.paragraphs.getFirst());
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});
