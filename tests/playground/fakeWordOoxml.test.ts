/** The simulated Word's getOoxml and PageSetup: what the .docx reader makes of the package, and Office.js's rules. */
import { readFlatOpcLayout } from "../../src/docx/flatOpc";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { flatOpcSteps } from "../../src/playground/fakeWord/ooxmlWrite";
import type { ParagraphSpec, RunFormat } from "../../src/playground/fakeWord/types";

const FANGSONG: RunFormat = { fontEastAsia: "仿宋_GB2312", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", sizeHalfPoints: 32 };

const DOCUMENT: readonly ParagraphSpec[] = [
  { text: "关于做好2025年工作的通知", styleBuiltIn: "Title", format: { alignment: "center", fontEastAsia: "方正小标宋简体", sizeHalfPoints: 44 } },
  { text: "一、总体要求。坚持稳中求进。", format: { firstLineChars: 200, lineSpacing: { rule: "exact", line: 560 } }, runs: [
    { text: "一、总体要求。", format: { fontEastAsia: "黑体", sizeHalfPoints: 32 } },
    { text: "坚持稳中求进。", format: FANGSONG },
  ] },
  { text: "不设格式的段落" },
  { text: "标题一", styleBuiltIn: "Heading1" },
  { text: "加强领导", listString: "（一）", listLevel: 1, format: { fontEastAsia: "楷体_GB2312", bold: true } },
  { text: "单元格", tableNestingLevel: 1 },
];

async function bodyOoxml(sim: ReturnType<typeof createSimulatedWord>): Promise<string> {
  return sim.host.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    return ooxml.value;
  });
}

describe("simulated Word: getOoxml", () => {
  it("returns a flat OPC package the .docx reader resolves to the formats set, in one round trip", async () => {
    const sim = createSimulatedWord({ paragraphs: DOCUMENT });
    const before = sim.syncCount();
    const xml = await bodyOoxml(sim);
    expect(sim.syncCount() - before).toBe(1);
    expect(xml).toContain('pkg:name="/word/theme/theme1.xml"');
    expect(xml).toContain('pkg:name="/word/numbering.xml"');
    const layout = readFlatOpcLayout(xml);
    expect(layout.paragraphs.map((p) => p.text)).toEqual(DOCUMENT.map((p) => (typeof p === "string" ? p : p.text)));
    const [title, runIn, plain, heading, listed, cell] = layout.paragraphs.map((p) => p.layout);
    expect(title).toMatchObject({ alignment: "center", runs: [{ eastAsiaFont: "方正小标宋简体", sizePt: 22, bold: true }] });
    expect(runIn).toMatchObject({
      alignment: "justify",
      firstLineIndent: { chars: 2 },
      lineSpacing: { rule: "exact", pt: 28 },
      runs: [
        { range: [0, 7], eastAsiaFont: "黑体", sizePt: 16, bold: false },
        { range: [7, 14], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false },
      ],
    });
    // Unformatted text is in the theme's body font, reachable only through the theme part.
    expect(plain).toMatchObject({ runs: [{ eastAsiaFont: "等线", latinFont: "等线", sizePt: 10.5, bold: false }] });
    expect(heading).toMatchObject({ runs: [{ sizePt: 22, bold: true }] });
    expect(listed).toMatchObject({ runs: [{ eastAsiaFont: "楷体_GB2312", bold: true }] });
    expect(cell?.runs).toHaveLength(1);
  });

  it("round-trips formats set through Office.js, page setup included", async () => {
    const sim = createSimulatedWord({ paragraphs: ["第一段正文", "第二段正文"], desktopApiVersion: "1.3" });
    await sim.host.run(async (context) => {
      const [first, second] = (() => {
        const ps = context.document.body.paragraphs;
        return [ps.getFirst(), ps.getLast()];
      })();
      first.font.name = "黑体";
      first.font.size = 16;
      first.alignment = "Centered";
      second.font.name = "仿宋_GB2312";
      second.font.size = 16;
      second.firstLineIndent = 32;
      const page = context.document.sections.getFirst().pageSetup;
      page.topMargin = (37 / 25.4) * 72;
      page.leftMargin = (28 / 25.4) * 72;
      page.layoutMode = "Grid";
      page.linesPage = 22;
      page.charsLine = 28;
      await context.sync();
    });
    const layout = readFlatOpcLayout(await bodyOoxml(sim));
    expect(layout.paragraphs[0].layout).toMatchObject({ alignment: "center", runs: [{ eastAsiaFont: "黑体", latinFont: "黑体", sizePt: 16 }] });
    expect(layout.paragraphs[1].layout).toMatchObject({ firstLineIndent: { pt: 32 }, runs: [{ eastAsiaFont: "仿宋_GB2312", sizePt: 16 }] });
    expect(layout.page).toMatchObject({ widthMm: 210, topMm: 37, leftMm: 28, linesPerPage: 22, charsPerLine: 28 });
  });

  it("gives insertOoxml back the same formatting run by run", async () => {
    const source = createSimulatedWord({ paragraphs: DOCUMENT });
    const xml = await bodyOoxml(source);
    const copy = createSimulatedWord({ paragraphs: [""] });
    await copy.host.run(async (context) => {
      context.document.body.insertOoxml(xml, "Replace");
      await context.sync();
    });
    const again = readFlatOpcLayout(await bodyOoxml(copy));
    expect(again.paragraphs).toEqual(readFlatOpcLayout(xml).paragraphs);
    expect(copy.doc.paragraph(1).runs?.map((r) => r.text)).toEqual(["一、总体要求。", "坚持稳中求进。"]);
    expect(copy.doc.paragraph(3).styleBuiltIn).toBe("Heading1");
    expect(copy.doc.paragraph(4).listString).toBe("（一）");
  });
});

