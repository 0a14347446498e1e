import type { ParagraphLayout } from "../../src/core/layout/types";
import { readDocx } from "../../src/docx";
import { readFlatOpcLayout } from "../../src/docx/flatOpc";
import { abstractNum, buildDocx, note, noteRef, num, p, sectPr, table } from "./build-docx";
import { buildFlatOpc } from "./build-flat-opc";
import { fonts, para, run, size, theme } from "./layout-fixtures";

const NORMAL = '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>';

function layouts(body: string, styles = NORMAL, extra: { theme?: string } = {}): ParagraphLayout[] {
  return readDocx(buildDocx({ body, styles, ...extra })).paragraphs.map((paragraph) => {
    if (paragraph.layout === undefined) throw new Error(`no layout for “${paragraph.text}”`);
    return paragraph.layout;
  });
}

/** Each run as [its text, bold] (or another property), to see where the ranges fall in the paragraph's text. */
function runTexts(body: string, styles = NORMAL): Array<Array<[string, boolean | undefined]>> {
  const snapshot = readDocx(buildDocx({ body, styles }));
  return snapshot.paragraphs.map((paragraph) =>
    (paragraph.layout?.runs ?? []).map((r): [string, boolean | undefined] => [paragraph.text.slice(r.range[0], r.range[1]), r.bold]),
  );
}

const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const bold = (text: string) => run(text, "<w:b/>");

describe("layout runs index the paragraph's text exactly", () => {
  it("covers tabs, breaks, field results, hyperlinks, smart tags, content controls and simple fields", () => {
    const body = para(
      "",
      run("甲"),
      '<w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t>乙</w:t><w:br/></w:r>',
      fld("begin"), '<w:r><w:instrText> PAGE </w:instrText></w:r>', fld("separate"), bold("3"), fld("end"),
      `<w:hyperlink r:id="rId9">${run("链接", "<w:b/>")}</w:hyperlink>`,
      `<w:smartTag w:uri="x" w:element="y">${run("标记")}</w:smartTag>`,
      `<w:sdt><w:sdtPr/><w:sdtContent>${bold("控件")}</w:sdtContent></w:sdt>`,
      `<w:fldSimple w:instr=" DATE ">${run("今天")}</w:fldSimple>`,
      '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
      `<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del>`,
      run("藏", "<w:vanish/>"),
      `<w:ins w:id="2" w:author="a">${run("尾")}</w:ins>`,
    );
    expect(runTexts(body)).toEqual([[["甲", false], ["\t乙\v3链接", true], ["标记", false], ["控件", true], ["今天尾", false]]]);
  });

  it("carries the runs of a paragraph whose mark was deleted into the next, as its text", () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>' + bold("前半") + "</w:p>" + para("", run("后半"));
    expect(runTexts(body)).toEqual([[["前半", true], ["后半", false]]]);
  });

  it("gives an empty paragraph no runs, and table paragraphs their own layout", () => {
    expect(runTexts(p("") + table(para("", bold("格"))))).toEqual([[], [["格", true]]]);
  });

  it("leaves headers, footers and notes without layout: the check is about the main text", () => {
    const snapshot = readDocx(
      buildDocx({
        body: para("", run("正文"), noteRef("footnote", 1)) + sectPr({ default: "rIdH1" }),
        headers: [p("页眉")],
        footnotes: note("footnote", 1, p("脚注")),
        styles: NORMAL,
      }),
    );
    expect(snapshot.paragraphs.map((paragraph) => [paragraph.text, paragraph.layout !== undefined])).toEqual([
      ["正文", true], ["页眉", false], ["脚注", false],
    ]);
  });
});

