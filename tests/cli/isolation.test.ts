/** One bad file never costs the others their results; nothing reaches the user as a stack trace. */
import { DEFAULT_CHECKER, type Checker } from "../../src/cli/check-file";
import { buildDocx, p } from "../docx/build-docx";
import { CLEAN_LINES, CLEAN_TXT, FLAWED_TXT, runWith } from "./fake-io";

/** A reader stub: the file named 坏.txt makes the check throw, as a bug meeting a hostile input would. */
const throwingOn = (name: string, error: Error): Checker => ({
  load: DEFAULT_CHECKER.load,
  check: (snapshot, options) => {
    if (snapshot.paragraphs[0]?.text === name) throw error;
    return DEFAULT_CHECKER.check(snapshot, options);
  },
});
const BATCH = { "a.txt": FLAWED_TXT, "坏.txt": "坏", "b.txt": CLEAN_TXT };
const crash = new RangeError("Maximum call stack size exceeded");

describe("gongwen-check: batch isolation", () => {
  it("reports an exception in one file's check as that file's error in Chinese, checks the others, exits 2", () => {
    const run = runWith(["a.txt", "坏.txt", "b.txt"], BATCH, { checker: throwingOn("坏", crash) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("“坏.txt”：检查时出现内部错误，已跳过此文件（RangeError: Maximum call stack size exceeded）\n");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain("【a.txt】\n第4段　错误　编号");
    expect(run.stdout).toContain("【b.txt】\n  未发现问题。");
    expect(run.stdout).toContain("共检查 3 个文件，1 个有错误，1 个无法读取。");
  });

  it("keeps the failed file as an error entry in JSON, CSV and SARIF", () => {
    const checker = throwingOn("坏", crash);
    const json = JSON.parse(runWith(["--json", "a.txt", "坏.txt", "b.txt"], BATCH, { checker }).stdout) as Array<{ file: string; error?: string }>;
    expect(json.map((result) => [result.file, result.error?.slice(0, 24)])).toEqual([
      ["a.txt", undefined],
      ["坏.txt", "“坏.txt”：检查时出现内部错误，已跳过此文件"],
      ["b.txt", undefined],
    ]);
    const csv = runWith(["--format", "csv", "a.txt", "坏.txt", "b.txt"], BATCH, { checker }).stdout;
    expect(csv).toContain("坏.txt,,无法读取,错误,,“坏.txt”：检查时出现内部错误，已跳过此文件（RangeError: Maximum call stack size exceeded）\r\n");
    const sarif = JSON.parse(runWith(["--format=sarif", "a.txt", "坏.txt", "b.txt"], BATCH, { checker }).stdout) as {
      runs: Array<{ results: unknown[]; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }>;
    };
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      "“坏.txt”：检查时出现内部错误，已跳过此文件（RangeError: Maximum call stack size exceeded）",
    ]);
  });

  it("turns a crash outside the per-file loop into a Chinese message and exit 2", () => {
    // Writing the JSON document at the end fails: nothing per file is left to blame.
    const run = runWith(["--json", "a.txt"], { "a.txt": CLEAN_TXT }, { checker: DEFAULT_CHECKER, stdoutThrows: new Error("EPIPE: broken pipe") });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gongwen-check 出现内部错误，检查未完成（Error: EPIPE: broken pipe）。请把这条信息转告信息化管理人员。\n");
  });

  it("reads .docm and .dotx as .docx", () => {
    const docx = buildDocx({ body: CLEAN_LINES.map((line) => p(line)).join("") + p("报送单位：**") });
    const run = runWith(["--no-layout", "宏.docm", "模板.dotx"], { "宏.docm": docx, "模板.dotx": docx });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`【宏.docm】\n第${CLEAN_LINES.length + 1}段\u3000错误\u3000占位符`);
    expect(run.stdout).toContain(`【模板.dotx】\n第${CLEAN_LINES.length + 1}段\u3000错误\u3000占位符`);
  });
});

describe("gongwen-check: progress", () => {
  const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`投稿/${i + 1}.txt`, CLEAN_TXT]));

  it("shows 已检查 n/N 个文件… on stderr for more than 20 files when stderr is a terminal, and wipes it", () => {
    const run = runWith(["--format", "csv", "投稿"], many, { stderrIsTTY: true });
    expect(run.stderr).toContain("\r已检查 1/21 个文件…");
    expect(run.stderr).toContain("\r已检查 21/21 个文件…");
    expect(run.stderr.endsWith("\r")).toBe(true);
    expect(run.stdout).not.toContain("已检查");
  });

  it("shows nothing when stderr is a file or a pipe, or for 20 files or fewer", () => {
    expect(runWith(["投稿"], many).stderr).toBe("");
    const twenty = Object.fromEntries(Object.entries(many).slice(0, 20));
    expect(runWith(["投稿"], twenty, { stderrIsTTY: true }).stderr).toBe("");
  });
});