describe("simulated Word: PageSetup", () => {
  it("is WordApiDesktop 1.3 only: elsewhere loading it fails the sync", async () => {
    const sim = createSimulatedWord({ paragraphs: ["正文"] });
    await expect(
      sim.host.run(async (context) => {
        const page = context.document.sections.getFirst().pageSetup;
        page.load("topMargin");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reads a blank Chinese document's page and ignores lines per page without a grid", async () => {
    const sim = createSimulatedWord({ paragraphs: ["正文"], desktopApiVersion: "1.3" });
    const read = await sim.host.run(async (context) => {
      const page = context.document.sections.getFirst().pageSetup;
      page.layoutMode = "Default";
      page.linesPage = 22;
      await context.sync();
      page.load("pageWidth,topMargin,leftMargin,layoutMode,linesPage");
      await context.sync();
      return [page.pageWidth, page.topMargin, page.leftMargin, page.layoutMode, page.linesPage];
    });
    expect(read).toEqual([595.3, 72, 90, "Default", 44]);
  });
});

describe("simulated Word: getOoxml on a long document", () => {
  const LONG = Array.from({ length: 6000 }, (_, i) => ({ text: `第${i + 1}段，各单位要高度重视。`, format: { fontEastAsia: "宋体", sizeHalfPoints: 24 } }));

  it("writes the package in slices, the page getting turns in between, and answers the document as it was when asked", async () => {
    const sim = createSimulatedWord({ paragraphs: LONG });
    // Slices end by the clock (src/host/turns.ts): a clock that moves 1 ms a look makes them end alike on a fast
    // machine and a slow one (on a fast one the whole package took one slice, and the page no turn).
    let now = 0;
    const clock = jest.spyOn(performance, "now").mockImplementation(() => (now += 1));
    let turns = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      turns++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    // The writer types while Word writes the package (from the next task after Word starts on the batch): the
    // answer is the document as it was when Word came to the op.
    const stop = sim.beforeSync(() => setTimeout(() => sim.doc.setParagraphText(0, "改过"), 0));
    const xml = await bodyOoxml(sim);
    clock.mockRestore();
    stop();
    expect(sim.doc.paragraph(0).text).toBe("改过");
    counting = false;
    expect(turns).toBeGreaterThan(1);
    // Its steps: one per 100 paragraphs written (each a few milliseconds at most on a slow PC).
    const steps = flatOpcSteps(sim.doc, { start: { para: 0, offset: 0 }, end: { para: 5999, offset: 0 } });
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThanOrEqual(59);
    const read = readFlatOpcLayout(xml);
    expect(read.paragraphs).toHaveLength(6000);
    expect(read.paragraphs[0].text).toBe("第1段，各单位要高度重视。");
    expect(read.paragraphs[5999].layout?.runs[0].eastAsiaFont).toBe("宋体");
  });

  it("answers getOoxmlMs later when told to (real Word takes seconds), with the same package", async () => {
    const quick = createSimulatedWord({ paragraphs: LONG.slice(0, 3) });
    const slow = createSimulatedWord({ paragraphs: LONG.slice(0, 3), getOoxmlMs: 300 });
    const started = Date.now();
    const late = await bodyOoxml(slow);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(late).toBe(await bodyOoxml(quick));
  });
});
