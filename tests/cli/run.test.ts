import { CLI_MESSAGES } from "../../src/cli/messages";
import { CLEAN_TXT, FLAWED_TXT, runWith } from "./fake-io";

describe("gongwen-check: arguments", () => {
  it("prints usage for --help and the version for --version, exit 0", () => {
    expect(runWith(["--help"], {})).toMatchObject({ code: 0, stdout: `${CLI_MESSAGES.usage}\n`, stderr: "" });
    expect(runWith(["-v"], {}).stdout).toBe("gongwen-check 9.8.7\n");
  });

  it("exits 2 with a Chinese hint when no file is given or an option is unknown", () => {
    const none = runWith([], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(CLI_MESSAGES.noFiles);
    const unknown = runWith(["--fix", "a.txt"], { "a.txt": CLEAN_TXT });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("不认识的选项“--fix”");
    expect(unknown.stdout).toBe("");
  });
});

describe("gongwen-check: .txt report", () => {
  it("reports each finding with its line number, severity, excerpt in context, message and basis; exit 1", () => {
    const run = runWith(["总结.txt"], { "总结.txt": FLAWED_TXT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("【总结.txt】");
    expect(run.stdout).toContain("第4段　错误　编号\n  【（三）】抓落实，推动任务见效。\n  标题编号不连续");
    expect(run.stdout).toContain("第5段　错误　编号\n  【二.】 存在的问题\n");
    expect(run.stdout).toContain("依据：GB/T 9704—2012 7.3.3");
    expect(run.stdout).toContain("合计：编号 2 处，一是序列 0 处，占位符 0 处，结构 0 处，标点 0 处，格式未检查（纯文本）；错误 2 处，警告 0 处，提示 0 处。结论：还有 2 处需要处理。");
    expect(run.stderr).toBe("");
  });

  it("counts lines as paragraphs also with a BOM and Windows line ends", () => {
    const run = runWith(["--json", "w.txt"], { "w.txt": `\uFEFF${FLAWED_TXT.replace(/\n/g, "\r\n")}\r\n` });
    const [result] = JSON.parse(run.stdout) as Array<{ findings: Array<{ paragraph: number }> }>;
    expect(result.findings.map((finding) => finding.paragraph)).toEqual([4, 5]);
  });

  it("says so when nothing is found and exits 0", () => {
    const run = runWith(["好.txt"], { "好.txt": CLEAN_TXT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("未发现问题。");
    expect(run.stdout).toContain("结论：可以提交。");
  });

  it("colours severity and excerpt only when asked (a terminal)", () => {
    const coloured = runWith(["a.txt"], { "a.txt": FLAWED_TXT }, { colour: true }).stdout;
    expect(coloured).toContain("\u001b[1;31m（三）\u001b[0m");
    expect(runWith(["a.txt"], { "a.txt": FLAWED_TXT }).stdout).not.toContain("\u001b[");
  });
});

describe("gongwen-check: --json", () => {
  it("prints one JSON array with a result per file, paragraph numbers 1-based", () => {
    const run = runWith(["a.txt", "--json", "b.txt"], { "a.txt": FLAWED_TXT, "b.txt": CLEAN_TXT });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: "a.txt",
        findings: [
          {
            ruleId: "numbering-sequence", category: "numbering", severity: "error", paragraph: 4, start: 0, end: 3,
            excerpt: "（三）", message: expect.stringContaining("标题编号不连续"),
          },
          {
            ruleId: "numbering-form", category: "numbering", severity: "error", paragraph: 5, start: 0, end: 2,
            excerpt: "二.", message: expect.stringContaining("一级标题编号写法不规范"),
          },
        ],
      },
      { file: "b.txt", findings: [] },
    ]);
  });
});

describe("gongwen-check: --no-structure", () => {
  it("leaves out the structure category (opening, parts of the genre) and keeps the rest", () => {
    const headingsOnly = ["一、主要工作", "（一）抓学习", "（三）抓落实"].join("\n");
    const categories = (args: string[]): string[] =>
      (JSON.parse(runWith([...args, "a.txt"], { "a.txt": headingsOnly }).stdout) as Array<{ findings: Array<{ category: string }> }>)[0]
        .findings.map((finding) => finding.category);
    expect(categories(["--json"])).toContain("structure");
    expect(categories(["--json", "--no-structure"])).toEqual(["numbering"]);
  });
});

describe("gongwen-check: unreadable files", () => {
  it("reports missing, unsupported and binary files on stderr, checks the others, exits 2", () => {
    const binary = new Uint8Array([0x00, 0x01, 0xff, 0x80, 0x12, 0x00, 0x9f, 0xfe]);
    const run = runWith(["缺.txt", "表.xlsx", "乱码.txt", "a.txt"], { "表.xlsx": "x", "乱码.txt": binary, "a.txt": FLAWED_TXT });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      CLI_MESSAGES.fileNotFound("缺.txt"),
      CLI_MESSAGES.unsupportedType("表.xlsx"),
      CLI_MESSAGES.fileUnreadable("乱码.txt", CLI_MESSAGES.notText.binary),
      "",
    ]);
    expect(run.stdout).toContain("【a.txt】");
    expect(run.stdout).toContain("共检查 4 个文件，1 个有错误，3 个无法读取。");
  });

  it("lists an unreadable file in --json with its error", () => {
    const results = JSON.parse(runWith(["--json", "缺.txt"], {}).stdout) as unknown;
    expect(results).toEqual([{ file: "缺.txt", findings: [], error: CLI_MESSAGES.fileNotFound("缺.txt") }]);
  });
});
