/** The test build's report to office-addin-test-server, over the simulated Word and a recorded fetch. */
import { createSimulatedWord } from "../../src/playground/fakeWord";
import { reportToTestServer } from "../../src/taskpane/testServerReport";
import { createWordGateway } from "../../src/word/officeGateway";
import { wordSelfTestBench } from "../../src/word/selfTestBench";
import { CONTRACT_CHECKS } from "../../src/host/contract";

const SERVER = "https://localhost:4201";

function recorder(pingOk: boolean | "down") {
  const calls: { url: string; method: string }[] = [];
  const fetchFn = async (url: string, init?: { method: string }) => {
    calls.push({ url, method: init?.method ?? "GET" });
    if (url.endsWith("/ping") && pingOk === "down") throw new TypeError("Failed to fetch");
    return { ok: url.endsWith("/ping") ? pingOk === true : true };
  };
  return { calls, fetchFn };
}

function posted(calls: { url: string }[]) {
  const url = new URL(calls[1].url);
  return JSON.parse(url.searchParams.get("data") ?? "null");
}

describe("reporting the 自检 to office-addin-test-server", () => {
  it("runs the self-test when a test run is waiting and posts one point per check, in the server's query format", async () => {
    const sim = createSimulatedWord();
    const { calls, fetchFn } = recorder(true);
    expect(await reportToTestServer(createWordGateway(sim.host), wordSelfTestBench(sim.host), SERVER, fetchFn)).toBe(true);
    expect(calls.map((c) => [c.method, c.url.split("?")[0]])).toEqual([["GET", `${SERVER}/ping`], ["POST", `${SERVER}/results`]]);
    const data = posted(calls);
    expect(data.points.map((p: { id: string }) => p.id)).toEqual(CONTRACT_CHECKS.map((c) => c.id));
    // Real Word has no writer simulation: that one point is skipped, with why; the run as a whole has not passed.
    expect(data.points.filter((p: { verdict: string }) => p.verdict !== "通过")).toEqual([
      { id: "replace.retypedBetweenRoundTrips", verdict: "跳过", observed: expect.stringContaining("未运行") },
    ]);
    expect(data.note).toBe("测试内容已全部删除，文档恢复为空白。");
    expect(calls[1].url.length).toBeLessThan(8000);
    expect(sim.doc.texts()).toEqual([""]);
  });

  it("posts a refusal when the open document has text, and leaves it alone", async () => {
    const sim = createSimulatedWord({ paragraphs: ["一、总体情况"] });
    const { calls, fetchFn } = recorder(true);
    await reportToTestServer(createWordGateway(sim.host), wordSelfTestBench(sim.host), SERVER, fetchFn);
    expect(posted(calls)).toEqual({ outcome: "refused", passed: false, points: [], note: expect.stringContaining("空白文档") });
    expect(sim.doc.texts()).toEqual(["一、总体情况"]);
  });

  it.each([[false], ["down" as const]])("does nothing when no test run is waiting (ping %s)", async (ping) => {
    const sim = createSimulatedWord();
    const { calls, fetchFn } = recorder(ping);
    expect(await reportToTestServer(createWordGateway(sim.host), wordSelfTestBench(sim.host), SERVER, fetchFn)).toBe(false);
    expect(calls).toHaveLength(1);
    expect(sim.syncCount()).toBe(0);
  });
});
