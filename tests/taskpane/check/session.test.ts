/**
 * The 检查 tab's logic against the simulated Word host: what the writer sees after 检查, 修正 and 全部修正, and what
 * the document contains afterwards, including Word failing midway and the writer editing between check and fix.
 */
import { createSimulatedWord } from "../../../src/playground/fakeWord/host";
import { createWordGateway } from "../../../src/word/officeGateway";
import { CheckCancelled, readIgnoreKeys, runCheck, writeIgnoreKeys, keyOf, classify } from "../../../src/taskpane/check/session";
import { applyFindingFixes } from "../../../src/taskpane/check/fixes";
import { describeFixOutcome } from "../../../src/taskpane/check/describeFixOutcome";
import { checkDocument } from "../../../src/core/engine";

const DOC = [
  "关于2025年工作情况的报告",
  "2025年以来，我办认真贯彻落实上级部署，现将有关情况报告如下：",
  "一、加强理论学习",
  "组织集中学习**次，撰写心得XX篇。",
  "二、改进文风会风",
  "四、强化督促检查",
  "五、存在的问题",
  "一是学习不够深入；二是调研不够扎实。",
  "六、下一步打算",
  "下一步，我们将继续努力。",
];

function setup(paragraphs = DOC) {
  const sim = createSimulatedWord({ paragraphs });
  return { sim, word: createWordGateway(sim.host) };
}

describe("检查 session over the simulated Word", () => {
  it("reads the document in one round trip and finds the gap and the placeholders", async () => {
    const { sim, word } = setup();
    const before = sim.syncCount();
    const result = await runCheck(word);
    expect(sim.syncCount() - before).toBe(1);
    const numbering = result.open.filter((f) => f.category === "numbering");
    expect(numbering.map((f) => [f.paragraphIndex, f.excerpt])).toEqual([
      [5, "四、"],
      [6, "五、"],
      [8, "六、"],
    ]);
    const placeholders = result.open.filter((f) => f.category === "placeholder").map((f) => f.excerpt);
    expect(placeholders).toEqual(["**", "XX"]);
  });

  it("全部修正 on numbering renumbers the run in at most two round trips and leaves placeholders flagged", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    const before = sim.syncCount();
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    expect(sim.syncCount() - before).toBeLessThanOrEqual(2);
    expect(outcome.applied).toHaveLength(3);
    expect(sim.doc.texts().slice(5, 9)).toEqual(["三、强化督促检查", "四、存在的问题", "一是学习不够深入；二是调研不够扎实。", "五、下一步打算"]);
    const again = await runCheck(word);
    expect(again.open.filter((f) => f.category === "numbering")).toEqual([]);
    expect(again.open.filter((f) => f.category === "placeholder")).toHaveLength(2);
    expect(describeFixOutcome(outcome)).toEqual({ intent: "success", text: "已修正 3 处，可用 Word 的“撤消”恢复。" });
  });

  it("never fixes a paragraph the writer edited after the check, and says so", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    sim.doc.setParagraphText(5, "四、强化督促检查和考核");
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    expect(sim.doc.texts()[5]).toBe("四、强化督促检查和考核");
    expect(outcome.skipped.map((f) => f.paragraphIndex)).toEqual([5]);
    expect(outcome.applied.map((f) => f.paragraphIndex)).toEqual([6, 8]);
    expect(describeFixOutcome(outcome).intent).toBe("warning");
  });

  it("tells exactly which fixes landed when Word fails midway", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    sim.failOn({ op: "insertText", nth: 2, code: "GeneralException" });
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    expect(outcome.failure?.unknown).toBe(false);
    const landed = outcome.applied.map((f) => f.paragraphIndex);
    const notLanded = outcome.failure?.notReached.map((f) => f.paragraphIndex) ?? [];
    expect([...landed, ...notLanded].sort()).toEqual([5, 6, 8]);
    // What the report says landed is what the document shows; nothing else changed.
    const texts = sim.doc.texts();
    for (const index of [5, 6, 8]) {
      const fixed = texts[index] !== DOC[index];
      expect(fixed).toBe(landed.includes(index));
    }
    texts.forEach((text, index) => {
      if (![5, 6, 8].includes(index)) expect(text).toBe(DOC[index]);
    });
    const notice = describeFixOutcome(outcome);
    expect(notice.intent).toBe("error");
    expect(notice.text).toContain(`已修正 ${landed.length} 处`);
    expect(notice.text).toContain(`未修正 ${notLanded.length} 处`);
  });

  it("keeps ignored findings in the document, keyed on their text, and can undo the ignore", async () => {
    const { word } = setup();
    const result = await runCheck(word);
    const placeholder = result.open.find((f) => f.category === "placeholder");
    if (!placeholder) throw new Error("no placeholder found");
    await writeIgnoreKeys(word, [keyOf(result, placeholder)]);
    expect(await readIgnoreKeys(word)).toHaveLength(1);
    const again = await runCheck(word);
    expect(again.ignored.map((f) => f.excerpt)).toEqual([placeholder.excerpt]);
    expect(again.open).not.toContainEqual(expect.objectContaining({ paragraphIndex: placeholder.paragraphIndex, excerpt: placeholder.excerpt }));
    const undone = classify(again.snapshot, checkDocument(again.snapshot), []);
    expect(undone.ignored).toEqual([]);
  });

  it("survives a damaged ignore list in the document", async () => {
    const { word } = setup();
    await word.writeDocumentSetting("gongwen.ignoredFindings", "{not json");
    expect(await readIgnoreKeys(word)).toEqual([]);
    const result = await runCheck(word);
    expect(result.ignored).toEqual([]);
    expect(result.open.filter((f) => f.category === "placeholder").map((f) => f.excerpt)).toEqual(["**", "XX"]);
  });

  it("checks an empty document without error and finds nothing to fix", async () => {
    const { word } = setup([""]);
    const result = await runCheck(word);
    expect(result.open.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reports its phases and stops when the writer cancels, before analysing", async () => {
    const { word } = setup();
    const controller = new AbortController();
    const phases: string[] = [];
    const check = runCheck(
      word,
      (phase) => {
        phases.push(phase);
        if (phase === "reading") controller.abort(); // the writer clicks 取消 while Word is being read
      },
      controller.signal,
    );
    await expect(check).rejects.toBeInstanceOf(CheckCancelled);
    expect(phases).toEqual(["reading"]);
  });

  it("a cancel during the read settles at once, without waiting for Word", async () => {
    const { word } = setup();
    let finishRead: (() => void) | undefined;
    const slowWord = {
      ...word,
      readSnapshot: () => new Promise<Awaited<ReturnType<typeof word.readSnapshot>>>((resolve) => (finishRead = () => void word.readSnapshot().then(resolve))),
    };
    const controller = new AbortController();
    const check = runCheck(slowWord, undefined, controller.signal);
    controller.abort();
    await expect(check).rejects.toBeInstanceOf(CheckCancelled);
    finishRead?.(); // Word answers late: nothing happens with it
  });
});
