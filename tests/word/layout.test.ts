/**
 * The layout through the Word layer over the simulated Office.js: what readSnapshot({layout}) reads, what applyLayout
 * writes and reports, and the round trips both take whatever the document's size.
 */
import type { TargetLayout } from "../../src/core/layout/types";
import type { ParagraphLayoutChange } from "../../src/core/finding";
import { HostError } from "../../src/host/errors";
import type { ParagraphFormat, ParagraphSpec } from "../../src/playground/fakeWord/types";
import { effectiveRun } from "../../src/playground/fakeWord/styles";
import { runsOf } from "../../src/playground/fakeWord/runs";
import type { SimulatedDocument } from "../../src/playground/fakeWord";
import { ALL_PROPERTIES } from "../../src/word/layoutRead";
import { WORD_MESSAGES } from "../../src/word/messages";
import { setup } from "./helpers";

const TNR = "Times New Roman";
const SONG_XIAOSI: ParagraphFormat = { fontEastAsia: "宋体", fontAscii: "Arial", fontHAnsi: "Arial", sizeHalfPoints: 24, alignment: "left", firstLineChars: 0 };
const FANGSONG_SANHAO: ParagraphFormat = { fontEastAsia: "仿宋_GB2312", fontAscii: TNR, fontHAnsi: TNR, sizeHalfPoints: 32, alignment: "both", firstLineChars: 200 };

const TITLE = "关于做好年度总结工作的通知";
const BODY = "各单位要高度重视，认真组织实施。";
const RUN_IN = "（一）抓好学习。要把学习贯穿始终。";

function paragraphs(n: number): ParagraphSpec[] {
  return Array.from({ length: n }, (_, i) => ({ text: `第${i + 1}段，各单位要高度重视。`, format: SONG_XIAOSI }));
}

function bodyLayout(text: string, extra: Partial<TargetLayout> = {}): TargetLayout {
  return {
    alignment: "justify",
    firstLineIndent: { chars: 2 },
    runs: [{ range: [0, text.length], eastAsiaFont: "仿宋_GB2312", latinFont: TNR, sizePt: 16, bold: false }],
    ...extra,
  };
}

function change(i: number, text: string, layout = bodyLayout(text)): ParagraphLayoutChange {
  return { paragraphIndex: i, paragraphText: text, layout };
}

/** What the simulated document holds for each run of paragraph i (effective, after styles): independent of getOoxml. */
function stored(doc: SimulatedDocument, i: number) {
  const p = doc.paragraph(i);
  return runsOf(p).map((run) => {
    const e = effectiveRun(p, run.format);
    return { text: run.text, eastAsia: e.fontEastAsia, ascii: e.fontAscii, size: e.sizeHalfPoints / 2, bold: e.bold };
  });
}

