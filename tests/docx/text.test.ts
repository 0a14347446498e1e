import { readDocx } from "../../src/docx";
import { buildDocx, p, r, table } from "./build-docx";

const texts = (body: string): string[] => readDocx(buildDocx({ body })).paragraphs.map((para) => para.text);

describe("readDocx: paragraph text", () => {
  it("reads body paragraphs in order, with empty paragraphs kept", () => {
    expect(texts(p("一、总体情况") + p("") + p("今年以来，我们……"))).toEqual(["一、总体情况", "", "今年以来，我们……"]);
  });

  it("joins runs and keeps spaces and full-width indentation", () => {
    expect(texts(`<w:p>${r("　　二、")}${r("主要做法 ")}${r("与成效")}</w:p>`)).toEqual(["　　二、主要做法 与成效"]);
  });

  it("maps tabs, soft line breaks (U+000B as in Word's Range.Text), page breaks and hyphens", () => {
    const body =
      "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>" +
      '<w:br w:type="page"/><w:t>COVID</w:t><w:noBreakHyphen/><w:t>19</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>';
    expect(texts(body)).toEqual(["甲\t乙\v丙\v丁\fCOVID-19"]);
  });

  it("reads paragraphs in tables with their nesting level, nested tables too", () => {
    const body = p("表前") + table(p("单元格一"), p("外层") + table(p("内层")) + p("外层后")) + p("表后");
    const snapshot = readDocx(buildDocx({ body }));
    expect(snapshot.paragraphs.map((para) => [para.text, para.tableNestingLevel])).toEqual([
      ["表前", 0], ["单元格一", 1], ["外层", 1], ["内层", 2], ["外层后", 1], ["表后", 0],
    ]);
  });

  it("ignores deleted text and keeps inserted text (tracked changes, final view)", () => {
    const body =
      `<w:p>${r("累计撰写调研报告")}<w:del w:id="1" w:author="a"><w:r><w:delText>*</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="a">${r("12")}</w:ins>${r("篇")}</w:p>`;
    expect(texts(body)).toEqual(["累计撰写调研报告12篇"]);
  });

  it("joins a paragraph whose mark was deleted with the next one, and drops deleted table rows", () => {
    const deletedMark = `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>${r("前半句，")}</w:p>`;
    const deletedRow = `<w:tbl><w:tr><w:trPr><w:del w:id="4" w:author="a"/></w:trPr><w:tc>${p("删")}</w:tc></w:tr></w:tbl>`;
    expect(texts(deletedMark + p("后半句。") + deletedRow)).toEqual(["前半句，后半句。"]);
  });

  it("shows a field's result, not its instructions, also for nested fields and w:fldSimple", () => {
    const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const instr = (code: string): string => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
    const nested = fld("begin") + instr(" IF ") + fld("begin") + instr(" PAGE ") + fld("separate") + r("9") + fld("end") +
      instr(" = 1 ") + fld("separate") + r("结果") + fld("end");
    const body =
      `<w:p>${r("第")}${fld("begin")}${instr(" PAGE ")}${fld("separate")}${r("3")}${fld("end")}${r("页")}</w:p>` +
      `<w:p>${nested}</w:p>` +
      `<w:p><w:fldSimple w:instr=" DATE ">${r("2023年12月20日")}</w:fldSimple></w:p>`;
    expect(texts(body)).toEqual(["第3页", "结果", "2023年12月20日"]);
  });

  it("descends into content controls, hyperlinks and smart tags at block and run level", () => {
    const body =
      `<w:sdt><w:sdtPr/><w:sdtContent>${p("控件中的段落")}</w:sdtContent></w:sdt>` +
      `<w:p><w:sdt><w:sdtPr/><w:sdtContent>${r("填写")}</w:sdtContent></w:sdt>` +
      `<w:hyperlink w:history="1">${r("链接")}</w:hyperlink><w:smartTag>${r("标记")}</w:smartTag></w:p>`;
    expect(texts(body)).toEqual(["控件中的段落", "填写链接标记"]);
  });

  it("does not take footnote text, text boxes or unknown elements as body paragraphs: a text box follows the body", () => {
    const body =
      `<w:p>${r("正文")}<w:r><w:footnoteReference w:id="1"/></w:r>` +
      `<w:r><w:drawing><w:txbxContent>${p("文本框")}</w:txbxContent></w:drawing></w:r>` +
      `<w:unknownThing>${r("未知")}</w:unknownThing></w:p>` +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    const paragraphs = readDocx(buildDocx({ body })).paragraphs;
    expect(paragraphs.map((para) => [para.text, para.part])).toEqual([["正文", undefined], ["文本框", "textBox"]]);
  });

  it("reads a document saved without relationship parts (conventional part names)", () => {
    expect(readDocx(buildDocx({ body: p("无关系文件"), rels: false })).paragraphs[0].text).toBe("无关系文件");
  });
});
