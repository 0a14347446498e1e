import { checkDocument } from "../../src/core/engine";
import { filterIgnored, ignoreKey, isLookAlikeKey, matchIgnores, occurrenceKey, occurrenceKeys, occurrenceSteps, sameFindingsKey } from "../../src/core/ignore";
import { groupKey } from "../../src/taskpane/check/groups";
import { snapshotFromLines } from "../../src/core/model";
import { STEP_MS } from "../../src/core/steps";
import { generateDocument } from "../support/generateDocument";

describe("ignore keys", () => {
  const doc = snapshotFromLines("开头。\n某某单位的工作很好。\n累计*篇");
  const findings = checkDocument(doc);
  const name = findings.find((f) => f.ruleId === "placeholder-name")!;

  it("are built from rule, excerpt and surrounding text, not offsets", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    expect(key).toContain("placeholder-name");
    expect(key).toContain("某某");
    expect(key).toContain("单位的工作很");
    expect(key).not.toMatch(/\b1\b/);
  });

  it("survive edits elsewhere: other paragraphs, and the same paragraph beyond the anchor", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    const edited = snapshotFromLines("新加的开头段。\n开头。\n某某单位的工作很好，群众满意度持续提升。\n累计*篇");
    const remaining = filterIgnored(checkDocument(edited), edited, [key]);
    expect(remaining.some((f) => f.ruleId === "placeholder-name")).toBe(false);
    expect(remaining.some((f) => f.ruleId === "placeholder")).toBe(true);
  });

  it("stop matching when the text around the finding changes", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    const edited = snapshotFromLines("开头。\n某某公司的账目。");
    expect(filterIgnored(checkDocument(edited), edited, new Set([key])).some((f) => f.ruleId === "placeholder-name")).toBe(true);
  });

  it("work for findings on Word automatic numbering", () => {
    const listDoc = { paragraphs: [{ text: "甲", listString: "一、", tableNestingLevel: 0 }, { text: "乙", listString: "三、", tableNestingLevel: 0 }] };
    const f = checkDocument(listDoc).find((x) => x.onListString && x.ruleId === "numbering-sequence")!;
    expect(filterIgnored([f], listDoc, [ignoreKey(f, listDoc.paragraphs[f.paragraphIndex].text)])).toEqual([]);
  });

  it("hold whole characters only: an emoji at the edge of the anchor is not cut in two", () => {
    const text = "甲😀乙丙丁戊己某某单位工作好😀很"; // the 6-unit anchors end inside each 😀
    const f = checkDocument(snapshotFromLines(text)).find((x) => x.ruleId === "placeholder-name")!;
    const key = ignoreKey(f, text);
    expect(key).toContain("😀乙丙丁戊己\u241f某某\u241f单位工作好😀");
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(key)).toBe(false);
  });
});

