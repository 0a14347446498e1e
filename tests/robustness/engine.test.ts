/**
 * Robustness of the engine and the fixer on generated and adversarial input: it never throws, every finding
 * satisfies the contract of src/core/finding.ts, fixes touch only their ranges and fixing converges.
 * Deterministic by default; ROBUSTNESS_SEED=<n> or =random explores other inputs (failures print the seed).
 */
import { checkDocument } from "../../src/core/engine";
import type { DocParagraph, DocSnapshot } from "../../src/core/model";
import { generateDocument } from "../support/generateDocument";
import { baseSeed, createRandom } from "../support/random";
import { findingProblems, fixProblems, fixUntilStable, withSeed } from "./invariants";
import { fiftyThousandParagraphs, mutate, numberingLike } from "./noise";

const SEED = baseSeed(5_150_001);

const p = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({ text, tableNestingLevel: 0, ...extra });
const doc = (...paragraphs: DocParagraph[]): DocSnapshot => ({ paragraphs });

/** The whole contract on one document; returns the findings. */
function assertContract(snapshot: DocSnapshot, seed: number, label: string) {
  return withSeed(seed, label, () => {
    let findings: ReturnType<typeof checkDocument> = [];
    expect(() => (findings = checkDocument(snapshot))).not.toThrow();
    expect(findingProblems(snapshot, findings)).toEqual([]);
    const { problems, fixed } = fixProblems(snapshot, findings);
    expect(problems).toEqual([]);
    // The fixed document obeys the contract too.
    expect(findingProblems(fixed, checkDocument(fixed))).toEqual([]);
    // Fixing settles: check, fix, re-check leaves nothing fixable within 3 passes.
    const stable = fixUntilStable(snapshot);
    const leftFixable = stable.converged ? [] : checkDocument(stable.final).filter((f) => f.fix);
    expect(leftFixable.map((f) => `${f.ruleId}@¶${f.paragraphIndex} ${f.excerpt}`)).toEqual([]);
    expect(stable.passes).toBeLessThanOrEqual(3);
    return findings;
  });
}

describe("edge-case documents", () => {
  it.each([
    ["no paragraphs", doc()],
    ["one empty paragraph", doc(p(""))],
    ["only spaces and tabs", doc(p(" \t　\u00a0"), p(""), p("\t"))],
    ["only markers", doc(p("一、"), p("（一）"), p("1."), p("（1）"), p("一是"), p("二是"), p("*"), p("XX"))],
    ["emoji and astral CJK around markers", doc(p("😀一、𠮷总体情况"), p("一是😀推进；二是𠮷落实；四是👍。"), p("累计𠮷XX个，😀**次"), p("（二）😀"))],
    ["combining marks", doc(p("一\u0301、工作"), p("X\u0301X个"), p("一是\u0300甲；三\u0301是乙。"), p("（一\u0300）甲"))],
    ["mixed widths", doc(p("一、甲"), p("（１）乙"), p("１．丙"), p("ＸＸ个"), p("三 是丁"), p("（二)戊"), p("(三）己"))],
    ["tabs and non-breaking spaces in markers", doc(p("\t一、甲"), p("\u00a0（一）乙"), p("一\u00a0、丙"), p("（\u00a0二）丁"), p("一是甲；二\u00a0是乙；三\t是丙。"))],
    ["lone surrogates", doc(p("\ud800一、甲"), p("一是\udc00乙；二是丙。"), p("XX\ud83d"))],
    ["tables", doc(p("一、甲"), p("1", { tableNestingLevel: 1 }), p("一、二季度", { tableNestingLevel: 1 }), p("（二）", { tableNestingLevel: 2 }), p("XX", { tableNestingLevel: 1 }), p("二、乙"))],
    [
      "automatic numbering",
      doc(p("总体", { listString: "一、", listLevel: 0 }), p("甲", { listString: "（一）", listLevel: 1 }), p("乙", { listString: "（三）", listLevel: 1 }), p("", { listString: "1.", listLevel: 2 }), p("三、丙", { listString: "二、", listLevel: 0 })),
    ],
    ["odd listStrings", doc(p("甲", { listString: "" }), p("乙", { listString: "●" }), p("丙", { listString: "第一章" }), p("丁", { listString: "😀" }))],
  ])("%s", (label, snapshot) => {
    assertContract(snapshot, SEED, label);
  });
});

