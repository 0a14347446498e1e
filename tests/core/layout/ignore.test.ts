/** Ignoring a 格式 finding: it has no excerpt, so what it says is wrong identifies it (Finding.sameAs). */
import { checkDocument } from "../../../src/core/engine";
import { filterIgnored, ignoreKey, occurrenceKey } from "../../../src/core/ignore";
import type { DocSnapshot } from "../../../src/core/model";
import { resolveOptions } from "../../../src/core/options";
import { snapshot, SONGTI_XIAOSI, XIAOBIAOSONG, type ParagraphSpec } from "./build";

const body = (text: string, look = SONGTI_XIAOSI): ParagraphSpec => ({ text, look, indent: { chars: 2 } });
const TITLE: ParagraphSpec = { text: "关于工作情况的报告", look: XIAOBIAOSONG, align: "center" };
const ONLY_LAYOUT = resolveOptions({ categories: { numbering: false, enumeration: false, placeholder: false, structure: false, punctuation: false } });
const layoutFindings = (doc: DocSnapshot) => checkDocument(doc, ONLY_LAYOUT).filter((f) => f.ruleId === "layout-font");

describe("ignoring a 格式 finding", () => {
  // Two runs of body paragraphs in 宋体小四, apart: two findings that open with the same words.
  const doc = snapshot([TITLE, body("工作开展情况良好。"), body("工作开展情况总体较好，成效明显。"), body("另一段。", { font: "仿宋_GB2312", size: 16 }), body("工作开展情况良好。")]);
  const [first, second] = layoutFindings(doc);

  it("gives the same look-alike key to the same deviation of the same role, whatever the count", () => {
    expect(first.message).toContain("正文 2 段为宋体小四");
    expect(second.message).toBe("正文为宋体小四，应为仿宋_GB2312三号。");
    expect(ignoreKey(first, doc.paragraphs[1].text)).toBe(ignoreKey(second, doc.paragraphs[4].text));
  });

  it("ignores one finding by default and leaves the other", () => {
    const key = occurrenceKey(first, doc, [first, second]);
    expect(filterIgnored([first, second], doc, [key])).toEqual([second]);
  });

  it("does not take another deviation for the same one though the paragraph opens alike (忽略全部相同)", () => {
    const other = snapshot([TITLE, body("工作开展情况良好。", { font: "黑体", size: 16 })]);
    const [heiti] = layoutFindings(other);
    expect(heiti.message).toBe("正文为黑体，应为仿宋_GB2312。");
    const lookAlike = ignoreKey(first, doc.paragraphs[1].text);
    expect(filterIgnored([heiti], other, [lookAlike])).toEqual([heiti]);
    expect(filterIgnored([first, second], doc, [lookAlike])).toEqual([]);
  });
});