describe("ignoring one occurrence (issue 11)", () => {
  const lines = ["一、主要工作", "完成XX项。", "开展调研。", "完成XX项。", "加强学习。", "完成XX项。"];
  const placeholdersOf = (doc: ReturnType<typeof snapshotFromLines>) =>
    checkDocument(doc).filter((f) => f.category === "placeholder").map((f) => f.paragraphIndex);

  it("ignores the one chosen, never its look-alikes", () => {
    const doc = snapshotFromLines(lines.join("\n"));
    const findings = checkDocument(doc);
    const second = findings.find((f) => f.category === "placeholder" && f.paragraphIndex === 3)!;
    const match = matchIgnores(findings, doc, [occurrenceKey(second, doc, findings)]);
    expect([...match.ignored].map((i) => findings[i].paragraphIndex)).toEqual([3]);
    expect(filterIgnored(findings, doc, [occurrenceKey(second, doc, findings)]).filter((f) => f.category === "placeholder").map((f) => f.paragraphIndex)).toEqual([1, 5]);
  });

  it("follows its finding through edits elsewhere, and lets go when that one is filled in", () => {
    const doc = snapshotFromLines(lines.join("\n"));
    const findings = checkDocument(doc);
    const key = occurrenceKey(findings.find((f) => f.paragraphIndex === 3 && f.category === "placeholder")!, doc, findings);
    // Two paragraphs added at the top and the first XX filled in: the ignored one is now paragraph 4.
    const edited = snapshotFromLines(["报告", "前言。", "一、主要工作", "完成8项。", "开展调研。", "完成XX项。", "加强学习。", "完成XX项。"].join("\n"));
    expect(placeholdersOf(edited)).toEqual([5, 7]);
    expect(filterIgnored(checkDocument(edited), edited, [key]).filter((f) => f.category === "placeholder").map((f) => f.paragraphIndex)).toEqual([7]);
    // The ignored one filled in: its ignore does not pass to the look-alikes that remain.
    const filled = snapshotFromLines(["一、主要工作", "完成XX项。", "开展调研。", "完成3项。", "加强学习。", "完成XX项。"].join("\n"));
    expect(matchIgnores(checkDocument(filled), filled, [key]).ignored.size).toBe(0);
  });

  it("tells apart look-alikes with the same neighbours by their rank", () => {
    const doc = snapshotFromLines(["甲。", "完成XX项。", "完成XX项。", "完成XX项。", "完成XX项。", "乙。"].join("\n"));
    const findings = checkDocument(doc);
    const keys = occurrenceKeys(findings, doc);
    const third = findings.findIndex((f) => f.paragraphIndex === 3 && f.category === "placeholder");
    const match = matchIgnores(findings, doc, [keys[third]]);
    expect([...match.ignored]).toEqual([third]);
  });

  it("a look-alike key (忽略全部相同, and every key stored before) still takes all", () => {
    const doc = snapshotFromLines(lines.join("\n"));
    const findings = checkDocument(doc);
    const first = findings.find((f) => f.category === "placeholder")!;
    const key = ignoreKey(first, doc.paragraphs[first.paragraphIndex].text);
    expect(isLookAlikeKey(key)).toBe(true);
    expect(isLookAlikeKey(occurrenceKey(first, doc, findings))).toBe(false);
    expect(filterIgnored(findings, doc, [key]).filter((f) => f.category === "placeholder")).toEqual([]);
  });
});

describe("忽略全部相同: a same-findings key", () => {
  // Found in a writer's walk: the look-alike key holds the text around the finding, so on a group of `XX` in
  // different sentences 忽略全部相同 ignored only the one clicked (共 4 处 became 共 3 处).
  const doc = snapshotFromLines(["完成XX项。", "新增XX个站点。", "XX同志负责。", "共计**次。"].join("\n"));
  const findings = checkDocument(doc).filter((f) => f.category === "placeholder");

  it("ignores every finding with the same rule, message and excerpt, wherever it stands, and nothing else", () => {
    const xx = findings.filter((f) => f.excerpt === "XX");
    expect(xx).toHaveLength(3);
    const key = sameFindingsKey(xx[1]);
    expect(isLookAlikeKey(key)).toBe(false);
    const match = matchIgnores(findings, doc, [key]);
    expect([...match.ignored].map((i) => findings[i].excerpt)).toEqual(["XX", "XX", "XX"]);
    expect([...match.live]).toEqual([key]);
    expect(filterIgnored(findings, doc, [key]).map((f) => f.excerpt)).toEqual(["**"]);
  });

  it("is the 检查 list's group key, so that it ignores exactly one group", () => {
    expect(new Set(findings.map(groupKey)).size).toBe(2);
    for (const f of findings) expect(groupKey(f)).toBe(sameFindingsKey(f));
  });
});

describe("occurrenceSteps (the keys of a long document's findings, in steps)", () => {
  afterEach(() => jest.restoreAllMocks());

  it("works out in several steps on a slow machine the keys that occurrenceKeys gives at once", () => {
    const doc = generateDocument({ pages: 200, seed: 7 }).snapshot;
    const expected = occurrenceKeys(checkDocument(doc), doc);
    // Findings of their own (the keys are kept per finding object), then a clock that moves STEP_MS per look.
    const findings = checkDocument(doc);
    let now = 0;
    jest.spyOn(performance, "now").mockImplementation(() => (now += STEP_MS));
    const steps = occurrenceSteps(findings, doc);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(0);
    expect(occurrenceKeys(findings, doc)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(300);
  });
});
