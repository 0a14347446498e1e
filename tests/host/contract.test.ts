/** The host contract over the simulated Word: what the pane's 自检 will run inside real Word. */
import { CONTRACT_CHECKS, runContract } from "../../src/host/contract";
import { simulatedContract } from "./simulatedContract";

describe("host contract over the simulated Word", () => {
  it("has unique ids, Chinese titles and README points within the list", () => {
    const ids = CONTRACT_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CONTRACT_CHECKS) {
      expect(check.title).toMatch(/[\u4e00-\u9fff]/);
      expect(check.ifFails).toMatch(/[\u4e00-\u9fff]{8,}/);
      if (check.readmePoint !== undefined) expect(check.readmePoint).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(CONTRACT_CHECKS.map((c) => [c.id, c] as const))("%s passes in a fresh document", async (_, check) => {
    const { host, doc } = simulatedContract();
    const report = await runContract(host, doc, [check]);
    expect(report.lines).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ id: check.id, ok: true });
    expect(report.results[0].skipped).toBeUndefined();
  });

  it("passes as a whole in one shared document, as 自检 runs it, and the report lists every check", async () => {
    const { host, doc } = simulatedContract();
    const report = await runContract(host, doc, CONTRACT_CHECKS);
    expect(report.lines.filter((l) => !l.startsWith("[通过]"))).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.lines).toHaveLength(CONTRACT_CHECKS.length);
    CONTRACT_CHECKS.forEach((check, i) => {
      expect(report.lines[i]).toContain(check.id);
      expect(report.lines[i]).toContain(check.title);
      if (check.readmePoint !== undefined) expect(report.lines[i]).toContain(`要点 ${check.readmePoint}`);
    });
  });

  it("a check that throws fails with what it threw, and the rest still run", async () => {
    const { host, doc } = simulatedContract();
    const broken = { id: "broken", title: "故意出错", ifFails: "写作者看到的情形", run: () => Promise.reject(new Error("boom")) };
    const report = await runContract(host, doc, [broken, CONTRACT_CHECKS[0]]);
    expect(report.passed).toBe(false);
    expect(report.lines[0]).toBe("[未通过] broken 故意出错 — 出错：Error：boom（影响：写作者看到的情形）");
    expect(report.results[1].ok).toBe(true);
  });

  it("skips comments where the host says comments are unavailable, saying why", async () => {
    const { doc } = simulatedContract();
    const { createSimulatedWord } = await import("../../src/playground/fakeWord");
    const { createWordGateway } = await import("../../src/word/officeGateway");
    const old = createWordGateway(createSimulatedWord({ apiVersion: "1.3" }).host);
    const check = CONTRACT_CHECKS.find((c) => c.id === "comments.add");
    const report = await runContract(old, doc, check ? [check] : []);
    expect(report.results[0]).toMatchObject({ ok: true, skipped: true });
    expect(report.lines[0]).toMatch(/^\[跳过\] comments\.add（要点 19）.*WordApi 1\.4/);
  });

  it("passes the layout checks on a Word with WordApiDesktop 1.3 too (fonts through nameFarEast, the page through pageSetup)", async () => {
    const { host, doc } = simulatedContract({ desktopApiVersion: "1.3" });
    const checks = CONTRACT_CHECKS.filter((c) => c.id.startsWith("layout."));
    const report = await runContract(host, doc, checks);
    expect(report.lines.filter((l) => !l.startsWith("[通过]"))).toEqual([]);
    expect(report.lines.find((l) => l.includes("layout.page"))).toContain("报告已设置");
  });

  it("fails layout.apply on a Word where the East Asian font does not take, naming what to set by hand", async () => {
    const { host, doc } = simulatedContract();
    const check = CONTRACT_CHECKS.find((c) => c.id === "layout.apply");
    // Plays a Word whose font.name leaves the East Asian slot alone: the East Asian name never reaches the document.
    const lying = { ...host, applyLayout: (request: Parameters<typeof host.applyLayout>[0]) =>
      host.applyLayout({ ...request, paragraphs: request.paragraphs.map((p) => ({ ...p, layout: { ...p.layout, runs: p.layout.runs?.map((r) => ({ ...r, eastAsiaFont: undefined })) } })) }) };
    const report = await runContract(lying, doc, check ? [check] : []);
    expect(report.passed).toBe(false);
    expect(report.lines[0]).toMatch(/^\[未通过\] layout\.apply（要点 30） .*宋体.*（影响：.*手动设置/);
  });
});
