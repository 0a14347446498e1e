/** The verdict's title and whether it says 可以提交: never when the layout could not be read (issue 13). */
import { summarizeFindings } from "../../../src/core/engine";
import { LAYOUT, PROPERTY_NAMES, joinNames } from "../../../src/taskpane/check/layoutStrings";
import { verdictHead } from "../../../src/taskpane/check/verdict";

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
