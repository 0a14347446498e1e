/** gongwen-check --config 规范.json: the house style the pane uses, read from the same file; Chinese errors for a bad one. */
import { exportPack } from "../../src/core/content";
import { EMPTY_HOUSE_STYLE, HOUSE_MSG, serializeHouseStyle, setForm, setName, setRule } from "../../src/core/houseStyle";
import { runWith } from "./fake-io";

const DRAFT = ["一、主要工作", "某某单位完成任务。", "（一）抓学习", "1、学文件", "2、学讲话"].join("\n");
const houseStyle = setName(setForm(setForm(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false), "level3", "1、"), "structureHints", false), "综合科");
const STYLE_FILE = serializeHouseStyle(houseStyle);

type JsonReport = Array<{ findings: Array<{ rule: string; ruleId?: string; message: string }> }>;
const messagesOf = (stdout: string) => (JSON.parse(stdout) as JsonReport)[0].findings.map((f) => f.message);

describe("gongwen-check --config", () => {
  it("without a house style, the draft has 某某 and the 1、 hint", () => {
    const run = runWith(["--json", "稿.txt"], { "稿.txt": DRAFT });
    const messages = messagesOf(run.stdout);
    expect(messages.some((m) => m.includes("某某"))).toBe(true);
    expect(messages.some((m) => m.includes("1、"))).toBe(true);
  });

  it("with 规范.json, 某某 is not reported, 1、 is the house's form, and stderr says which style and what is off", () => {
    const run = runWith(["--json", "--config", "规范.json", "稿.txt"], { "稿.txt": DRAFT, "规范.json": STYLE_FILE });
    expect(run.code).toBe(0);
    expect(messagesOf(run.stdout)).toEqual([]);
    expect(run.stderr).toContain("按本单位规范“综合科”（规范.json）检查。");
    expect(run.stderr).toContain(HOUSE_MSG.off(["占位名称“某某”", HOUSE_MSG.hintsOff]));
    expect(run.stderr).toContain("注意：按本单位规范，占位名称“某某”已关闭");
  });

  it("reads the same style from a team pack exported by the pane, and from a UTF-16 file", () => {
    const pack = exportPack({ phrases: [], sections: [], skeletons: [] }, "素材", houseStyle);
    const fromPack = runWith(["--json", "--config=素材包.json", "稿.txt"], { "稿.txt": DRAFT, "素材包.json": pack });
    expect(messagesOf(fromPack.stdout)).toEqual([]);
    // Notepad's "Unicode": UTF-16 LE with a byte order mark.
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(STYLE_FILE).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(messagesOf(runWith(["--json", "--config", "a.json", "稿.txt"], { "稿.txt": DRAFT, "a.json": utf16 }).stdout)).toEqual([]);
  });

  it("--no-structure still applies beside a house style", () => {
    const text = "一、主要工作\n二、存在的问题";
    const STYLE_FILE = serializeHouseStyle(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false));
    const withHints = runWith(["--json", "--config", "规范.json", "稿.txt"], { "稿.txt": text, "规范.json": STYLE_FILE });
    expect(messagesOf(withHints.stdout).length).toBeGreaterThan(0);
    const without = runWith(["--json", "--no-structure", "--config", "规范.json", "稿.txt"], { "稿.txt": text, "规范.json": STYLE_FILE });
    expect(messagesOf(without.stdout)).toEqual([]);
  });

  it("a bad file stops before any check, exit 2, every problem in Chinese with its place", () => {
    const bad = JSON.stringify({ format: "gongwen-house-style", version: 1, rules: { "numbering-form": "严重" }, forms: { level3: "1)" } });
    const run = runWith(["--config", "规范.json", "稿.txt"], { "稿.txt": DRAFT, "规范.json": bad });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "无法使用规范文件“规范.json”，未进行检查：",
        '  本单位规范中规则“numbering-form”的设置应为 true（检查）、false（不检查），或级别 "error"（错误）、"warning"（警告）、"info"（提示），实际为文字“严重”。（rules.numbering-form）',
        '  本单位规范中“三级标题编号”应为 "1."、"1、"、"1．" 之一，实际为文字“1)”。（forms.level3）',
        "",
      ].join("\n"),
    );
  });

  it("a missing file, broken JSON and a pack without a style are told apart", () => {
    expect(runWith(["--config", "无.json", "稿.txt"], { "稿.txt": DRAFT }).stderr).toContain("找不到这个文件");
    const broken = runWith(["--config", "规范.json", "稿.txt"], { "稿.txt": DRAFT, "规范.json": '{\n  "format": "gongwen-house-style",\n  "version": 1\n  "rules": {}\n}' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("第4行第3列附近有语法错误");
    const plain = runWith(["--config", "包.json", "稿.txt"], { "稿.txt": DRAFT, "包.json": exportPack({ phrases: [], sections: [], skeletons: [] }) });
    expect(plain.stderr).toContain(HOUSE_MSG.packWithout);
  });

  it("a rule of another version is named and the check goes on", () => {
    const file = JSON.stringify({ format: "gongwen-house-style", version: 1, rules: { "style-future": false } });
    const run = runWith(["--config", "规范.json", "稿.txt"], { "稿.txt": DRAFT, "规范.json": file });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("规则“style-future”本版本没有");
  });
});
