import { buildDocx, note, noteRef, p, r, sectPr, textBoxRun } from "../docx/build-docx";
import { CLEAN_LINES, runWith } from "./fake-io";

interface JsonFinding {
  readonly paragraph: number;
  readonly part?: string;
  readonly partParagraph?: number;
  readonly excerpt: string;
}

// A clean summary whose 版头 (a text box), header, footer and footnote still hold unfilled placeholders.
const body =
  `<w:p>${textBoxRun(p("XXXX人民政府文件"))}</w:p>` +
  CLEAN_LINES.map((line, i) => (i === 0 ? `<w:p>${r(line)}${noteRef("footnote", 1)}</w:p>` : p(line))).join("") +
  p("报送单位：**") +
  sectPr({ default: "rIdH1" }, { default: "rIdF1" });
const docx = buildDocx({
  body,
  headers: [p("") + p("报送单位：**")],
  footers: [p("联系电话：**")],
  footnotes: note("footnote", 1, p("数据来源：**统计局")),
});
const bodyCount = 1 + CLEAN_LINES.length + 1;

describe("gongwen-check: findings outside the main text say which part they are in", () => {
  it("names the part and the paragraph's number within it in the report", () => {
    const run = runWith(["公文.docx"], { "公文.docx": docx });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`第${bodyCount}段\u3000错误\u3000占位符\n  报送单位：【**】`);
    expect(run.stdout).toContain("页眉第2段　错误　占位符\n  报送单位：【**】");
    expect(run.stdout).toContain("页脚第1段　错误　占位符\n  联系电话：【**】");
    expect(run.stdout).toContain("脚注第1段　错误　占位符\n  数据来源：【**】统计局");
    expect(run.stdout).toContain("文本框第1段　错误　占位符\n  【XXXX】人民政府文件");
    // Parts follow the body in the report too.
    expect(run.stdout.indexOf(`第${bodyCount}段`)).toBeLessThan(run.stdout.indexOf("页眉第2段"));
  });

  it("gives part and partParagraph in --json, paragraph staying the index in the whole snapshot", () => {
    const [result] = JSON.parse(runWith(["--json", "公文.docx"], { "公文.docx": docx }).stdout) as Array<{ findings: JsonFinding[] }>;
    const where = result.findings.map((f) => [f.paragraph, f.part, f.partParagraph]);
    expect(where).toContainEqual([bodyCount, undefined, undefined]);
    expect(where).toContainEqual([bodyCount + 2, "header", 2]);
    expect(where).toContainEqual([bodyCount + 3, "footer", 1]);
    expect(where).toContainEqual([bodyCount + 4, "footnote", 1]);
    expect(where).toContainEqual([bodyCount + 5, "textBox", 1]);
    const bodyFinding = result.findings.find((f) => f.paragraph === bodyCount);
    expect(bodyFinding !== undefined && !("part" in bodyFinding) && !("partParagraph" in bodyFinding)).toBe(true);
  });

  it("does not check hidden text, which Word does not show", () => {
    const hidden = CLEAN_LINES.map((line) => p(line)).join("") + `<w:p>${r("已完成")}<w:r><w:rPr><w:vanish/></w:rPr><w:t>**</w:t></w:r></w:p>`;
    const run = runWith(["--no-layout", "隐藏.docx"], { "隐藏.docx": buildDocx({ body: hidden }) });
    expect(run.stdout).toContain("未发现问题。");
    expect(run.code).toBe(0);
  });

  it("says a password-protected file must have its password removed, exit 2", () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    Array.from("EncryptedPackage").forEach((char, i) => (bytes[640 + 2 * i] = char.charCodeAt(0)));
    const run = runWith(["加密.docx"], { "加密.docx": bytes });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^“加密\.docx”：无法读取该文件：文档设有打开密码.*请在 Word 中打开/);
  });
});
