import { readDocx } from "../../src/docx";
import { buildDocx, note, noteRef, p, r, sectPr, table, textBoxRun, type DocxParts } from "./build-docx";

const read = (parts: DocxParts): Array<[string, string | undefined]> =>
  readDocx(buildDocx(parts)).paragraphs.map((para) => [para.text, para.part]);

const separators = note("footnote", -1, "<w:p><w:r><w:separator/></w:r></w:p>", "separator") +
  note("footnote", 0, "<w:p><w:r><w:continuationSeparator/></w:r></w:p>", "continuationSeparator");

describe("readDocx: text boxes, headers, footers and notes follow the body, marked with their part", () => {
  it("reads a text box once although Word writes it twice (DrawingML and its VML fallback), after the body", () => {
    const body = p("版头下的正文") + `<w:p>${r("锚定段落")}${textBoxRun(p("XXXX人民政府文件"))}</w:p>` + p("末段");
    expect(read({ body })).toEqual([
      ["版头下的正文", undefined], ["锚定段落", undefined], ["末段", undefined], ["XXXX人民政府文件", "textBox"],
    ]);
  });

  it("reads VML-only text boxes, boxes in table cells, boxes in boxes, and tables inside a box", () => {
    const vml = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p("旧式文本框")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const inner = `<w:p>${r("外框")}${textBoxRun(p("内框"))}</w:p>` + table(p("框内表格"));
    const body = `<w:p>${vml}</w:p>` + table(`<w:p>${textBoxRun(inner)}</w:p>`);
    const snapshot = readDocx(buildDocx({ body }));
    expect(snapshot.paragraphs.map((para) => [para.text, para.part, para.tableNestingLevel])).toEqual([
      ["", undefined, 0], ["", undefined, 1],
      ["旧式文本框", "textBox", 0], ["外框", "textBox", 0], ["框内表格", "textBox", 1], ["内框", "textBox", 0],
    ]);
  });

  it("reads the headers and footers the sections show, each part once, text boxes in them as theirs", () => {
    const body = p("第一节") + `<w:p><w:pPr>${sectPr({ default: "rIdH1" }, { default: "rIdF1" })}</w:pPr></w:p>` +
      p("第二节") + sectPr({ default: "rIdH1", first: "rIdH2", even: "rIdH3" }, { default: "rIdF1" });
    const headers = [p("XX市XX局") + `<w:p>${textBoxRun(p("页眉框"))}</w:p>`, p("首页页眉"), p("偶数页页眉")];
    expect(read({ body, headers, footers: [p("— 1 —")] })).toEqual([
      ["第一节", undefined], ["", undefined], ["第二节", undefined],
      ["XX市XX局", "header"], ["", "header"], ["页眉框", "header"], ["— 1 —", "footer"],
    ]);
  });

  it("reads a first-page header only with a distinct first page, an even one only with odd and even headers", () => {
    const body = p("正文") + sectPr({ default: "rIdH1", first: "rIdH2", even: "rIdH3" }, {}, "<w:titlePg/>");
    const headers = [p("默认页眉"), p("首页页眉"), p("偶数页页眉")];
    expect(read({ body, headers, settings: "<w:evenAndOddHeaders/>" }).map(([text]) => text)).toEqual([
      "正文", "默认页眉", "首页页眉", "偶数页页眉",
    ]);
  });

  it("reads the footnotes and endnotes the text refers to, never Word's separator notes, then the text boxes", () => {
    const body = `<w:p>${r("正文")}${noteRef("footnote", 1)}${noteRef("endnote", 1)}</w:p>` + `<w:p>${textBoxRun(p("框"))}</w:p>`;
    const footnotes = separators + note("footnote", 1, p("资料来源：XX统计局")) + note("footnote", 2, p("未引用的脚注"));
    const endnotes = note("endnote", 1, p("尾注一"));
    expect(read({ body, footnotes, endnotes, headers: [p("页眉")], footers: [p("页脚")] })).toEqual([
      ["正文", undefined], ["", undefined], ["资料来源：XX统计局", "footnote"], ["尾注一", "endnote"], ["框", "textBox"],
    ]);
    const withHeaders = `<w:p>${r("正文")}${noteRef("footnote", 1)}</w:p>` + sectPr({ default: "rIdH1" }, { default: "rIdF1" });
    expect(read({ body: withHeaders, footnotes, headers: [p("页眉")], footers: [p("页脚")] }).map(([, part]) => part)).toEqual([
      undefined, "header", "footer", "footnote",
    ]);
  });

  it("reads a document without notes, headers or settings parts as before", () => {
    expect(read({ body: `<w:p>${r("正文")}${noteRef("footnote", 1)}</w:p>` + sectPr({ default: "rIdH9" }) })).toEqual([["正文", undefined]]);
  });
});
