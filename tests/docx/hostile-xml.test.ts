/** Hostile XML inside a valid package: deep nesting, DTDs and entities. Built here, small on disk. */
import { readDocx } from "../../src/docx";
import { buildDocx, p } from "./build-docx";
import { readError } from "./readError";


const nested = (open: string, close: string, depth: number, inner: string): string =>
  open.repeat(depth) + inner + close.repeat(depth);

describe("readDocx: hostile XML", () => {
  it.each([
    ["tables", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 3400],
    ["content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 5000],
    ["custom XML", "<w:customXml>", "</w:customXml>", 10000],
  ])("refuses %s nested 10,000 elements deep with a clear message, not a stack overflow", (_, open, close, depth) => {
    const error = readError(buildDocx({ body: nested(open, close, depth, p("深处")) }));
    expect(error.code).toBe("too-deep");
    expect(error.message).toMatch(/^无法读取该文件：文档的嵌套层次过深.*（word\/document\.xml）$/);
  });

  it("refuses text boxes nested inside text boxes thousands deep", () => {
    // DrawingML only: Word's VML copy of every box would double the file at each level.
    const open = "<w:p><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>";
    const close = "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>";
    expect(readError(buildDocx({ body: nested(open, close, 1000, p("最里层")) })).code).toBe("too-deep");
    // 30 boxes deep (330 elements) is still read, each box's text once.
    const doc = readDocx(buildDocx({ body: nested(open, close, 30, p("最里层")) }));
    expect(doc.paragraphs.filter((x) => x.text === "最里层")).toHaveLength(1);
  });

  it("reads tables nested as deep as a real document might", () => {
    const doc = readDocx(buildDocx({ body: nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 60, p("表中")) }));
    expect(doc.paragraphs.map((x) => [x.text, x.tableNestingLevel])).toEqual([["表中", 60]]);
  });

  it("refuses a DTD (no entity expansion) and names undefined entities, in Chinese", () => {
    const dtd = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document/>';
    const error = readError(buildDocx({ body: "", extra: { "word/document.xml": dtd } }));
    expect(error.code).toBe("bad-xml");
    expect(error.message).toContain("word/document.xml 第 1 行：含有 DTD 声明");
    expect(readError(buildDocx({ body: p("&a;").replace("&amp;", "&") })).message).toContain("未定义的实体“&a;”");
  });

  it("decodes character and predefined entity references in text and attributes", () => {
    const body = '<w:p><w:r><w:t>&#x4E00;&#20108;&lt;&amp;&gt;&quot;&apos;<![CDATA[<三>]]></w:t></w:r></w:p>';
    expect(readDocx(buildDocx({ body })).paragraphs[0].text).toBe("一二<&>\"'<三>");
  });
});
