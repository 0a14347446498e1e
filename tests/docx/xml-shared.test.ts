/**
 * Shared elements in the XML parser (the pane's OOXML read): run and paragraph properties that repeat word for word
 * are one object, and the tree reads the same as without sharing; never shared across different namespace bindings,
 * never past the depth limit, never when the source differs.
 */
import { finish } from "../../src/core/steps";
import { DocxReadError } from "../../src/docx/errors";
import { MAX_XML_DEPTH } from "../../src/docx/limits";
import { parseXmlSteps, type XmlElement } from "../../src/docx/xml-parse";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SHARED = new Set(["w:rPr", "w:pPr"]);

function parse(xml: string, shared?: ReadonlySet<string>, ends?: string[]): XmlElement {
  return finish(
    parseXmlSteps(xml, "part", (el) => {
      ends?.push(el.tagName);
      return false;
    }, 64, shared),
  );
}

/** The tree as plain data: what a reader sees, identity aside. */
function plain(el: XmlElement): unknown {
  return { tag: el.tagName, ns: el.namespaceURI, attrs: el.attributes.map((a) => [a.name, a.namespaceURI, a.value]), text: el.text, children: el.children.map(plain) };
}

const run = (props: string, text: string) => `<w:r>${props}<w:t>${text}</w:t></w:r>`;
const RPR = `<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>`;

test("equal properties are one object, and the tree reads as without sharing", () => {
  const xml = `<w:document xmlns:w="${W}"><w:body><w:p>${run(RPR, "甲")}${run(RPR, "乙")}${run(`<w:rPr><w:sz w:val="28"/></w:rPr>`, "丙")}</w:p><w:p>${run(RPR, "丁")}</w:p></w:body></w:document>`;
  const shared = parse(xml, SHARED);
  expect(plain(shared)).toEqual(plain(parse(xml)));
  const [p1, p2] = shared.children[0].children;
  const rPr = (p: XmlElement, i: number) => p.children[i].children[0];
  expect(rPr(p1, 1)).toBe(rPr(p1, 0));
  expect(rPr(p2, 0)).toBe(rPr(p1, 0));
  expect(rPr(p1, 2)).not.toBe(rPr(p1, 0));
});

test("onEnd sees a reused element but not what is inside it", () => {
  const xml = `<w:body xmlns:w="${W}">${run(RPR, "甲")}${run(RPR, "乙")}</w:body>`;
  const ends: string[] = [];
  parse(xml, SHARED, ends);
  expect(ends).toEqual(["w:rFonts", "w:sz", "w:rPr", "w:t", "w:r", "w:rPr", "w:t", "w:r", "w:body"]);
});

test("the same source under another binding of its prefix is read again, in that namespace", () => {
  const other = "urn:other";
  const xml = `<root xmlns:w="${W}">${RPR}<x xmlns:w="${other}">${RPR}</x></root>`;
  const tree = parse(xml, SHARED);
  const first = tree.children[0];
  const second = tree.children[1].children[0];
  expect(second).not.toBe(first);
  expect(first.namespaceURI).toBe(W);
  expect(second.namespaceURI).toBe(other);
  expect(plain(tree)).toEqual(plain(parse(xml)));
});

test("an element read at one depth is not reused where it would pass the depth limit", () => {
  const deep = `<w:rPr><a><b><c/></b></a></w:rPr>`;
  const nest = (levels: number, inner: string) => "<n>".repeat(levels) + inner + "</n>".repeat(levels);
  // The first copy sits shallow; the second would end one level past the limit.
  const xml = `<root xmlns:w="${W}">${deep}${nest(MAX_XML_DEPTH - 4, deep)}</root>`;
  expect(() => parse(xml, SHARED)).toThrow(DocxReadError);
  expect(() => parse(xml)).toThrow(DocxReadError);
});

test("a self-closing element, an element never closed and a nested one of the same name read as without sharing", () => {
  const xml = `<root xmlns:w="${W}"><w:rPr/><w:rPr><w:rPr><w:b/></w:rPr></w:rPr><w:rPr><w:rPr><w:b/></w:rPr><w:i/></w:rPr><w:rPr/></root>`;
  expect(plain(parse(xml, SHARED))).toEqual(plain(parse(xml)));
  expect(() => parse(`<root xmlns:w="${W}">${RPR}<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></root>`, SHARED)).toThrow(DocxReadError);
});
