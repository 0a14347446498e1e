import { checkDocument } from "../../src/core/engine";
import { filterIgnored, ignoreKey } from "../../src/core/ignore";
import { snapshotFromLines } from "../../src/core/model";

describe("ignore keys", () => {
  const doc = snapshotFromLines("开头。\n某某单位的工作很好。\n累计*篇");
  const findings = checkDocument(doc);
  const name = findings.find((f) => f.ruleId === "placeholder-name")!;

  it("are built from rule, excerpt and surrounding text, not offsets", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    expect(key).toContain("placeholder-name");
    expect(key).toContain("某某");
    expect(key).toContain("单位的工作很");
    expect(key).not.toMatch(/\b1\b/);
  });

  it("survive edits elsewhere: other paragraphs, and the same paragraph beyond the anchor", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    const edited = snapshotFromLines("新加的开头段。\n开头。\n某某单位的工作很好，群众满意度持续提升。\n累计*篇");
    const remaining = filterIgnored(checkDocument(edited), edited, [key]);
    expect(remaining.some((f) => f.ruleId === "placeholder-name")).toBe(false);
    expect(remaining.some((f) => f.ruleId === "placeholder")).toBe(true);
  });

  it("stop matching when the text around the finding changes", () => {
    const key = ignoreKey(name, doc.paragraphs[1].text);
    const edited = snapshotFromLines("开头。\n某某公司的账目。");
    expect(filterIgnored(checkDocument(edited), edited, new Set([key])).some((f) => f.ruleId === "placeholder-name")).toBe(true);
  });

  it("work for findings on Word automatic numbering", () => {
    const listDoc = { paragraphs: [{ text: "甲", listString: "一、", tableNestingLevel: 0 }, { text: "乙", listString: "三、", tableNestingLevel: 0 }] };
    const f = checkDocument(listDoc).find((x) => x.onListString && x.ruleId === "numbering-sequence")!;
    expect(filterIgnored([f], listDoc, [ignoreKey(f, listDoc.paragraphs[f.paragraphIndex].text)])).toEqual([]);
  });

  it("hold whole characters only: an emoji at the edge of the anchor is not cut in two", () => {
    const text = "甲😀乙丙丁戊己某某单位工作好😀很"; // the 6-unit anchors end inside each 😀
    const f = checkDocument(snapshotFromLines(text)).find((x) => x.ruleId === "placeholder-name")!;
    const key = ignoreKey(f, text);
    expect(key).toContain("😀乙丙丁戊己\u241f某某\u241f单位工作好😀");
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(key)).toBe(false);
  });
});
