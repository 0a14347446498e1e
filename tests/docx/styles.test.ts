import { readDocx } from "../../src/docx";
import { buildDocx, p } from "./build-docx";

// As Chinese Word writes them: numeric style ids, English built-in names, outline levels in the style.
const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="x1"><w:name w:val="公文一级标题"/><w:basedOn w:val="1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="b"><w:name w:val="List Paragraph"/></w:style>' +
  '<w:style w:type="character" w:styleId="c"><w:name w:val="Strong"/></w:style>';

const read = (body: string, styles: string | undefined = STYLES) =>
  readDocx(buildDocx({ body, styles })).paragraphs.map((para) => [para.styleBuiltIn, para.outlineLevel]);

describe("readDocx: styles and outline levels", () => {
  it("maps style names to Word's built-in names and inherits outline levels through basedOn", () => {
    const body = p("正文") + p("一、标题", { style: "1" }) + p("（一）", { style: "20" }) + p("报告", { style: "a3" }) +
      p("自定义", { style: "x1" }) + p("列表", { style: "b" });
    expect(read(body)).toEqual([
      ["Normal", undefined], ["Heading1", 1], ["Heading2", 2], ["Title", undefined], ["Other", 1], ["ListParagraph", undefined],
    ]);
  });

  it("lets the paragraph's own outline level win, 9 meaning body text", () => {
    expect(read(p("正文级", { style: "1", outlineLvl: 9 }) + p("大纲2", { outlineLvl: 1 }))).toEqual([
      ["Heading1", undefined], ["Normal", 2],
    ]);
  });

  it("falls back to Normal for unknown style ids and for documents without styles.xml", () => {
    expect(read(p("未知", { style: "nope" }))).toEqual([["Normal", undefined]]);
    expect(read(p("无样式"), undefined)).toEqual([["Normal", undefined]]);
  });

  it("survives a basedOn cycle in a damaged styles part", () => {
    const cyclic =
      '<w:style w:type="paragraph" w:styleId="p"><w:name w:val="A"/><w:basedOn w:val="q"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="q"><w:name w:val="B"/><w:basedOn w:val="p"/></w:style>';
    expect(read(p("环", { style: "p" }), cyclic)).toEqual([["Other", undefined]]);
  });
});
