/** A folder of submissions as an office receives it: patterns, sub-folders, Word's lock files, stdin. */
import { CLEAN_TXT, FLAWED_TXT, runWith } from "./fake-io";

interface JsonResult {
  readonly file: string;
  readonly error?: string;
}
const files = (stdout: string): string[] => (JSON.parse(stdout) as JsonResult[]).map((result) => result.file);

const SUBMISSIONS = {
  "投稿/张三.txt": FLAWED_TXT,
  "投稿/李四.txt": CLEAN_TXT,
  "投稿/~$张三.docx": "lock",
  "投稿/.DS_Store": "mac",
  "投稿/照片.jpg": "jpg",
  "投稿/二组/王五.txt": CLEAN_TXT,
  "投稿/二组/~WRL0001.tmp": "tmp",
  "其他/说明.txt": CLEAN_TXT,
};

describe("gongwen-check: folders and patterns", () => {
  it("checks a folder with its sub-folders, skips lock, hidden and temporary files and says how many", () => {
    const run = runWith(["投稿"], SUBMISSIONS);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const headings = run.stdout.split("\n").filter((line) => line.startsWith("【"));
    // The folder's own files first, by pinyin (李 li before 张 zhang), then the sub-folder's.
    expect(headings).toEqual(["【投稿/李四.txt】", "【投稿/张三.txt】", "【投稿/二组/王五.txt】"]);
    expect(run.stdout).toContain("共检查 3 个文件，1 个有错误。\n已跳过 3 个 Word 临时文件（~$ 开头）或隐藏文件；另有 1 个其他类型的文件未检查。\n");
  });

  it("shows paths with the platform's separator (投稿\\二组\\王五.txt on Windows)", () => {
    expect(files(runWith(["--json", "投稿\\二组"], SUBMISSIONS, { pathSeparator: "\\" }).stdout)).toEqual(["投稿\\二组\\王五.txt"]);
  });

  it("expands *, ? and ** itself, as cmd.exe and PowerShell do not", () => {
    expect(files(runWith(["--json", "投稿/*.txt"], SUBMISSIONS).stdout).sort()).toEqual(["投稿/张三.txt", "投稿/李四.txt"].sort());
    expect(files(runWith(["--json", "投稿/**/*.txt"], SUBMISSIONS).stdout)).toHaveLength(3);
    expect(files(runWith(["--json", "投稿\\??.txt"], SUBMISSIONS).stdout)).toHaveLength(2);
    expect(files(runWith(["--json", "*/说明.TXT"], SUBMISSIONS).stdout)).toEqual(["其他/说明.txt"]);
  });

  it("skips a lock file named on the command line (a Unix shell's *.docx picks it up) instead of exiting 2", () => {
    const run = runWith(["--json", "~$报告.docx", "报告.txt"], { "~$报告.docx": "lock", "报告.txt": CLEAN_TXT });
    expect(run.code).toBe(0);
    expect(files(run.stdout)).toEqual(["报告.txt"]);
    expect(run.stderr).toBe("已跳过 1 个 Word 临时文件（~$ 开头）或隐藏文件。\n");
  });

  it("reports a pattern without matches and an empty folder as errors, exit 2, and checks the rest", () => {
    const run = runWith(["*.docx", "空", "a.txt"], { "空/图.png": "png", "a.txt": CLEAN_TXT });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "没有与“*.docx”匹配的 .docx 或 .txt 文件，请检查文件夹和文件名。\n文件夹“空”中没有 .docx 或 .txt 文件。\n",
    );
    expect(run.stdout).toContain("【a.txt】\n  未发现问题。");
  });

  it("lists a .doc found in a folder as unreadable with what to do, instead of passing over it", () => {
    const run = runWith(["投稿"], { "投稿/旧.doc": "doc", "投稿/新.txt": CLEAN_TXT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法读取“投稿/旧.doc”：只支持 .docx（含 .docm、.dotx）和 .txt 文件（.doc、.wps 请先在 Word 或 WPS 中另存为 .docx）");
  });

  it("checks a file named twice (by itself and through its folder) once", () => {
    expect(files(runWith(["--json", "投稿/李四.txt", "投稿/*.txt"], SUBMISSIONS).stdout)).toEqual(["投稿/李四.txt", "投稿/张三.txt"]);
  });
});

describe("gongwen-check: stdin", () => {
  it("reads - as a .txt, named （标准输入） or --stdin-name", () => {
    const run = runWith(["-"], {}, { stdin: FLAWED_TXT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("【（标准输入）】\n第4段　错误　编号");
    const named = runWith(["--json", "--stdin-name", "汇报.txt", "-"], {}, { stdin: CLEAN_TXT });
    expect(files(named.stdout)).toEqual(["汇报.txt"]);
  });
});
