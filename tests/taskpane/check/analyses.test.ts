/**
 * The analysis kept per document (src/taskpane/check/analyses.ts): done once per read, reused only for a read that
 * is the same, begun ahead in idle time. What matters to the writer: the findings shown are always those of the
 * document as it is at the click, whatever was analysed before.
 */
import * as engine from "../../../src/core/engine";
import type { Finding } from "../../../src/core/finding";
import { createSimulatedWord } from "../../../src/playground/fakeWord/host";
import { createWordGateway } from "../../../src/word/officeGateway";
import { CheckCancelled, startCheck } from "../../../src/taskpane/check/session";
import { analysesOf, partOptions } from "../../../src/taskpane/check/analyses";

const DOC = ["关于2025年工作情况的报告", "一、加强理论学习", "组织集中学习**次。", "二、改进文风会风", "四、强化督促检查", "全年完成调研。"];

function setup() {
  const sim = createSimulatedWord({ paragraphs: DOC });
  return { sim, word: createWordGateway(sim.host) };
}

/** What the writer sees of the placeholders and the numbering: the excerpts of their findings (the structure hints aside). */
const excerpts = (findings: readonly Finding[]) =>
  findings.filter((f) => f.category === "placeholder" || (f.category === "numbering" && f.severity !== "info")).map((f) => f.excerpt);

describe("the check's kept analysis", () => {
  let analysed: jest.SpyInstance;
  beforeEach(() => (analysed = jest.spyOn(engine, "checkInSteps")));
  afterEach(() => analysed.mockRestore());

  it("a 重新检查 of a document nobody changed shows the same findings without analysing the text again", async () => {
    const { word } = setup();
    const first = await startCheck(word);
    const runs = analysed.mock.calls.length;
    expect(runs).toBe(1); // the spy sees the engine's runs
    const again = await startCheck(word);
    expect(analysed.mock.calls.length).toBe(runs);
    expect(again.result.open).toEqual(first.result.open);
    expect(excerpts(again.result.open)).toEqual(["**", "四、"]);
  });

  it("one character typed since the last check is analysed: the new placeholder is found, the filled one is gone", async () => {
    const { sim, word } = setup();
    await startCheck(word);
    sim.doc.setParagraphText(2, "组织集中学习12次。");
    sim.doc.setParagraphText(5, "全年完成调研XX次。");
    const again = await startCheck(word);
    expect(excerpts(again.result.open)).toEqual(["四、", "XX"]);
  });

  it("a document analysed ahead is not analysed again by the check that finds it unchanged", async () => {
    const { word } = setup();
    const read = await word.readSnapshot();
    analysesOf(word, "text").ahead(read, partOptions({}, "text"));
    const runs = analysed.mock.calls.length;
    expect(runs).toBe(1);
    const text = await startCheck(word);
    expect(analysed.mock.calls.length).toBe(runs);
    expect(excerpts(text.result.open)).toEqual(["**", "四、"]);
  });

  it("a document edited after the analysis ahead is checked as it is at the click", async () => {
    const { sim, word } = setup();
    analysesOf(word, "text").ahead(await word.readSnapshot(), partOptions({}, "text"));
    sim.doc.setParagraphText(4, "三、强化督促检查");
    const text = await startCheck(word);
    expect(excerpts(text.result.open)).toEqual(["**"]);
  });

  it("an analysis ahead with other options (a house style changed since) is not used", async () => {
    const { word } = setup();
    analysesOf(word, "text").ahead(await word.readSnapshot(), partOptions({ categories: { placeholder: false } }, "text"));
    const text = await startCheck(word);
    expect(excerpts(text.result.open)).toEqual(["**", "四、"]);
  });

  it("a check cancelled during its analysis stops it; the next check analyses and shows the findings", async () => {
    const { word } = setup();
    const controller = new AbortController();
    const cancelled = startCheck(word, (phase) => (phase === "analysing" ? controller.abort() : undefined), controller.signal);
    await expect(cancelled).rejects.toBeInstanceOf(CheckCancelled);
    const text = await startCheck(word);
    expect(excerpts(text.result.open)).toEqual(["**", "四、"]);
  });

  it("an analysis ahead runs to its end on its own, and a later check uses it", async () => {
    const { word } = setup();
    const analyses = analysesOf(word, "text");
    const read = await word.readSnapshot();
    analyses.ahead(read, partOptions({}, "text"));
    // Without requestIdleCallback (Node, Safari) the turns are paced by timers: let them run.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const runs = analysed.mock.calls.length;
    const { findings } = await analyses.analysed(read, partOptions({}, "text"));
    expect(analysed.mock.calls.length).toBe(runs);
    expect(excerpts(findings)).toEqual(["**", "四、"]);
  });

  it("each document host keeps its own analysis", async () => {
    const one = setup();
    const other = createWordGateway(createSimulatedWord({ paragraphs: ["一、总体情况", "完成XX项。"] }).host);
    await startCheck(one.word);
    const text = await startCheck(other);
    expect(excerpts(text.result.open)).toEqual(["XX"]);
  });
});

describe("an analysis ahead never gets in the way of a check", () => {
  it("a read 概览 makes while a check analyses (the document edited meanwhile) does not cancel the check", async () => {
    const { word } = setup();
    const read = await word.readSnapshot();
    const edited = { paragraphs: read.paragraphs.map((p, i) => (i === 5 ? { ...p, text: "全年完成调研XX次。" } : p)) };
    // Right after the check's analysis has begun (its first turn), 概览 hands over its read of the edited document.
    const text = startCheck(word, (phase) => {
      if (phase === "analysing") queueMicrotask(() => analysesOf(word, "text").ahead(edited, partOptions({}, "text")));
    });
    expect(excerpts((await text).result.open)).toEqual(["**", "四、"]);
  });
});
