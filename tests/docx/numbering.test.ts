import { readDocx } from "../../src/docx";
import { abstractNum, buildDocx, GONGWEN_LEVELS, num, p } from "./build-docx";

const lists = (body: string, numbering: string, styles?: string): Array<[string | undefined, number | undefined, string]> =>
  readDocx(buildDocx({ body, numbering, styles })).paragraphs.map((para) => [para.listString, para.listLevel, para.text]);

const gongwen = abstractNum(0, GONGWEN_LEVELS) + num(1, 0);
const item = (text: string, ilvl: number, numId = 1): string => p(text, { numId, ilvl });

describe("readDocx: Word automatic numbering", () => {
  it("numbers the four GB/T 9704 levels and restarts each sub-level under a new parent", () => {
    const body =
      item("主要工作", 0) + item("抓学习", 1) + item("细项", 2) + item("更细", 3) + item("更细二", 3) + item("细项二", 2) +
      item("抓落实", 1) + item("细项", 2) + p("正文段落不编号") + item("存在问题", 0) + item("问题一", 1) + item("小点", 2);
    expect(lists(body, gongwen)).toEqual([
      ["一、", 0, "主要工作"], ["（一）", 1, "抓学习"], ["1.", 2, "细项"], ["（1）", 3, "更细"], ["（2）", 3, "更细二"],
      ["2.", 2, "细项二"], ["（二）", 1, "抓落实"], ["1.", 2, "细项"], [undefined, undefined, "正文段落不编号"],
      ["二、", 0, "存在问题"], ["（一）", 1, "问题一"], ["1.", 2, "小点"],
    ]);
  });

  it("counts in Chinese like Word: 十, 十一, 二十, 二十一", () => {
    const body = Array.from({ length: 21 }, (_, i) => item(`第${i + 1}项`, 0)).join("");
    const strings = lists(body, gongwen).map(([listString]) => listString);
    expect([strings[0], strings[9], strings[10], strings[19], strings[20]]).toEqual(["一、", "十、", "十一、", "二十、", "二十一、"]);
  });

  it("fills multi-level patterns such as %1.%2. and honours isLgl", () => {
    const numbering =
      abstractNum(0, [
        { fmt: "chineseCounting", text: "第%1章", start: 1 },
        { fmt: "decimal", text: "%1.%2", start: 1, isLgl: true },
      ]) + num(1, 0);
    expect(lists(item("甲", 0) + item("乙", 1) + item("丙", 0) + item("丁", 1), numbering).map(([s]) => s)).toEqual([
      "第一章", "1.1", "第二章", "2.1",
    ]);
  });

  it("honours w:start and a startOverride on a new w:num, applied once", () => {
    const numbering = abstractNum(0, [{ fmt: "decimal", text: "%1.", start: 3 }]) + num(1, 0) + num(2, 0, { 0: 1 });
    const body = item("a", 0, 1) + item("b", 0, 1) + item("c", 0, 2) + item("d", 0, 2);
    expect(lists(body, numbering).map(([s]) => s)).toEqual(["3.", "4.", "1.", "2."]);
  });

  it("shares counters between w:num instances of one abstract list, as Word does", () => {
    const numbering = abstractNum(0, [{ fmt: "decimal", text: "%1.", start: 1 }]) + num(1, 0) + num(2, 0) + num(3, 0, { 0: 8 });
    const body = item("a", 0, 1) + item("b", 0, 2) + item("c", 0, 3) + item("d", 0, 1);
    expect(lists(body, numbering).map(([s]) => s)).toEqual(["1.", "2.", "8.", "9."]);
  });

  it("honours lvlRestart: 0 never restarts, 1 restarts only after level 1", () => {
    const numbering =
      abstractNum(0, [
        { fmt: "decimal", text: "%1.", start: 1 },
        { fmt: "decimal", text: "（%2）", start: 1, restart: 0 },
        { fmt: "lowerLetter", text: "%3)", start: 1, restart: 1 },
      ]) + num(1, 0);
    const body = item("a", 0) + item("b", 1) + item("c", 2) + item("d", 1) + item("e", 2) + item("f", 0) + item("g", 1) + item("h", 2);
    expect(lists(body, numbering).map(([s]) => s)).toEqual(["1.", "（1）", "a)", "（2）", "b)", "2.", "（3）", "a)"]);
  });

  it("counts a shallower level as shown once when a deeper one comes first, as Word does (KB Q110380)", () => {
    // Four 二级 items before the first 一级 one: Word numbers that 一级 item 二、, not 一、 and not 五、.
    const leading = item("甲", 1) + item("乙", 1) + item("丙", 1) + item("丁", 1) + item("戊", 0) + item("己", 0);
    expect(lists(leading, gongwen).map(([s]) => s)).toEqual(["（一）", "（二）", "（三）", "（四）", "二、", "三、"]);
  });

  it("continues a skipped level from 1 (一、 1. then （二）), matching the contents list Word and WPS print", () => {
    const body = item("总体情况", 0) + item("细项", 2) + item("细项二", 2) + item("分项", 1) + item("细项", 2) + item("下一部分", 0) + item("分项", 1);
    expect(lists(body, gongwen).map(([s]) => s)).toEqual(["一、", "1.", "2.", "（二）", "1.", "二、", "（一）"]);
    const numbering = abstractNum(0, [
      { fmt: "decimal", text: "%1.", start: 1 },
      { fmt: "decimal", text: "%1.%2", start: 1 },
      { fmt: "decimal", text: "%1.%2.%3", start: 1 },
    ]) + num(1, 0);
    expect(lists(item("a", 0) + item("b", 2) + item("c", 1), numbering).map(([s]) => s)).toEqual(["1.", "1.1.1", "1.2"]);
  });

  it("lets a restart of the top level (a new w:num with a startOverride) leave deeper levels of the shared list running", () => {
    const numbering = abstractNum(0, GONGWEN_LEVELS) + num(1, 0) + num(2, 0, { 0: 1 });
    const body = item("a", 0, 1) + item("b", 1, 1) + item("c", 1, 1) + item("d", 1, 2) + item("e", 0, 2);
    expect(lists(body, numbering).map(([s]) => s)).toEqual(["一、", "（一）", "（二）", "（三）", "二、"]);
  });

  it("takes numbering from the paragraph style, its level from the list's w:pStyle, and numId 0 switches it off", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/></w:style>';
    const numbering =
      abstractNum(0, [
        { fmt: "chineseCounting", text: "%1、", start: 1, pStyle: "1" },
        { fmt: "chineseCounting", text: "（%2）", start: 1, pStyle: "2" },
      ]) + num(1, 0);
    const body = p("总体", { style: "1" }) + p("分项", { style: "2" }) + p("不编号", { style: "1", numId: 0 }) + p("再一项", { style: "1" });
    expect(lists(body, numbering, styles)).toEqual([["一、", 0, "总体"], ["（一）", 1, "分项"], [undefined, undefined, "不编号"], ["二、", 0, "再一项"]]);
  });

  it("shows bullets verbatim and ignores references to lists that do not exist", () => {
    const numbering = abstractNum(0, [{ fmt: "bullet", text: "●" }]) + num(1, 0);
    expect(lists(item("要点", 0) + item("悬空引用", 0, 99) + item("未定义层级", 5), numbering).map(([s]) => s)).toEqual([
      "●", undefined, undefined,
    ]);
  });

  it("reads list paragraphs without numbering.xml as plain paragraphs", () => {
    const snapshot = readDocx(buildDocx({ body: item("一项", 0) }));
    expect({ ...snapshot.paragraphs[0], layout: undefined }).toEqual({ text: "一项", tableNestingLevel: 0, styleBuiltIn: "Normal" });
  });
});
