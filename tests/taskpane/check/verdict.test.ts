/** The verdict's title and whether it says 可以提交: never when the layout could not be read (issue 13). */
import { summarizeFindings } from "../../../src/core/engine";
import { LAYOUT, PROPERTY_NAMES, joinNames } from "../../../src/taskpane/check/layoutStrings";
import { chipText, verdictChips, verdictHead } from "../../../src/taskpane/check/verdict";
import type { Finding } from "../../../src/core/finding";
import { UI } from "../../../src/taskpane/strings";

const clean = summarizeFindings([]);

describe("the verdict", () => {
  it("says 可以提交 when nothing is open and everything was read", () => {
    expect(verdictHead(clean, 0, 0, [])).toEqual({ ready: true, title: "可以提交" });
    expect(verdictHead(clean, 0, 2, [])).toEqual({ ready: true, title: "可以提交 · 已忽略 2 处" });
  });

  it("does not say 可以提交 when this Word could not read the fonts: it says the format was not all checked", () => {
    expect(verdictHead(clean, 0, 0, ["eastAsiaFont", "page"])).toEqual({ ready: false, title: "未发现问题 · 部分格式未能检查" });
    expect(LAYOUT.unreadable(joinNames(["eastAsiaFont", "page"].map((p) => PROPERTY_NAMES[p as "page"])))).toBe(
      "此版本 Word 不能读取中文字体和页面设置，格式检查没有覆盖这些项，请自行核对。",
    );
  });

  it("puts open problems and the assistant's comments first", () => {
    expect(verdictHead(clean, 3, 0, ["eastAsiaFont"])).toEqual({ ready: false, title: "还有 3 条助手批注" });
  });
});

describe("the verdict's chips (found in the 340 px walk: 还有 14 处 beside 结构 2 + 格式 14)", () => {
  const finding = (category: Finding["category"], severity: Finding["severity"]) => ({ category, severity }) as Finding;
  const open = [
    ...Array.from({ length: 14 }, () => finding("layout", "warning")),
    finding("structure", "info"),
    finding("structure", "info"),
    finding("numbering", "error"),
    finding("numbering", "error"),
    finding("numbering", "info"),
  ];

  it("count what the title counts, so that they add up to it, and show the hints apart as 提示", () => {
    const summary = summarizeFindings(open);
    const chips = verdictChips(summary);
    expect(summary.verdict).toBe("还有 16 处需要处理");
    expect(chips.reduce((sum, chip) => sum + chip.blocking, 0)).toBe(summary.blocking);
    expect(Object.fromEntries(chips.map((chip) => [chip.category, chipText(chip)]))).toEqual({
      numbering: { main: "编号 2", hints: "提示 1" },
      structure: { main: "结构", hints: "提示 2" },
      layout: { main: "格式 14" },
    });
  });
});

describe("what the cards and the verdict say (found in the 340 px walk)", () => {
  it("names a heading as a place, not as a label that reads with 错误 as 标题错误", () => {
    expect(UI.check.isHeading).toBe("位于标题中");
  });

  it("says in one short line that this Word cannot read text boxes", () => {
    expect(UI.check.partsNeverRead(["文本框"])).toBe("文本框未检查（此版本 Word 无法读取）");
  });
});
