/** --format csv (Excel, WPS) and sarif (CI tools), and --output. */
import { csvCell } from "../../src/cli/csv";
import { RULES } from "../../src/core/rules/registry";
import { buildDocx, p, sectPr } from "../docx/build-docx";
import { CLEAN_LINES, CLEAN_TXT, FLAWED_TXT, runWith } from "./fake-io";

const HEADER = "\uFEFF文件,段,类别,级别,原文,说明\r\n";

describe("gongwen-check --format csv", () => {
  it("starts with a BOM and the header, one CRLF row per finding, a row for a clean file and one for an unreadable file", () => {
    const run = runWith(["--format", "csv", "a.txt", "b.txt", "缺.txt"], { "a.txt": FLAWED_TXT, "b.txt": CLEAN_TXT });
    expect(run.code).toBe(2);
    const rows = run.stdout.split("\r\n");
    expect(run.stdout.startsWith(HEADER)).toBe(true);
    expect(rows.slice(1)).toEqual([
      "a.txt,第4段,编号,错误,【（三）】抓落实，推动任务见效。,标题编号不连续：期望“（二）”，实际“（三）”。请改为“（二）”。",
      expect.stringMatching(/^a\.txt,第5段,编号,错误,【二\.】 存在的问题,一级标题编号写法不规范/),
      "b.txt,,,,,未发现问题。",
      "缺.txt,,无法读取,错误,,找不到文件“缺.txt”，请检查路径和文件名。",
      "",
    ]);
  });

  it("names the part for a finding outside the main text (页眉第1段)", () => {
    const docx = buildDocx({ body: CLEAN_LINES.map((line) => p(line)).join("") + sectPr({ default: "rIdH1" }, {}), headers: [p("报送单位：**")] });
    const run = runWith(["--format", "csv", "页眉.docx"], { "页眉.docx": docx });
    expect(run.stdout).toContain("\r\n页眉.docx,页眉第1段,占位符,错误,报送单位：【**】,");
  });

  it("quotes as RFC 4180 says and defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1")).toBe("'-1");
    const run = runWith(["--format", "csv", "x,y.txt"], { "x,y.txt": "=1+1\n一、主要工作\n（一）甲\n（三）乙" });
    expect(run.stdout).toContain('\r\n"x,y.txt",第4段,编号,错误,【（三）】乙,');
  });

  it("--output 结果.csv writes the CSV (with its BOM) to that file and says so", () => {
    const run = runWith(["a.txt", "-o", "结果.csv"], { "a.txt": FLAWED_TXT });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.written["结果.csv"].startsWith(HEADER)).toBe(true);
    expect(run.stderr).toBe("检查结果已写入“结果.csv”。\n");
  });
});

describe("gongwen-check --format sarif", () => {
  interface Log {
    $schema: string;
    version: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
      columnKind: string;
      results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: unknown }> }>;
      invocations: Array<{ toolExecutionNotifications: Array<{ level: string; message: { text: string }; locations: unknown[] }> }>;
    }>;
  }

  it("writes a SARIF 2.1.0 log: the rules from the registry, results with level and 1-based line and columns", () => {
    const log = JSON.parse(runWith(["--format", "sarif", "投稿/总结 1.txt", "缺.txt"], { "投稿/总结 1.txt": FLAWED_TXT }).stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe("gongwen-check");
    expect(run.tool.driver.version).toBe("9.8.7");
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    expect(run.tool.driver.rules[0].shortDescription.text).toBe(RULES[0].meta.title);
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results[0]).toMatchObject({
      ruleId: "numbering-sequence",
      level: "error",
      message: { text: expect.stringContaining("标题编号不连续") },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "%E6%8A%95%E7%A8%BF/%E6%80%BB%E7%BB%93%201.txt" },
            region: { startLine: 4, startColumn: 1, endColumn: 4 },
          },
        },
      ],
    });
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: "error", message: { text: "找不到文件“缺.txt”，请检查路径和文件名。" }, locations: [{ physicalLocation: { artifactLocation: { uri: "%E7%BC%BA.txt" } } }] },
    ]);
  });

  it("maps hints to note", () => {
    const log = JSON.parse(runWith(["--format", "sarif", "a.txt"], { "a.txt": "一、主要工作" }).stdout) as Log;
    expect(new Set(log.runs[0].results.map((result) => result.level))).toEqual(new Set(["note"]));
  });
});

describe("gongwen-check: choosing the format", () => {
  it("refuses an unknown format and a missing value with a Chinese message, exit 2", () => {
    expect(runWith(["--format", "xlsx", "a.txt"], {})).toMatchObject({ code: 2, stderr: "不认识的输出格式“xlsx”，可选 text、json、csv、sarif。运行 gongwen-check --help 查看用法。\n" });
    expect(runWith(["a.txt", "--format"], {}).stderr).toContain("选项“--format”后面缺少取值。");
  });

  it("keeps --json as --format json", () => {
    expect(runWith(["--json", "a.txt"], { "a.txt": CLEAN_TXT }).stdout).toBe(runWith(["--format", "json", "a.txt"], { "a.txt": CLEAN_TXT }).stdout);
  });

  it("--help shows the office workflow: a folder to a CSV", () => {
    const help = runWith(["--help"], {}).stdout;
    expect(help).toContain("gongwen-check 投稿 --format csv > 检查结果.csv");
    expect(help).toContain("--format <格式>");
  });
});
