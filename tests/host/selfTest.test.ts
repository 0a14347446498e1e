/**
 * 自检 as the pane runs it: Word's own set-up code (src/word/selfTestBench.ts) over the simulated Word, refusing a
 * document with text and leaving a blank one blank.
 */
import { CONTRACT_CHECKS, runSelfTest } from "../../src/host/contract";
import { createSimulatedWord } from "../../src/playground/fakeWord";
import { playgroundSelfTestBench } from "../../src/playground/selfTestBench";
import { wordSelfTestBench } from "../../src/word/selfTestBench";
import { createWordGateway } from "../../src/word/officeGateway";

function setUp(paragraphs: string[] = [""]) {
  const sim = createSimulatedWord({ paragraphs });
  return { sim, host: createWordGateway(sim.host) };
}

describe("自检 (runSelfTest)", () => {
  it("passes every check with Word's set-up code in a blank document, and leaves it blank", async () => {
    const { sim, host } = setUp();
    const progress: number[] = [];
    const outcome = await runSelfTest(host, playgroundSelfTestBench(sim, wordSelfTestBench(sim.host)), (done) => progress.push(done));
    if (outcome.kind !== "done") throw new Error(outcome.reason);
    expect(outcome.report.lines.filter((l) => !l.startsWith("[通过]"))).toEqual([]);
    expect(outcome.report.lines).toHaveLength(CONTRACT_CHECKS.length);
    expect(progress).toEqual(CONTRACT_CHECKS.map((_, i) => i));
    expect(outcome).toMatchObject({ cleanedUp: true, cleanUpNote: "测试内容已全部删除，文档恢复为空白。" });
    expect(sim.doc.texts()).toEqual([""]);
    expect(sim.doc.comments()).toEqual([]);
    expect(sim.savedSettings()).not.toHaveProperty("contractSelfTest");
  });

  it("sets up Chinese list numbers and a table through OOXML as Word reads them back", async () => {
    const { sim } = setUp();
    await wordSelfTestBench(sim.host).setParagraphs([{ text: "总体情况", listString: "一、" }, { text: "细项", listString: "（3）" }, "正文", { text: "格", inTable: true }]);
    expect(sim.doc.paragraphs().map((p) => [p.text, p.listString ?? "", p.tableNestingLevel])).toEqual([
      ["总体情况", "一、", 0],
      ["细项", "（3）", 0],
      ["正文", "", 0],
      ["格", "", 1],
    ]);
  });

  it("places the cursor and selections by Find, as in Word, where offsets do not exist", async () => {
    const { sim } = setUp();
    const bench = wordSelfTestBench(sim.host);
    await bench.setParagraphs(["甲乙丙丁", "戊己"]);
    await bench.setSelection(0, 2);
    expect(sim.doc.selection()).toMatchObject({ paragraphIndex: 0, start: 2, end: 2 });
    await bench.setSelection(0, 1, 3);
    expect(sim.doc.selection()).toMatchObject({ paragraphIndex: 0, start: 1, end: 3 });
    await bench.setSelection(1, 2);
    expect(sim.doc.selection()).toMatchObject({ paragraphIndex: 1, start: 2, end: 2 });
    await bench.setSelection(1, 0);
    expect(sim.doc.selection()).toMatchObject({ paragraphIndex: 1, start: 0, end: 0 });
  });

  it("refuses a document with text and touches nothing", async () => {
    const { sim, host } = setUp(["一、总体情况", "今年以来……"]);
    const outcome = await runSelfTest(host, wordSelfTestBench(sim.host));
    expect(outcome).toEqual({ kind: "refused", reason: expect.stringContaining("请新建一个空白文档") });
    expect(sim.doc.texts()).toEqual(["一、总体情况", "今年以来……"]);
    expect(sim.syncCount()).toBe(1); // one read, no write
  });

  it("in real Word (no writer simulation) skips the between-round-trips check and says why", async () => {
    const { sim, host } = setUp();
    const outcome = await runSelfTest(host, wordSelfTestBench(sim.host));
    if (outcome.kind !== "done") throw new Error(outcome.reason);
    const notPassed = outcome.report.lines.filter((l) => !l.startsWith("[通过]"));
    expect(notPassed).toEqual([expect.stringMatching(/^\[跳过\] replace\.retypedBetweenRoundTrips.*未运行：此环境无法模拟作者在两次往返之间输入/)]);
  });

  it("says so when the document cannot be emptied afterwards, and still reports every check", async () => {
    const { sim, host } = setUp();
    const bench = { ...playgroundSelfTestBench(sim, wordSelfTestBench(sim.host)), clear: () => Promise.reject(new Error("文档已锁定")) };
    const outcome = await runSelfTest(host, bench);
    if (outcome.kind !== "done") throw new Error(outcome.reason);
    expect(outcome.report.lines).toHaveLength(CONTRACT_CHECKS.length);
    expect(outcome.cleanedUp).toBe(false);
    expect(outcome.cleanUpNote).toMatch(/^未能完全删除测试内容（清空文档：文档已锁定；文档中仍有文字）/);
  });

  it("a failing point says what the writer will meet instead", async () => {
    const { sim, host } = setUp();
    // A Word whose selection lands one character late: 定位 is off, the report says what that means for the writer.
    const bench = playgroundSelfTestBench(sim, wordSelfTestBench(sim.host));
    const select = host.selectSpan.bind(host);
    const offByOne = { ...host, selectSpan: async (t: Parameters<typeof host.selectSpan>[0]) => select({ ...t, start: t.start + 1, end: t.end + 1 }) };
    const outcome = await runSelfTest(offByOne, bench, undefined, CONTRACT_CHECKS.filter((c) => c.id === "select.span"));
    if (outcome.kind !== "done") throw new Error(outcome.reason);
    expect(outcome.report.lines[0]).toMatch(/^\[未通过\] select\.span.*（影响：点击“定位”后选中的文字可能有偏移/);
  });
});