describe("readSnapshot({layout})", () => {
  it("reads each body paragraph's fonts, size, alignment and indent as Word resolves them", async () => {
    const { gateway } = setup([
      { text: TITLE, format: { fontEastAsia: "方正小标宋简体", fontAscii: TNR, sizeHalfPoints: 44, alignment: "center" } },
      { text: BODY, format: SONG_XIAOSI },
      { text: BODY, format: FANGSONG_SANHAO },
    ]);
    const snapshot = await gateway.readSnapshot({ layout: true });
    const [title, wrong, right] = snapshot.paragraphs.map((p) => p.layout);
    expect(title).toMatchObject({ alignment: "center", runs: [{ eastAsiaFont: "方正小标宋简体", latinFont: TNR, sizePt: 22 }] });
    expect(wrong).toMatchObject({ alignment: "left", runs: [{ eastAsiaFont: "宋体", latinFont: "Arial", sizePt: 12, bold: false }] });
    expect(right).toMatchObject({ alignment: "justify", firstLineIndent: { chars: 2 }, runs: [{ eastAsiaFont: "仿宋_GB2312", sizePt: 16 }] });
    expect(snapshot.layout?.unreadable ?? []).toEqual([]);
    // The text is what the check always read.
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([TITLE, BODY, BODY]);
  });

  it("pairs numbered and table paragraphs too (Office.js and the OOXML reader read the same texts)", async () => {
    const { gateway } = setup([
      { text: "总体要求", listString: "一、", format: SONG_XIAOSI },
      { text: "单元格内容", tableNestingLevel: 1, format: SONG_XIAOSI },
      { text: "", format: SONG_XIAOSI },
      { text: BODY, format: FANGSONG_SANHAO },
    ]);
    const snapshot = await gateway.readSnapshot({ layout: true });
    expect(snapshot.paragraphs.map((p) => p.layout?.runs[0]?.eastAsiaFont ?? (p.layout ? "(empty)" : "none"))).toEqual(["宋体", "宋体", "(empty)", "仿宋_GB2312"]);
  });

  it("leaves the layout out, and the snapshot as before, when not asked", async () => {
    const { gateway, sim } = setup([{ text: BODY, format: SONG_XIAOSI }]);
    const snapshot = await gateway.readSnapshot();
    expect(snapshot.layout).toBeUndefined();
    expect(snapshot.paragraphs[0].layout).toBeUndefined();
    expect(sim.opCount("getOoxml")).toBe(0);
  });

  it.each([10, 2000])("reads the layout of %i paragraphs in one round trip of its own, after the text's one", async (n) => {
    const { gateway, trips } = setup(paragraphs(n));
    const { result: text, syncs: textSyncs } = await trips(() => gateway.readSnapshot());
    expect(textSyncs).toBe(1);
    const { result, syncs } = await trips(() => gateway.readLayout(text));
    expect(syncs).toBe(1);
    expect((await trips(() => gateway.readSnapshot({ layout: true }))).syncs).toBe(2);
    expect(result.paragraphs.filter((p) => p.layout?.runs[0]?.eastAsiaFont === "宋体")).toHaveLength(n);
  });

  it("when Word fails getOoxml, still reads the text and says every layout property was not read", async () => {
    const { gateway, sim } = setup([{ text: BODY, format: SONG_XIAOSI }, "第二段。"]);
    sim.failOn({ op: "getOoxml", code: "GeneralException" });
    const snapshot = await gateway.readSnapshot({ layout: true });
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([BODY, "第二段。"]);
    expect(snapshot.paragraphs.every((p) => p.layout === undefined)).toBe(true);
    expect(snapshot.layout?.unreadable).toEqual(ALL_PROPERTIES);
  });

  it("reads the page from pageSetup where WordApiDesktop 1.3 is there, and from the OOXML elsewhere", async () => {
    const desktop = setup([BODY], { desktopApiVersion: "1.3" });
    const web = setup([BODY]);
    const fromHost = (await desktop.gateway.readSnapshot({ layout: true })).layout?.page;
    const fromOoxml = (await web.gateway.readSnapshot({ layout: true })).layout?.page;
    expect(fromHost).toMatchObject({ widthMm: expect.closeTo(210, 0) as number, heightMm: expect.closeTo(297, 0) as number });
    expect(fromOoxml).toEqual(fromHost);
  });
});