describe("bold as a toggle property (ECMA-376 17.7.3)", () => {
  const styles =
    NORMAL +
    '<w:style w:type="paragraph" w:styleId="h"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="h2"><w:name w:val="Sub"/><w:basedOn w:val="h"/></w:style>' +
    '<w:style w:type="character" w:styleId="s"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="s2"><w:name w:val="Strong Child"/><w:basedOn w:val="s"/></w:style>' +
    '<w:style w:type="character" w:styleId="n"><w:name w:val="Not bold"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>';
  const rStyle = (id: string) => `<w:rStyle w:val="${id}"/>`;

  it("a bold character style in a bold paragraph style cancels out; w:b=0 in a style changes nothing", () => {
    const body =
      para('<w:pStyle w:val="h2"/>', run("继承"), run("相消", rStyle("s2")), run("不变", rStyle("n"))) +
      para("", run("加粗", rStyle("s")), run("正常"));
    expect(runTexts(body, styles)).toEqual([[["继承", true], ["相消", false], ["不变", true]], [["加粗", true], ["正常", false]]]);
  });

  it("direct w:b is absolute, whatever the styles say", () => {
    const body = para('<w:pStyle w:val="h"/>', run("直接", `${rStyle("s")}<w:b/>`), run("关闭", "<w:b w:val=\"false\"/>"));
    expect(runTexts(body, styles)).toEqual([[["直接", true], ["关闭", false]]]);
  });
});

describe("fonts: each w:rFonts slot inherited on its own, theme slots resolved in theme1.xml", () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="t"><w:name w:val="Theme"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="黑体" w:eastAsiaTheme="majorEastAsia"/></w:rPr></w:style>';

  it("a style's explicit East Asian font keeps the defaults' theme Latin font; a theme attribute wins over its explicit twin", () => {
    const [normal, themed] = layouts(para("", run("正文")) + para('<w:pStyle w:val="t"/>', run("标题")), styles, {
      theme: theme(["Cambria", "华文中宋", "宋体"], ["Calibri", "", "等线"]),
    });
    expect(normal.runs[0]).toMatchObject({ eastAsiaFont: "仿宋_GB2312", latinFont: "Calibri" });
    // a:ea names a font, so it is used rather than the Hans entry.
    expect(themed.runs[0]).toMatchObject({ eastAsiaFont: "华文中宋", latinFont: "Calibri" });
  });

  it("direct fonts override theme fonts from the styles; without the theme part, theme fonts are unknown", () => {
    const [direct, inherited] = layouts(para("", run("直接", fonts("黑体", "Arial"))) + para('<w:pStyle w:val="t"/>', run("主题")), styles);
    expect(direct.runs[0]).toMatchObject({ eastAsiaFont: "黑体", latinFont: "Arial" });
    expect(inherited.runs[0]).toMatchObject({ eastAsiaFont: undefined, latinFont: undefined });
  });

  it("merges adjacent runs that differ only in properties the layout does not hold", () => {
    const [merged] = layouts(para("", run("红", `${size(32)}<w:color w:val="FF0000"/>`), run("黑", size(32)), run("小", size(24))));
    expect(merged.runs.map((r) => [r.range, r.sizePt])).toEqual([[[0, 2], 16], [[2, 3], 12]]);
  });
});

describe("paragraph properties", () => {
  const one = (pPr: string, styles = NORMAL) => layouts(para(pPr, run("文字")), styles)[0];

  it("maps w:jc to Word's alignment", () => {
    const cases: Array<[string, string]> = [
      ["both", "justify"], ["distribute", "justify"], ["center", "center"], ["start", "left"], ["end", "right"], ["right", "right"], ["left", "left"],
    ];
    for (const [jc, alignment] of cases) expect([jc, one(`<w:jc w:val="${jc}"/>`).alignment]).toEqual([jc, alignment]);
    expect(one("").alignment).toBe("left");
  });

  it("reads first-line and hanging indents in characters and points, universal measures too", () => {
    expect(one('<w:ind w:firstLine="420"/>').firstLineIndent).toEqual({ pt: 21 });
    expect(one('<w:ind w:firstLineChars="200"/>').firstLineIndent).toEqual({ chars: 2 });
    expect(one('<w:ind w:left="640" w:hanging="640" w:hangingChars="200"/>').firstLineIndent).toEqual({ chars: -2, pt: -32 });
    expect(one('<w:ind w:firstLine="1cm"/>').firstLineIndent?.pt).toBeCloseTo(28.35, 2);
    expect(one("").firstLineIndent).toEqual({ pt: 0 });
  });

  it("lets a style's w:firstLineChars win over a direct w:firstLine, and a direct hanging indent end the style's first-line one", () => {
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>';
    expect(one('<w:ind w:firstLine="480"/>', styles).firstLineIndent).toEqual({ chars: 2, pt: 24 });
    expect(one('<w:ind w:hanging="420"/>', styles).firstLineIndent).toEqual({ pt: -21 });
    expect(one('<w:ind w:firstLineChars="0" w:firstLine="0"/>', styles).firstLineIndent).toEqual({ pt: 0 });
  });

  it("reads line spacing: auto in 240ths of a line, exact and at-least in twips; w:line without a rule is auto", () => {
    expect(one('<w:spacing w:line="360" w:lineRule="auto"/>').lineSpacing).toEqual({ rule: "multiple", lines: 1.5 });
    expect(one('<w:spacing w:line="580" w:lineRule="exact"/>').lineSpacing).toEqual({ rule: "exact", pt: 29 });
    expect(one('<w:spacing w:line="560" w:lineRule="atLeast"/>').lineSpacing).toEqual({ rule: "atLeast", pt: 28 });
    const exactStyle = '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:style>';
    expect(one('<w:spacing w:line="480"/>', exactStyle).lineSpacing).toEqual({ rule: "multiple", lines: 2 });
    expect(one('<w:spacing w:after="120"/>', exactStyle).lineSpacing).toEqual({ rule: "exact", pt: 28 });
  });

  it("takes sizes in half-points, 10 pt when nothing sets one", () => {
    expect(layouts(para("", run("三号", size(32)), run("默认")))[0].runs.map((r) => r.sizePt)).toEqual([16, 10]);
  });
});

