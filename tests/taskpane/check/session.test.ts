/**
 * The 检查 tab's logic against the simulated Word host: what the writer sees after 检查, 修正 and 全部修正, and what
 * the document contains afterwards, including Word failing midway and the writer editing between check and fix.
 */
import { createSimulatedWord } from "../../../src/playground/fakeWord/host";
import { createWordGateway } from "../../../src/word/officeGateway";
import { CheckCancelled, readIgnoreKeys, runCheck, startCheck, writeIgnoreKeys, keyOf, classify, MAX_IGNORE_SETTING_CHARS } from "../../../src/taskpane/check/session";
import { joinLayout } from "../../../src/taskpane/check/layoutJoin";
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
  it("reads the text in one round trip and finds the gap and the placeholders; the layout comes in one more", async () => {
    const { sim, word } = setup();
    const before = sim.syncCount();
    const text = await startCheck(word);
    expect(sim.syncCount() - before).toBe(1);
    expect(text.result.layoutCheck).toBe("pending");
    expect(text.result.open.filter((f) => f.category === "layout")).toEqual([]);
    const result = joinLayout(text.result, await text.layout!());
    expect(sim.syncCount() - before).toBe(2);
    expect(result.layoutCheck).toBeUndefined();
    expect(result.open.filter((f) => f.category === "layout")).not.toEqual([]);
    const numbering = result.open.filter((f) => f.category === "numbering");
    // One finding at the gap; its fix renumbers the rest of the run (issue 8).
    expect(numbering.map((f) => [f.paragraphIndex, f.excerpt])).toEqual([[5, "四、"]]);
    expect(numbering[0].fix?.edits.map((e) => [e.paragraphIndex, e.text])).toEqual([
      [5, "三、"],
      [6, "四、"],
      [8, "五、"],
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
    expect(outcome.applied).toHaveLength(1);
    expect(outcome.written).toHaveLength(3);
    expect(sim.doc.texts().slice(5, 9)).toEqual(["三、强化督促检查", "四、存在的问题", "一是学习不够深入；二是调研不够扎实。", "五、下一步打算"]);
    const again = await runCheck(word);
    expect(again.open.filter((f) => f.category === "numbering")).toEqual([]);
    expect(again.open.filter((f) => f.category === "placeholder")).toHaveLength(2);
    expect(describeFixOutcome(outcome)).toEqual({ intent: "success", text: "已修正 1 处（共改动 3 处编号或文字），可用 Word 的“撤消”恢复。" });
  });

  it("never fixes a paragraph the writer edited after the check, nor the rest of that fix, and says so", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    sim.doc.setParagraphText(6, "五、存在的主要问题");
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    // The renumbering touches ¶5, ¶6 and ¶8 together: with ¶6 changed, none of them is written.
    expect(sim.doc.texts()).toEqual([...DOC.slice(0, 6), "五、存在的主要问题", ...DOC.slice(7)]);
    expect(outcome.skipped.map((f) => f.paragraphIndex)).toEqual([5]);
    expect(outcome.applied).toEqual([]);
    expect(describeFixOutcome(outcome).intent).toBe("warning");
  });

  it("a renumbering whose one paragraph the writer retypes between the two round trips is reported as written in part", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    const start = sim.syncCount();
    const stop = sim.beforeSync((n) => {
      if (n === start + 2) sim.doc.setParagraphText(6, "五、存在的主要问题");
    });
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    stop();
    // Word's edit of ¶6 is taken back (the writer's text wins); ¶5 and ¶8 were written in the same batch.
    expect(sim.doc.texts().slice(5, 9)).toEqual(["三、强化督促检查", "五、存在的主要问题", DOC[7], "五、下一步打算"]);
    expect(outcome.partly.map((f) => f.paragraphIndex)).toEqual([5]);
    expect(outcome.applied).toEqual([]);
    const notice = describeFixOutcome(outcome);
    expect(notice.intent).toBe("warning");
    expect(notice.text).toContain("只改了一部分 1 处");
  });

  it("says plainly when a fix was left because an earlier fix renumbers the same marker (not a change by the writer)", async () => {
    const { word } = setup(["一、甲", "三、乙", "四、丙", "四、丁", "五、戊"]);
    const result = await runCheck(word);
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    expect(outcome.applied.map((f) => f.paragraphIndex)).toEqual([1]);
    expect(outcome.superseded.map((f) => f.paragraphIndex)).toEqual([3]);
    expect(outcome.skipped).toEqual([]);
    const notice = describeFixOutcome(outcome);
    expect(notice.intent).toBe("success");
    expect(notice.text).not.toContain("修改过");
    expect((await runCheck(word)).open.filter((f) => f.category === "numbering")).toEqual([]);
  });

  it("tells exactly which fixes landed when Word fails midway", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    sim.failOn({ op: "insertText", nth: 2, code: "GeneralException" });
    const outcome = await applyFindingFixes(word, result.snapshot, result.open.filter((f) => f.category === "numbering"));
    expect(outcome.failure?.unknown).toBe(false);
    // Word wrote the first heading of the renumbering and failed on the second: the fix landed in part, and the
    // writer is told so, by paragraph.
    expect(outcome.applied).toEqual([]);
    expect(outcome.partly.map((f) => f.paragraphIndex)).toEqual([5]);
    expect(outcome.written.map((e) => e.paragraphIndex)).toEqual([5]);
    const texts = sim.doc.texts();
    expect(texts[5]).toBe("三、强化督促检查");
    texts.forEach((text, index) => {
      if (index !== 5) expect(text).toBe(DOC[index]);
    });
    const notice = describeFixOutcome(outcome);
    expect(notice.intent).toBe("error");
    expect(notice.text).toContain("只改了一部分 1 处：第6段“四、”→“三、”");
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

  it("prunes ignores whose findings no longer exist when the list is next written (issue 9)", async () => {
    const { sim, word } = setup();
    const result = await runCheck(word);
    const [first, second] = result.open.filter((f) => f.category === "placeholder");
    await writeIgnoreKeys(word, [keyOf(result, first)]);
    sim.doc.setParagraphText(first.paragraphIndex, "组织集中学习12次，撰写心得XX篇。"); // the ignored ** is filled in
    const again = await runCheck(word);
    expect(again.ignored).toEqual([]);
    expect(again.ignoreKeys).toEqual([]);
    const next = again.open.find((f) => f.excerpt === second.excerpt)!;
    await writeIgnoreKeys(word, [...again.ignoreKeys, keyOf(again, next)]);
    expect(await readIgnoreKeys(word)).toEqual([keyOf(again, next)]);
  });

  it("keeps the ignore list within what the document's settings hold, dropping the oldest and saying how many", async () => {
    const { word } = setup();
    const keys = Array.from({ length: 3000 }, (_, i) => `placeholder\u241f前文${i}\u241fXX\u241f${"后文".repeat(40)}`);
    const dropped = await writeIgnoreKeys(word, keys);
    const stored = await readIgnoreKeys(word);
    expect(dropped).toBeGreaterThan(0);
    expect(stored).toEqual(keys.slice(dropped));
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(MAX_IGNORE_SETTING_CHARS);
    expect(JSON.stringify(keys.slice(dropped - 1)).length).toBeGreaterThan(MAX_IGNORE_SETTING_CHARS);
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
