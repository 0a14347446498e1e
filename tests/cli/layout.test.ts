/**
 * 格式 in the CLI: the golden .docx fixtures (tests/docx/layout-fixtures.ts) — GB/T 9704—2012 by styles, by direct
 * formatting, as WPS writes it, in theme fonts — give no 格式 finding; the wrong one gives findings an office reads;
 * a .txt says 格式 was not checked.
 */
import { formatReport } from "../../src/cli/report";
import { snapshotFromLines } from "../../src/core/model";
import { buildDocx } from "../docx/build-docx";
import { GB_BY_STYLES, GB_DIRECT, THEME_FONTS, THEME_MISSING, WRONG, WPS } from "../docx/layout-fixtures";
import { CLEAN_TXT, runWith } from "./fake-io";

interface JsonResult {
  readonly findings: ReadonlyArray<{ ruleId: string; category: string; severity: string; paragraph: number; message: string }>;
}
const layoutFindings = (name: string, bytes: Uint8Array): JsonResult["findings"] =>
  (JSON.parse(runWith(["--json", name], { [name]: bytes }).stdout) as JsonResult[])[0].findings.filter((f) => f.category === "layout");

describe("gongwen-check: 格式 of .docx files", () => {
  for (const fixture of [GB_BY_STYLES, GB_DIRECT, WPS]) {
    it(`finds nothing in ${fixture.name}, laid out as the standard wants`, () => {
      expect(layoutFindings(`${fixture.name}.docx`, buildDocx(fixture.parts))).toEqual([]);
    });
  }

  it("reports the wrong fonts, sizes and indents of a document in 宋体小四, once per run of paragraphs", () => {
    const run = runWith(["稿.docx"], { "稿.docx": buildDocx(WRONG.parts) });
    expect(run.stdout).toContain("第1段　警告　格式\n  关于2024年工作情况的……\n  标题为宋体三号，应为方正小标宋简体二号。\n  依据：GB/T 9704—2012 7.3.1");
    expect(run.stdout).toContain(
      "第1段　警告　格式\n  关于2024年工作情况的……\n  页面设置与标准不符：上边距25.4毫米（应为37毫米），下边距25.4毫米（应为35毫米），" +
        "左边距31.8毫米（应为28毫米），右边距31.8毫米（应为26毫米），每页行数44（应为22）。请在“布局”→“页面设置”中修改。\n  依据：GB/T 9704—2012 5.1、5.2",
    );
    expect(run.stdout).toContain("第2段　警告　格式\n  市人民政府：\n  主送机关为宋体小四，应为仿宋_GB2312三号。\n  依据：GB/T 9704—2012 7.3.2");
    expect(run.stdout).toContain("第3段　警告　格式\n  一、总体情况\n  一级标题为宋体小四，应为黑体三号。");
    expect(run.stdout).toContain("第4段　警告　格式\n  今年以来，我们认真贯彻落……\n  正文为无首行缩进，应为首行缩进2字符。");
    expect(run.stdout).toContain("格式 7 处；错误 0 处，警告 7 处");
  });

  it("leaves 格式 out with --no-layout", () => {
    const run = runWith(["--no-layout", "--json", "稿.docx"], { "稿.docx": buildDocx(WRONG.parts) });
    expect((JSON.parse(run.stdout) as JsonResult[])[0].findings.filter((f) => f.category === "layout")).toEqual([]);
  });

  it("names the theme fonts a fresh Word document shows (等线), and never a font it could not read (no theme part)", () => {
    const shown = layoutFindings("新建.docx", buildDocx(THEME_FONTS.parts)).map((f) => f.message);
    expect(shown).toEqual([
      "正文为等线五号，应为仿宋_GB2312三号。",
      "正文为无首行缩进，应为首行缩进2字符。",
      "一级标题为等线二号，应为黑体三号。",
      "一级标题为无首行缩进，应为首行缩进2字符。",
      "二级标题为等线 Light，应为楷体_GB2312。",
      "二级标题为无首行缩进，应为首行缩进2字符。",
    ]);
    const unread = layoutFindings("无主题.docx", buildDocx(THEME_MISSING.parts)).map((f) => f.message);
    expect(unread).toEqual([
      "正文为五号，应为三号。",
      "正文为无首行缩进，应为首行缩进2字符。",
      "一级标题为二号，应为三号。",
      "一级标题为无首行缩进，应为首行缩进2字符。",
      "二级标题为无首行缩进，应为首行缩进2字符。",
    ]);
  });
});

describe("gongwen-check: 格式 of a .txt", () => {
  it("says 格式 was not checked rather than counting 0", () => {
    const run = runWith(["好.txt"], { "好.txt": CLEAN_TXT });
    expect(run.stdout).toContain("格式未检查（纯文本）");
    expect(run.stdout).not.toContain("格式 0 处");
  });
});

describe("gongwen-check: a Word file whose layout could not be read", () => {
  // Every Word kind the CLI reads (.docx, .docm, .dotx, .dotm) says so; only a .txt is 纯文本.
  it.each(["报告.docx", "报告.DOCM", "模板.dotx", "模板.dotm"])("%s says 格式未检查（未能读取格式）", (file) => {
    const report = formatReport({ ok: true, file, snapshot: snapshotFromLines("今年以来，各项工作稳步推进。"), findings: [] }, false);
    expect(report).toContain("格式未检查（未能读取格式）");
    expect(report).not.toContain("纯文本");
  });
});
