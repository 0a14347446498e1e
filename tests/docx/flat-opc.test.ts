import { FlatOpcReadError, readFlatOpcLayout } from "../../src/docx/flatOpc";
import { readDocx } from "../../src/docx";
import { buildDocx, p, table } from "./build-docx";
import { buildFlatOpc } from "./build-flat-opc";

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>';

function readError(xml: string): FlatOpcReadError {
  try {
    readFlatOpcLayout(xml);
  } catch (error) {
    if (error instanceof FlatOpcReadError) return error;
    throw error;
  }
  throw new Error("readFlatOpcLayout accepted the input");
}

describe("readFlatOpcLayout: the body's OOXML as Word's getOoxml returns it", () => {
  it("lists the body's paragraphs, table paragraphs included, with the same text and layout as the .docx reader", () => {
    const body = p("正文第一段") + table(p("单元格")) + p("") + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;
    const flat = readFlatOpcLayout(buildFlatOpc({ body, styles: STYLES, image: true }));
    const docx = readDocx(buildDocx({ body, styles: STYLES }));
    expect(flat.paragraphs.map((para) => para.text)).toEqual(["正文第一段", "单元格", ""]);
    expect(flat.paragraphs.map((para) => para.layout)).toEqual(docx.paragraphs.map((para) => para.layout));
    expect(flat.paragraphs[0].layout).toEqual({
      alignment: "left",
      firstLineIndent: { chars: 2, pt: 32 },
      lineSpacing: { rule: "multiple", lines: 1 },
      runs: [{ range: [0, 5], eastAsiaFont: "仿宋_GB2312", latinFont: "Times New Roman", sizePt: 16, bold: false }],
    });
    expect(flat.page).toEqual(docx.layout?.page);
    expect(flat.page).toMatchObject({ widthMm: 210, heightMm: 297 });
  });

  it("reads a package without styles: sizes default to 10 pt, fonts stay unknown", () => {
    const flat = readFlatOpcLayout(buildFlatOpc({ body: p("无样式") }));
    expect(flat.paragraphs[0].layout?.runs).toEqual([{ range: [0, 3], eastAsiaFont: undefined, latinFont: undefined, sizePt: 10, bold: false }]);
  });

  it("turns malformed, empty or foreign XML into a Chinese error naming 格式未能读取", () => {
    for (const xml of ["", "<pkg:package", "not xml", '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>', "<a><b></a>"]) {
      const error = readError(xml);
      expect(error.message).toMatch(/^格式未能读取：/);
      expect(error.message.replace(/Word/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("turns nesting deeper than the reader allows into the same error", () => {
    const deep = "<w:sdt><w:sdtContent>".repeat(1200) + "</w:sdtContent></w:sdt>".repeat(1200);
    const error = readError(buildFlatOpc({ body: deep }));
    expect([error.code, error.message]).toEqual(["bad-xml", "格式未能读取：Word 返回的文档内容无法解析"]);
  });

  it("finds the styles through the document's relationships, or by Word's usual name without them", () => {
    const size = (xml: string) => readFlatOpcLayout(xml).paragraphs[0].layout?.runs[0].sizePt;
    const flat = buildFlatOpc({ body: p("正文"), styles: STYLES });
    expect(size(flat)).toBe(16);
    expect(size(flat.replace('pkg:name="/word/styles.xml"', 'pkg:name="/word/styles2.xml"').replace('Target="styles.xml"', 'Target="styles2.xml"'))).toBe(16);
    expect(size(flat.replace(/<Relationship Id="rId1" Type="[^"]*\/styles" Target="styles.xml"\/>/, ""))).toBe(16);
    expect(size(flat.replace('pkg:name="/word/styles.xml"', 'pkg:name="/word/other.xml"'))).toBe(10);
  });

  it("refuses a reply larger than the reader's limit before parsing it", () => {
    const huge = "<x>" + " ".repeat(81 * 1024 * 1024) + "</x>";
    expect(readError(huge).code).toBe("too-large");
  });
});
