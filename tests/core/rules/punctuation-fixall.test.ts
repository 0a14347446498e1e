/**
 * Issue 12: after 全部修正 a re-check finds no fixable 标点 finding — the rules' fixes agree with each other (a
 * half-width mark beside a full-width one, a space between two marks, a 发文字号 in half-width brackets, a malformed
 * heading marker) and with the other categories' fixes.
 */
import { checkDocument } from "../../../src/core/engine";
import { applyFindingFixes } from "../../../src/core/fixer";
import { snapshotFromLines } from "../../../src/core/model";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DRAFT = [
  "关于2023年工作情况的报告",
  "(一)加强学习,提高认识",
  "今年完成了100项任务,同比增长5%.。全 面完成年度目标 。依据京政发(2023)5号文件,开展\"平安行动\"和“清廉机关\"建设(见附件】.",
  "工作取得成效。。下一步，。明确责任；。分工：：落实 ， 务求实效",
  "XX市人民政府办公室",
  "2023年01月05日",
].join("\n");

const fixable = (text: string) =>
  checkDocument(snapshotFromLines(text))
    .filter((f) => f.category === "punctuation" && f.fix)
    .map((f) => [f.paragraphIndex, f.ruleId, f.excerpt]);

describe("全部修正 then re-check (标点)", () => {
  it("finds the draft's slips, and none is left fixable after applying every fix once", () => {
    const doc = snapshotFromLines(DRAFT);
    const findings = checkDocument(doc);
    expect(new Set(findings.filter((f) => f.category === "punctuation").map((f) => f.ruleId))).toEqual(
      new Set(["punctuation-width", "punctuation-repeated", "punctuation-pairs", "punctuation-spaces", "punctuation-date", "punctuation-doc-number"]),
    );
    const fixed = applyFindingFixes(doc, findings);
    const text = fixed.paragraphs.map((p) => p.text).join("\n");
    expect(fixable(text)).toEqual([]);
    expect(text).toContain("今年完成了100项任务，同比增长5%。全面完成年度目标。依据京政发〔2023〕5号文件，开展“平安行动”和“清廉机关”建设（见附件）。");
    expect(text).toContain("工作取得成效。下一步。明确责任。分工：落实，务求实效");
    expect(text).toContain("\n2023年1月5日");
  });

  const seeds = join(__dirname, "..", "..", "..", "..", "shared", "seeds");
  let names: string[] = [];
  try {
    names = readdirSync(seeds).filter((n) => n.endsWith(".txt"));
  } catch {
    names = [];
  }
  (names.length > 0 ? it : it.skip)("the seeds: applying every fix leaves no fixable 标点 finding", () => {
    for (const name of names) {
      const doc = snapshotFromLines(readFileSync(join(seeds, name), "utf8"));
      const fixed = applyFindingFixes(doc, checkDocument(doc));
      expect([name, fixable(fixed.paragraphs.map((p) => p.text).join("\n"))]).toEqual([name, []]);
    }
  });
});
