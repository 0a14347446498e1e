import { CATEGORY_NAMES, VERDICT_READY, verdictPending } from "../../src/core/messages";
import { checkDocument, checkInSteps, defaultCheckOptions, summarizeFindings } from "../../src/core/engine";
import { snapshotFromLines } from "../../src/core/model";
import { CATEGORIES } from "../../src/core/finding";
import { generateDocument } from "../support/generateDocument";
import { RULES } from "../../src/core/rules/registry";

describe("checkDocument", () => {
  const doc = snapshotFromLines("一、甲\n累计*篇，二是乙。\n三、丙\n某某单位");

  it("sorts findings by paragraph, then offset", () => {
    const f = checkDocument(doc);
    const keys = f.map((x) => [x.paragraphIndex, x.range[0]]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it("switches categories and rules off through options", () => {
    expect(checkDocument(doc, { categories: { placeholder: false } }).some((f) => f.category === "placeholder")).toBe(false);
    expect(checkDocument(doc, { rules: { "placeholder-name": false } }).some((f) => f.ruleId === "placeholder-name")).toBe(false);
    expect(checkDocument(doc, { rules: { "placeholder-name": false } }).some((f) => f.ruleId === "placeholder")).toBe(true);
  });

  it("has defaults for every option group", () => {
    expect(defaultCheckOptions.numbering.canonicalShapes).toEqual({ 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" });
    expect(defaultCheckOptions.structure.hints).toBe(true);
    expect(defaultCheckOptions.placeholder.flagFootnoteStar).toBe(true);
  });

  it("every finding's excerpt is the text at its range", () => {
    for (const f of checkDocument(doc)) expect(f.excerpt).toBe(doc.paragraphs[f.paragraphIndex].text.slice(f.range[0], f.range[1]));
  });
});

describe("checkInSteps (the pane's check, a turn for the browser between rules)", () => {
  const draft = snapshotFromLines(["一、总体情况", "完成XX项,其中三、四月。。", "三、下步打算", "一是抓学习；三是抓落实。"].join("\n"));

  it("pauses once after each rule that runs and ends with exactly checkDocument's findings", () => {
    const steps = checkInSteps(draft);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(RULES.length);
    expect(step.value).toEqual(checkDocument(draft));
    expect(step.value.length).toBeGreaterThan(3);
  });

  it("skips the rules a house style switches off, without a pause for them", () => {
    const steps = checkInSteps(draft, { categories: { punctuation: false } });
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(RULES.filter((r) => r.meta.category !== "punctuation").length);
  });
});

describe("rule registry", () => {
  it("lists rules with unique ids and complete Chinese metadata", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.meta.description).toMatch(/[\u4e00-\u9fff]/);
      expect(r.meta.basis.length).toBeGreaterThan(0);
    }
  });
});

describe("summarizeFindings", () => {
  it("counts per category and gives the verdict from the catalogue", () => {
    const s = summarizeFindings(checkDocument(snapshotFromLines("一、甲\n三、乙\n累计*篇")));
    const numbering = s.categories.find((c) => c.category === "numbering")!;
    expect(numbering.name).toBe(CATEGORY_NAMES.numbering);
    expect(numbering.error).toBe(1);
    expect(s.categories.find((c) => c.category === "placeholder")!.error).toBe(1);
    expect(s.blocking).toBe(2);
    expect(s.ready).toBe(false);
    expect(s.verdict).toBe(verdictPending(2));
  });

  it("counts every finding of a long document once, in its category and severity", () => {
    const findings = checkDocument(generateDocument({ pages: 50, seed: 11 }).snapshot);
    const s = summarizeFindings(findings);
    for (const c of s.categories) {
      const own = findings.filter((f) => f.category === c.category);
      expect([c.error, c.warning, c.info, c.total]).toEqual(["error", "warning", "info"].map((v) => own.filter((f) => f.severity === v).length).concat(own.length));
    }
    expect(s.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(s.categories.reduce((n, c) => n + c.total, 0)).toBe(findings.length);
    expect(s.blocking).toBe(findings.filter((f) => f.severity !== "info").length);
    expect(s.blocking).toBeGreaterThan(0);
    expect(s.verdict).toBe(verdictPending(s.blocking));
  });

  it("info hints do not block", () => {
    const s = summarizeFindings(checkDocument(snapshotFromLines("工作总结\n一、甲\n1、子\n2、子")));
    expect(s.blocking).toBe(0);
    expect(s.ready).toBe(true);
    expect(s.verdict).toBe(VERDICT_READY);
    expect(s.categories.reduce((n, c) => n + c.info, 0)).toBeGreaterThan(0);
  });
});