describe("page setup of the first section", () => {
  const page = (body: string, styles = NORMAL) => readDocx(buildDocx({ body, styles })).layout?.page;

  it("is absent without section properties, and has no grid figures without a grid", () => {
    expect(page(p("无节"))).toBeUndefined();
    expect(page(p("无网格") + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:docGrid w:linePitch="312"/></w:sectPr>')).toEqual({
      widthMm: 210, heightMm: 297, topMm: undefined, bottomMm: undefined, leftMm: undefined, rightMm: undefined,
    });
  });

  it("takes the first section when the document has several, and the size of a negative (fixed) top margin", () => {
    const first = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="-2098" w:bottom="1984" w:left="1587" w:right="1474"/></w:sectPr></w:pPr></w:p>';
    const last = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    expect(page(first + p("第二节") + last)).toMatchObject({ widthMm: 297, heightMm: 210, topMm: 37 });
  });
});

describe("indents of automatically numbered paragraphs", () => {
  const numbering =
    abstractNum(1, [{ fmt: "chineseCounting", text: "%1、", start: 1, pPr: '<w:ind w:left="0" w:firstLine="640"/>' }]) +
    abstractNum(2, [{ fmt: "decimal", text: "%1.", start: 1, pPr: '<w:ind w:left="420" w:hanging="420"/>' }]) +
    num(1, 1) + num(2, 2);
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="L"><w:name w:val="List Number"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="M"><w:name w:val="List Plain"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
  const numPr = (id: number) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;
  const indents = (body: string) =>
    readDocx(buildDocx({ body, styles, numbering })).paragraphs.map((paragraph) => [paragraph.listString, paragraph.layout?.firstLineIndent]);

  it("takes the list level's indent over the paragraph style's when the paragraph is numbered itself, and its own over both", () => {
    // The style's w:firstLineChars outlives the level's w:firstLine (Chars attributes win, 17.3.1.12); a hanging
    // level ends it.
    expect(indents(para(numPr(1), run("总体情况")) + para(numPr(2), run("第一项")) + para(`${numPr(2)}<w:ind w:firstLineChars="200"/>`, run("第二项")))).toEqual([
      ["一、", { chars: 2, pt: 32 }],
      ["1.", { pt: -21 }],
      ["2.", { chars: 2 }],
    ]);
  });

  it("lets a numbered style's own indent win over its list level's, and the level's stand where the styles set none", () => {
    expect(indents(para('<w:pStyle w:val="L"/>', run("样式编号")) + para('<w:pStyle w:val="M"/>', run("无缩进样式")))).toEqual([
      ["1.", { chars: 2 }],
      ["2.", { pt: -21 }],
    ]);
  });

  it("reads the same from the body's OOXML, numbering part included", () => {
    const body = para(numPr(1), run("总体情况")) + para('<w:pStyle w:val="L"/>', run("样式编号"));
    const flat = readFlatOpcLayout(buildFlatOpc({ body, styles, numbering }));
    expect(flat.paragraphs.map((paragraph) => paragraph.layout?.firstLineIndent)).toEqual([{ chars: 2, pt: 32 }, { chars: 2 }]);
  });
});
