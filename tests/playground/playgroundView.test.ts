/** The playground page's view of the simulated document: fonts as Word shows them, a .docx's layout loaded in. */
import { readFlatOpcLayout } from "../../src/docx/flatOpc";
import { PAGE_STANDARD } from "../../src/core/layout/standard";
import { playgroundDocument } from "../../src/playground/bridge";
import { createSimulatedWord } from "../../src/playground/fakeWord/host";
import { LAYOUT_SAMPLE_PARAGRAPHS, SAMPLE_PARAGRAPHS } from "../../src/playground/sample";

function load(paragraphs = SAMPLE_PARAGRAPHS) {
  const sim = createSimulatedWord({ paragraphs: [""] });
  const view = playgroundDocument(sim.doc);
  view.replaceAll(paragraphs);
  return { sim, view };
}

describe("playground view of the simulated document", () => {
  it("shows the layout sample in its wrong fonts, sizes and indents", () => {
    const { view } = load(LAYOUT_SAMPLE_PARAGRAPHS);
    const [title, recipient, body, heading1, , styled, heading2] = view.paragraphs();
    expect(title.runs).toEqual([{ text: "关于开展2026年度安全生产检查的通知", eastAsiaFont: "宋体", latinFont: "Times New Roman", sizePt: 16, bold: true }]);
    expect(recipient.format).toMatchObject({ alignment: "justified", firstLineIndent: { pt: 0 } });
    expect(body.runs[0]).toMatchObject({ eastAsiaFont: "宋体", sizePt: 12, bold: false });
    expect(body.format.lineSpacing).toEqual({ rule: "multiple", lines: 1 });
    expect(heading1.runs[0]).toMatchObject({ eastAsiaFont: "宋体", sizePt: 12, bold: true });
    // A heading formatted by Word's 标题 2 style only: the theme's heading font, 三号, bold.
    expect(styled.runs[0]).toMatchObject({ text: "二、工作要求", eastAsiaFont: "等线 Light", sizePt: 16, bold: true });
    expect(heading2.runs[0]).toMatchObject({ eastAsiaFont: "宋体", sizePt: 12 });
    expect(view.page()).toMatchObject({ defaults: { eastAsiaFont: "等线", sizePt: 10.5 }, leftPt: 90, topPt: 72 });
  });

  it("shows a run-in level-2 heading of the first sample in 楷体 inside 仿宋 text", () => {
    const { view } = load();
    const paragraph = view.paragraphs().find((p) => p.text.startsWith("（一）文稿起草"));
    expect(paragraph?.runs.map((r) => [r.text.slice(0, 6), r.eastAsiaFont, r.sizePt])).toEqual([
      ["（一）文稿起", "楷体_GB2312", 16],
      ["全年起草各类", "仿宋_GB2312", 16],
    ]);
    expect(paragraph?.format.firstLineIndent).toEqual({ chars: 2 });
  });

  it("keeps a run's formatting when the writer types inside the paragraph", () => {
    const { sim, view } = load();
    const index = view.paragraphs().findIndex((p) => p.text.startsWith("（一）文稿起草"));
    const texts = view.paragraphs().map((p) => p.text);
    texts[index] = texts[index].replace("文稿起草提质增效", "文稿起草大幅提质增效");
    view.applyTypedTexts(texts);
    expect(sim.doc.paragraph(index).runs?.map((r) => [r.text, r.format.fontEastAsia])).toEqual([
      ["（一）文稿起草大幅提质增效。", "楷体_GB2312"],
      ["全年起草各类重要文稿**篇，累计XX万字，多篇文稿得到市委主要领导肯定性批示。", undefined],
    ]);
  });

  it("loads a .docx's resolved layout and page into the simulated Word, which reports them back", async () => {
    const sim = createSimulatedWord({ paragraphs: [""] });
    const view = playgroundDocument(sim.doc);
    const runs = [
      { range: [0, 7] as const, eastAsiaFont: "黑体", latinFont: "Times New Roman", sizePt: 16, bold: false },
      { range: [7, 14] as const, eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false },
    ];
    const layout = { alignment: "justify", firstLineIndent: { chars: 2 }, lineSpacing: { rule: "exact", pt: 28 }, runs } as const;
    view.replaceAll([{ text: "一、总体要求。坚持稳中求进。", layout }, { text: "页眉文字", part: "header" }], PAGE_STANDARD);
    const [shown] = view.paragraphs();
    expect(shown.runs.map((r) => r.eastAsiaFont)).toEqual(["黑体", "仿宋_GB2312"]);
    expect(shown.format).toEqual({ alignment: "justified", firstLineIndent: { chars: 2 }, lineSpacing: { rule: "exact", pt: 28 } });
    const xml = await sim.host.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value;
    });
    const read = readFlatOpcLayout(xml);
    expect(read.page).toMatchObject({ widthMm: 210, heightMm: 297, topMm: 37, leftMm: 28, linesPerPage: 22, charsPerLine: 28 });
    expect(read.paragraphs[0].layout?.runs.map((r) => r.eastAsiaFont)).toEqual(["黑体", "仿宋_GB2312"]);
  });

});
