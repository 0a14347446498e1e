import { DOMParser } from "@xmldom/xmldom";
import { parseOoxml } from "../../src/playground/fakeWord/ooxmlParse";
import { ROLE_FORMATS } from "../../src/host/formats";
import { buildOoxml, escapeXml } from "../../src/word/ooxml";

describe("ooxml", () => {
  it("escapes <, &, quotes and ]]> so text stays text", () => {
    expect(escapeXml(`a<b>&"c"'d']]>`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;]]&gt;");
  });

  it("drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml("a\u0000b\u0007c\td")).toBe("abc\td");
  });

  it("builds a well-formed package whose text round-trips exactly", () => {
    const texts = ["<w:p>注入</w:p>", `"引号" & 'single'`, "]]> <![CDATA[x]]>", "tab\there"];
    const xml = buildOoxml(texts.map((text) => ({ role: "body", text })));
    const errors: string[] = [];
    new DOMParser({ onError: (level, msg) => { if (level !== "warning") errors.push(msg); } }).parseFromString(xml, "text/xml");
    expect(errors).toEqual([]);
    expect(parseOoxml(xml).map((p) => p.text)).toEqual(texts);
  });

  it("sets East Asian and Latin fonts, sizes, alignment and the 2-character indent per role", () => {
    const [title, h1, body, date] = parseOoxml(
      buildOoxml([
        { role: "title", text: "标题" },
        { role: "heading1", text: "一、" },
        { role: "body", text: "正文" },
        { role: "date", text: "2024年1月1日" },
      ]),
    );
    expect(title.format).toEqual({ alignment: "center", fontEastAsia: "方正小标宋简体", fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", sizeHalfPoints: 44 });
    expect(h1.format).toMatchObject({ fontEastAsia: "黑体", sizeHalfPoints: 32, firstLineChars: 200 });
    expect(body.format).toMatchObject({ fontEastAsia: "仿宋_GB2312", sizeHalfPoints: 32, firstLineChars: 200 });
    expect(date.format).toMatchObject({ alignment: "right" });
    expect(ROLE_FORMATS.heading2.eastAsia).toBe("楷体_GB2312");
    expect(ROLE_FORMATS.heading3.eastAsia).toBe("仿宋_GB2312");
  });
  it("sets the 主送机关 (recipient) flush left: 3号仿宋, left aligned, an explicit zero first-line indent", () => {
    const xml = buildOoxml([{ role: "recipient", text: "XX市委办公室：" }]);
    const pPr = /<w:pPr>(.*?)<w:rPr>/.exec(xml)?.[1];
    // Zero in both units, so a Normal style with 首行缩进 cannot indent it; no non-zero indent of any kind.
    expect(pPr).toBe(`<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>`);
    expect(xml).not.toMatch(/w:firstLine(Chars)?="[1-9]/);
    expect(xml).not.toMatch(/w:(left|start|hanging)(Chars)?=/);
    const [recipient] = parseOoxml(xml);
    expect(recipient.text).toBe("XX市委办公室：");
    expect(recipient.format).toEqual({
      alignment: "left",
      firstLineChars: 0,
      fontEastAsia: "仿宋_GB2312",
      fontAscii: "Times New Roman",
      fontHAnsi: "Times New Roman",
      sizeHalfPoints: 32,
    });
  });

  it("emits w:pPr and w:rPr children in schema order (CT_PPrBase/CT_PPr, CT_RPr), for every role", () => {
    // The sequences from the WordprocessingML schema, cut to the elements that may ever be emitted here.
    const P_PR = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "snapToGrid", "spacing", "ind", "jc", "outlineLvl", "rPr"];
    const R_PR = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "spacing", "kern", "sz", "szCs"];
    const roles = Object.keys(ROLE_FORMATS) as (keyof typeof ROLE_FORMATS)[];
    const doc = new DOMParser().parseFromString(buildOoxml(roles.map((role) => ({ role, text: "文" }))), "text/xml");
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    type Node = { readonly nodeType: number; readonly localName?: string | null };
    const childNames = (el: { readonly childNodes: ArrayLike<Node> }) => Array.from(el.childNodes).filter((n) => n.nodeType === 1).map((n) => n.localName ?? "");
    const inOrder = (names: string[], order: string[]) => names.every((n) => order.includes(n)) && names.every((n, k) => k === 0 || order.indexOf(names[k - 1]) < order.indexOf(n));
    const pPrs = Array.from(doc.getElementsByTagNameNS(W, "pPr"));
    const rPrs = Array.from(doc.getElementsByTagNameNS(W, "rPr"));
    expect(pPrs).toHaveLength(roles.length);
    for (const pPr of pPrs) expect({ order: childNames(pPr), ok: inOrder(childNames(pPr), P_PR) }).toMatchObject({ ok: true });
    for (const rPr of rPrs) expect({ order: childNames(rPr), ok: inOrder(childNames(rPr), R_PR) }).toMatchObject({ ok: true });
    // The recipient has both (zero indent, left aligned): w:ind comes before w:jc.
    expect(new Set(pPrs.map((p) => childNames(p).join(",")))).toEqual(new Set(["jc,rPr", "ind,rPr", "ind,jc,rPr"]));
  });
});