describe("large documents", () => {
  it("one paragraph of 200,000 characters", () => {
    const r = createRandom(SEED);
    const generated = generateDocument({ pages: 300, seed: SEED, defectRate: 0.1 });
    // Every paragraph of a long report run into one: markers mid-paragraph, enumerations back to back.
    const text = generated.snapshot.paragraphs.map((q) => q.text).join(r.pick(["", "。", "；"])).slice(0, 200_000);
    expect(text.length).toBe(200_000);
    assertContract(doc(p(text)), SEED, "200k paragraph");
  });

  it("160,000 heading-like lines (issue 9: Math.min(...items) overflowed the stack) are checked, not a RangeError", () => {
    const lines = Array.from({ length: 160_000 }, (_, i) => p(`${(i % 40) + 1}.第${i}项工作`));
    let findings: ReturnType<typeof checkDocument> = [];
    expect(() => (findings = checkDocument({ paragraphs: lines }))).not.toThrow();
    expect(findings.length).toBeGreaterThan(0);
  });

  it("50,000 paragraphs", () => {
    assertContract(fiftyThousandParagraphs(SEED + 1), SEED + 1, "50k paragraphs");
  });
});

describe("generated work summaries", () => {
  const SEEDS = Array.from({ length: 12 }, (_, i) => SEED + 100 + i);

  it.each(SEEDS)("seed %i: contract holds, also after mutating the text", (seed) => {
    const r = createRandom(seed);
    const generated = generateDocument({ pages: r.int(2, 15), seed, defectRate: 0.15, placeholderRate: 0.3 });
    assertContract(generated.snapshot, seed, "generated");
    const mutated = { paragraphs: generated.snapshot.paragraphs.map((q) => (r.chance(0.3) ? { ...q, text: mutate(r, q.text) } : q)) };
    assertContract(mutated, seed, "generated + mutations");
  });

  it.each(SEEDS)("seed %i: every injected heading and placeholder defect is reported in its paragraph", (seed) => {
    const generated = generateDocument({ pages: 20, seed, defectRate: 0.1 });
    const findings = checkDocument(generated.snapshot);
    // Reported: a finding on the paragraph, or one whose fix rewrites it (a run's markers written alike are one finding).
    const covers = (f: (typeof findings)[number], index: number) => f.paragraphIndex === index || (f.fix?.edits ?? []).some((e) => e.paragraphIndex === index);
    const missed = generated.defects
      .filter((d) => !findings.some((f) => covers(f, d.paragraphIndex) && f.category === d.category && f.severity !== "info"))
      .map((d) => `${d.kind} ¶${d.paragraphIndex}: ${generated.snapshot.paragraphs[d.paragraphIndex].text.slice(0, 40)}`);
    withSeed(seed, "defect recall", () => expect(missed).toEqual([]));
  });
});

describe("numbering-like noise", () => {
  it("300 documents of random strings from a marker-rich alphabet", () => {
    for (let k = 0; k < 300; k++) {
      const seed = SEED + 10_000 + k;
      const r = createRandom(seed);
      const paragraphs = Array.from({ length: r.int(1, 30) }, () =>
        p(numberingLike(r, 40), r.chance(0.1) ? { tableNestingLevel: 1 } : r.chance(0.1) ? { listString: r.pick(["一、", "（二）", "3.", "（4）", "五)", ""]), listLevel: r.int(0, 3) } : {}),
      );
      assertContract(doc(...paragraphs), seed, `noise document ${k}`);
    }
  });
});