describe("applyLayout", () => {
  it("formats the paragraphs still as checked, and reports what took and what did not", async () => {
    const { gateway, doc } = setup([{ text: BODY, format: SONG_XIAOSI }, { text: "第二段。", format: SONG_XIAOSI }, { text: "第三段。", format: SONG_XIAOSI }]);
    const report = await gateway.applyLayout({
      paragraphs: [change(0, BODY), change(1, "第二段已改。"), change(7, "不存在。")],
    });
    expect(report).toEqual({ applied: [0], skipped: [{ index: 1, status: "changed" }, { index: 2, status: "missing" }], notApplied: [] });
    expect(stored(doc, 0)).toEqual([{ text: BODY, eastAsia: "仿宋_GB2312", ascii: TNR, size: 16, bold: false }]);
    expect(stored(doc, 1)[0]).toMatchObject({ eastAsia: "宋体", size: 12 });
    const read = await gateway.readSnapshot({ layout: true });
    expect(read.paragraphs[0].layout).toMatchObject({ alignment: "justify", runs: [{ eastAsiaFont: "仿宋_GB2312", sizePt: 16 }] });
    expect(read.paragraphs[0].layout?.firstLineIndent).toBeDefined();
    expect(doc.texts()).toEqual([BODY, "第二段。", "第三段。"]); // text never changes
  });

  it("formats a run-in heading's span apart from the rest of its paragraph", async () => {
    const { gateway, doc } = setup([{ text: RUN_IN, format: SONG_XIAOSI }]);
    const head = "（一）抓好学习。".length;
    const layout: TargetLayout = {
      firstLineIndent: { chars: 2 },
      runs: [
        { range: [0, head], eastAsiaFont: "楷体_GB2312", latinFont: TNR, sizePt: 16, bold: false },
        { range: [head, RUN_IN.length], eastAsiaFont: "仿宋_GB2312", latinFont: TNR, sizePt: 16, bold: false },
      ],
    };
    const report = await gateway.applyLayout({ paragraphs: [change(0, RUN_IN, layout)] });
    expect(report).toEqual({ applied: [0], skipped: [], notApplied: [] });
    expect(stored(doc, 0).map((r) => [r.text, r.eastAsia, r.size])).toEqual([
      ["（一）抓好学习。", "楷体_GB2312", 16],
      ["要把学习贯穿始终。", "仿宋_GB2312", 16],
    ]);
  });

  it("leaves an exact line spacing Office.js cannot set alone, and reports it for the writer to set", async () => {
    const { gateway, doc } = setup([{ text: BODY, format: SONG_XIAOSI }]);
    const report = await gateway.applyLayout({ paragraphs: [change(0, BODY, bodyLayout(BODY, { lineSpacing: { rule: "exact", pt: 28 } }))] });
    expect(report.applied).toEqual([0]);
    expect(report.notApplied).toEqual(["lineSpacing"]);
    expect(doc.paragraph(0).format?.lineSpacing).toBeUndefined(); // not made 2.33 lines
  });

  it("confirms an exact line spacing the paragraph already has, and writes a multiple", async () => {
    const { gateway, doc } = setup([
      { text: BODY, format: { ...FANGSONG_SANHAO, lineSpacing: { rule: "exact", line: 560 } } },
      { text: "第二段。", format: SONG_XIAOSI },
    ]);
    const report = await gateway.applyLayout({
      paragraphs: [change(0, BODY, bodyLayout(BODY, { lineSpacing: { rule: "exact", pt: 28 } })), change(1, "第二段。", bodyLayout("第二段。", { lineSpacing: { rule: "multiple", lines: 1.5 } }))],
    });
    expect(report).toEqual({ applied: [0, 1], skipped: [], notApplied: [] });
    expect(doc.paragraph(1).format?.lineSpacing).toEqual({ rule: "auto", line: 360 });
  });

  it("sets the East Asian font through nameFarEast under WordApiDesktop 1.3", async () => {
    const { gateway, doc } = setup([{ text: BODY, format: SONG_XIAOSI }], { desktopApiVersion: "1.3" });
    const report = await gateway.applyLayout({ paragraphs: [change(0, BODY)] });
    expect(report.notApplied).toEqual([]);
    expect(stored(doc, 0)[0]).toMatchObject({ eastAsia: "仿宋_GB2312", ascii: TNR });
  });

  it("sets the page where pageSetup exists, and otherwise reports it for the writer to set", async () => {
    const page = { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, linesPerPage: 22, charsPerLine: 28 };
    const desktop = setup([BODY], { desktopApiVersion: "1.3" });
    expect(await desktop.gateway.applyLayout({ paragraphs: [], page })).toEqual({ applied: [], skipped: [], notApplied: [] });
    expect((await desktop.gateway.readSnapshot({ layout: true })).layout?.page).toEqual(page);
    const web = setup([BODY]);
    expect(await web.gateway.applyLayout({ paragraphs: [], page })).toEqual({ applied: [], skipped: [], notApplied: ["page"] });
  });

  it.each([10, 2000])("takes 3 round trips for %i paragraphs", async (n) => {
    const specs = paragraphs(n);
    const { gateway, trips } = setup(specs);
    const texts = specs.map((s) => (typeof s === "string" ? s : s.text));
    const { result, syncs } = await trips(() => gateway.applyLayout({ paragraphs: texts.map((t, i) => change(i, t)) }));
    expect(syncs).toBe(3);
    expect(result.applied).toHaveLength(n);
    expect(result.notApplied).toEqual([]);
  });

  it("takes 1 round trip when every paragraph changed since the check, and writes nothing", async () => {
    const { gateway, trips, doc } = setup([{ text: BODY, format: SONG_XIAOSI }]);
    const { result, syncs } = await trips(() => gateway.applyLayout({ paragraphs: [change(0, "别的文字。")] }));
    expect(syncs).toBe(1);
    expect(result).toEqual({ applied: [], skipped: [{ index: 0, status: "changed" }], notApplied: [] });
    expect(stored(doc, 0)[0]).toMatchObject({ eastAsia: "宋体" });
  });

  it("when Word fails while writing, says some paragraphs may already carry the new layout", async () => {
    const { gateway, sim } = setup([{ text: BODY, format: SONG_XIAOSI }, { text: BODY, format: SONG_XIAOSI }]);
    sim.failOn({ sync: sim.syncCount() + 2, afterOps: 3, code: "GeneralException" });
    const error = await gateway.applyLayout({ paragraphs: [change(0, BODY), change(1, BODY)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(WORD_MESSAGES.layoutPartial);
  });

  it("when the read-back OOXML fails, judges from Office.js's own values and never claims the East Asian font", async () => {
    const { gateway, sim } = setup([{ text: BODY, format: SONG_XIAOSI }]);
    sim.failOn({ op: "getOoxml", code: "GeneralException" });
    const report = await gateway.applyLayout({ paragraphs: [change(0, BODY)] });
    expect(report).toEqual({ applied: [0], skipped: [], notApplied: ["eastAsiaFont"] });
  });
});
