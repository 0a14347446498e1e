import { strToU8 } from "fflate";
import { abstractNum, buildDocx, GONGWEN_LEVELS, num, p, table } from "../docx/build-docx";
import { CLEAN_LINES, runWith } from "./fake-io";

interface JsonResult {
  readonly file: string;
  readonly findings: ReadonlyArray<{ ruleId: string; severity: string; paragraph: number; excerpt: string; message: string }>;
}

const json = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];

// The clean summary typed into Word, with its headings as automatic numbering (number not in the text).
const numbered = (levels = GONGWEN_LEVELS): Uint8Array => {
  const body = CLEAN_LINES.map((line) => {
    const heading = /^(一、|二、|三、)(.*)$/.exec(line) ?? /^(（[一二]）)(.*)$/.exec(line);
    if (heading === null) return p(line);
    return p(heading[2], { numId: 1, ilvl: heading[1].startsWith("（") ? 1 : 0 });
  });
  return buildDocx({ body: body.join(""), numbering: abstractNum(0, levels) + num(1, 0) });
};

describe("gongwen-check: .docx", () => {
  it("checks a document whose headings are Word automatic numbering and finds nothing wrong", () => {
    // Its fonts are Word's defaults (no style sets them): 格式 is left out here, see tests/cli/layout.test.ts.
    const run = runWith(["--no-layout", "总结.docx"], { "总结.docx": numbered() });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("未发现问题。");
    expect(run.code).toBe(0);
  });

  it("reports a malformed automatic number (一. instead of 一、) once for the list, with the list number shown", () => {
    const levels = [{ ...GONGWEN_LEVELS[0], text: "%1." }, ...GONGWEN_LEVELS.slice(1)];
    const run = runWith(["总结.docx"], { "总结.docx": numbered(levels) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("第2段　错误　编号\n  （自动编号“一.”）");
    const [result] = json(runWith(["--json", "总结.docx"], { "总结.docx": numbered(levels) }).stdout);
    expect(result.findings.filter((f) => f.ruleId === "numbering-form").map((f) => [f.paragraph, f.severity])).toEqual([[2, "error"]]);
  });

  it("numbers paragraphs in document order, table paragraphs included", () => {
    const body = p("今年以来，我们较好完成了各项任务。") + table(p("表格中的说明")) + p("一、主要工作") + p("（一）抓学习") + p("（三）抓落实");
    const [result] = json(runWith(["--json", "表.docx"], { "表.docx": buildDocx({ body }) }).stdout);
    expect(result.findings.filter((f) => f.ruleId === "numbering-sequence").map((f) => [f.paragraph, f.excerpt])).toEqual([[5, "（三）"]]);
  });

  it("reports a corrupt .docx in Chinese on stderr, exit 2, and still checks the other files", () => {
    const run = runWith(["--no-layout", "坏.docx", "好.docx"], { "坏.docx": strToU8("不是压缩包"), "好.docx": numbered() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^“坏\.docx”：无法读取该文件：不是有效的 \.docx 文档/);
    expect(run.stdout).toContain("【好.docx】\n  未发现问题。");
  });
});
