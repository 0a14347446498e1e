/**
 * The five real work summaries of ../shared/seeds. Every placeholder they contain is found (located here with an
 * independent plain search, then asserted one by one), and their headings and enumerations produce no numbering or
 * enumeration error. Their one genuine enumeration slip is asserted specifically.
 */
import { checkDocument } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { snapshotFromLines } from "../../src/core/model";
import { describeWithFolder, readTexts, SEEDS_DIR } from "./sharedTexts";

/** Independent of the rule's table: star runs and runs of X (the forms the seeds use). */
const PLAIN_PLACEHOLDERS = /[*＊]+|X{2,}/g;

describeWithFolder(SEEDS_DIR, "seed documents", () => {
  const seeds = readTexts(SEEDS_DIR);
  const bySeed = new Map(seeds.map((s) => [s.name.slice(0, 3), { text: s.text, findings: checkDocument(snapshotFromLines(s.text)) }]));
  const placeholdersOf = (id: string): Finding[] => bySeed.get(id)!.findings.filter((f) => f.ruleId === "placeholder");

  it("has the five seeds", () => {
    expect([...bySeed.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  it.each([...Array(5).keys()].map((i) => `00${i}`))("seed %s: every placeholder is found", (id) => {
    const { text } = bySeed.get(id)!;
    const expectedSpots: string[] = [];
    text.split(/\r?\n/).forEach((line, paragraph) => {
      for (const m of line.matchAll(PLAIN_PLACEHOLDERS)) expectedSpots.push(`${paragraph}:${m.index}:${m[0]}`);
    });
    const found = placeholdersOf(id).map((f) => `${f.paragraphIndex}:${f.range[0]}:${f.excerpt}`);
    expect(found).toEqual(expectedSpots);
    for (const f of placeholdersOf(id)) expect(f.severity).toBe("error");
  });

  it("finds the placeholders named in the brief, with their context", () => {
    const has = (id: string, excerpt: string, after: string) =>
      placeholdersOf(id).some((f) => f.excerpt === excerpt && f.context.after.startsWith(after));
    expect(has("001", "*", "多篇")).toBe(true);
    expect(has("002", "*****", "市")).toBe(true);
    expect(has("003", "***", "％")).toBe(true);
    expect(has("004", "XX", "个")).toBe(true);
    expect(has("000", "**", "同志")).toBe(true);
    const first = placeholdersOf("001")[0];
    expect(first.context.before + first.excerpt + first.context.after).toContain("累计组织撰写调研报告*多篇");
  });

  it("counts: 000 1, 001 15, 002 42, 003 74, 004 4 placeholders", () => {
    expect(["000", "001", "002", "003", "004"].map((id) => placeholdersOf(id).length)).toEqual([1, 15, 42, 74, 4]);
  });

  it("correct headings and enumerations produce no numbering or enumeration error or warning", () => {
    for (const [id, { findings }] of bySeed) {
      const blocking = findings.filter((f) => (f.category === "numbering" || f.category === "enumeration") && f.severity !== "info");
      expect([id, blocking.map((f) => f.excerpt)]).toEqual([id, []]);
    }
  });

  it("seed 002's next-steps paragraph mixes ； and 。 between items (a genuine slip, an info hint)", () => {
    const hints = bySeed.get("002")!.findings.filter((f) => f.category === "enumeration");
    expect(hints.map((f) => [f.ruleId, f.severity, f.paragraphIndex, f.excerpt, f.context.after.slice(0, 4)])).toEqual([
      ["enumeration-ending", "info", 24, "。", "四是发扬"],
    ]);
  });

  it("no other numbering hint: seed 001's indented 　　二、 and seed 004's top level （一） are accepted", () => {
    for (const [, { findings }] of bySeed) expect(findings.filter((f) => f.category === "numbering")).toEqual([]);
  });
});
