import { readDocx } from "../../src/docx";
import { buildDocx, p, r, table } from "./build-docx";

const paragraphs = (body: string) => readDocx(buildDocx({ body })).paragraphs;
const hiddenRun = (text: string, vanish = "<w:vanish/>"): string => `<w:r><w:rPr>${vanish}</w:rPr><w:t>${text}</w:t></w:r>`;
const control = (content: string, showingPlaceholder: boolean): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="单位"/>${showingPlaceholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

describe("readDocx: hidden text", () => {
  it("does not read runs formatted as hidden (w:vanish), as Word does not show them", () => {
    const body = `<w:p>${r("累计完成")}${hiddenRun("**")}${r("12项")}${hiddenRun("显示", '<w:vanish w:val="0"/>')}</w:p>`;
    expect(paragraphs(body).map((para) => para.text)).toEqual(["累计完成12项显示"]);
  });

  it("keeps text hidden only by w:specVanish and the text of a paragraph whose mark alone is hidden", () => {
    const body =
      `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${r("一、标题")}</w:p>` +
      `<w:p><w:r><w:rPr><w:specVanish/></w:rPr><w:t>样式分隔</w:t></w:r></w:p>`;
    expect(paragraphs(body).map((para) => para.text)).toEqual(["一、标题", "样式分隔"]);
  });

  it("follows fields that begin or end in hidden text, and drops text boxes anchored in hidden runs", () => {
    const body =
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r("页")}</w:p>` +
      `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:pict><v:shape><v:textbox><w:txbxContent>${p("隐藏的框")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    expect(paragraphs(body).map((para) => [para.text, para.part])).toEqual([["3页", undefined], ["", undefined]]);
  });
});

describe("readDocx: content controls still showing their placeholder", () => {
  it("marks the prompt of an inline control as a placeholder span, in the paragraph's offsets", () => {
    const body = `<w:p>${r("报送单位：")}${control(r("单击或点击此处输入文字。"), true)}${r("（盖章）")}${control(r("已填写"), false)}</w:p>`;
    const [paragraph] = paragraphs(body);
    expect(paragraph.text).toBe("报送单位：单击或点击此处输入文字。（盖章）已填写");
    expect(paragraph.placeholderSpans).toEqual([[5, 17]]);
    expect(paragraph.text.slice(5, 17)).toBe("单击或点击此处输入文字。");
  });

  it("marks every paragraph of a block-level control and of a control around table rows", () => {
    const rowControl = `<w:tbl><w:tblPr/>${control(`<w:tr><w:tc>${p("输入数据")}</w:tc></w:tr>`, true)}</w:tbl>`;
    const body = control(p("在此输入标题") + p(""), true) + p("正文") + control(p("已填写"), false) + rowControl;
    expect(paragraphs(body).map((para) => [para.text, para.placeholderSpans])).toEqual([
      ["在此输入标题", [[0, 6]]], ["", undefined], ["正文", undefined], ["已填写", undefined], ["输入数据", [[0, 4]]],
    ]);
  });

  it("shifts the span when a deleted paragraph mark joins the prompt to the next paragraph", () => {
    const deletedMark = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>${r("前文")}</w:p>`;
    const [paragraph] = paragraphs(deletedMark + `<w:p>${control(r("输入姓名"), true)}</w:p>`);
    expect([paragraph.text, paragraph.placeholderSpans]).toEqual(["前文输入姓名", [[2, 6]]]);
    expect(paragraphs(table(`<w:p>${control(r("甲"), true)}</w:p>`))[0].placeholderSpans).toEqual([[0, 1]]);
  });
});
