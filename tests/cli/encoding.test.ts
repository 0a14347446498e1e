/** .txt files as Chinese offices save them: UTF-8 with or without BOM, "Unicode" (UTF-16 with BOM), ANSI (GBK). */
import { CLI_MESSAGES } from "../../src/cli/messages";
import { runWith } from "./fake-io";

const TEXT = "一、主要工作\r\n（一）抓学习\r\n（三）抓落实，报送单位：**\r\n";
// TEXT as Notepad's "ANSI" on Chinese Windows writes it (GBK, a subset of GB18030), encoded once with Python's codec.
const GBK = Uint8Array.from(
  "d2bba1a2d6f7d2aab9a4d7f70d0aa3a8d2bba3a9d7a5d1a7cfb00d0aa3a8c8fda3a9d7a5c2e4cab5a3acb1a8cbcdb5a5cebba3ba2a2a0d0a".match(/../g) ?? [],
  (hex) => parseInt(hex, 16),
);
const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, "utf16le");
  return new Uint8Array([0xfe, 0xff, ...Array.from(le, (_, i) => le[i ^ 1])]);
};

/** What a writer sees for the file: its heading line, and the two findings at their lines. */
function expectChecked(stdout: string, heading: string): void {
  expect(stdout).toContain(`${heading}\n`);
  expect(stdout).toContain("第3段　错误　编号\n  【（三）】抓落实");
  expect(stdout).toContain("第3段　错误　占位符\n  （三）抓落实，报送单位：【**】");
}

describe("gongwen-check: .txt encodings", () => {
  it("reads a GBK (ANSI) file as GB18030 and says so beside the file name", () => {
    const run = runWith(["--no-structure", "旧.txt"], { "旧.txt": GBK });
    expect(run.stderr).toBe("");
    expectChecked(run.stdout, "【旧.txt】（按 GB18030 编码读取）");
    expect(run.code).toBe(1);
  });

  it("reads UTF-16 LE and BE with a BOM (Notepad's “Unicode”) and says which", () => {
    expectChecked(runWith(["--no-structure", "u.txt"], { "u.txt": utf16le(TEXT) }).stdout, "【u.txt】（按 UTF-16 LE 编码读取）");
    expectChecked(runWith(["--no-structure", "b.txt"], { "b.txt": utf16be(TEXT) }).stdout, "【b.txt】（按 UTF-16 BE 编码读取）");
  });

  it("reads UTF-8 with and without a BOM without a note", () => {
    expectChecked(runWith(["--no-structure", "a.txt"], { "a.txt": TEXT }).stdout, "【a.txt】");
    expectChecked(runWith(["--no-structure", "b.txt"], { "b.txt": `\uFEFF${TEXT}` }).stdout, "【b.txt】");
  });

  it("gives the encoding in --json only when it is not UTF-8", () => {
    const results = JSON.parse(runWith(["--json", "旧.txt", "a.txt"], { "旧.txt": GBK, "a.txt": TEXT }).stdout) as Array<{ encoding?: string }>;
    expect(results.map((result) => result.encoding)).toEqual(["gb18030", undefined]);
  });

  it("refuses binary content and a .docx or PDF renamed .txt with a message saying what it is, exit 2", () => {
    const random = Uint8Array.from({ length: 600 }, (_, i) => (i * 73 + 41) % 256);
    const run = runWith(["乱码.txt", "改名.txt", "文件.txt", "好.txt"], {
      "乱码.txt": random,
      "改名.txt": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      "文件.txt": "%PDF-1.7\n",
      "好.txt": TEXT,
    });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      "无法读取“乱码.txt”：内容不是可识别的文字（可能不是文本文件，或编码无法识别）。请在记事本中打开，“另存为”时编码选择 UTF-8 后重试。",
      CLI_MESSAGES.fileUnreadable("改名.txt", CLI_MESSAGES.notText.zip),
      CLI_MESSAGES.fileUnreadable("文件.txt", CLI_MESSAGES.notText.pdf),
      "",
    ]);
    expect(run.stdout).toContain("【好.txt】");
  });

  it("refuses text full of control characters (binary that happens to be valid UTF-8)", () => {
    const run = runWith(["控制.txt"], { "控制.txt": "一、\u0001\u0002\u0003\u0004主要\u0005工作\u0006\u0007" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("内容不是可识别的文字");
  });
});
