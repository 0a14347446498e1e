/** The 格式 practices (惯例) as house forms: in the file, in the options, in the check and in 一键排版. */
import { checkDocument } from "../../../src/core/engine";
import { EMPTY_HOUSE_STYLE, HOUSE_CATEGORIES, HOUSE_RULES, houseStyleToOptions, setForm, validateHouseStyle } from "../../../src/core/houseStyle";
import { planTypesetting } from "../../../src/core/layout/plan";
import { resolveOptions } from "../../../src/core/options";
import { body, FANGSONG, heading, snapshot } from "../layout/build";

const file = (forms: Record<string, unknown>) => ({ format: "gongwen-house-style", version: 1, forms });

describe("house style: layout practice", () => {
  it("reads level3Bold, lineSpacingPt and latinTimesNewRoman from 规范.json", () => {
    const result = validateHouseStyle(file({ level3Bold: true, lineSpacingPt: 29, latinTimesNewRoman: true }));
    expect(result).toMatchObject({ ok: true, value: { forms: { level3Bold: true, lineSpacingPt: 29, latinTimesNewRoman: true } } });
  });

  it("refuses a line spacing other than 28 or 29 pt, and a switch that is not true/false, in Chinese", () => {
    const result = validateHouseStyle(file({ lineSpacingPt: "28", level3Bold: "是" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.message])).toEqual([
      ["forms.lineSpacingPt", "本单位规范中“固定行距（磅，惯例）”应为 28、29 之一（数字，不加引号），实际为文字“28”。"],
      ["forms.level3Bold", "本单位规范中“三级标题加粗（惯例）”的设置应为 true（检查）或 false（不检查），实际为文字“是”。"],
    ]);
  });

  it("turns them into the check's options; values as built are not stored", () => {
    const style = setForm(setForm(setForm(EMPTY_HOUSE_STYLE, "level3Bold", true), "lineSpacingPt", 28), "latinTimesNewRoman", false);
    expect(style.forms).toEqual({ level3Bold: true, lineSpacingPt: 28 });
    expect(houseStyleToOptions(style).layout).toEqual({ level3Bold: true, lineSpacingPt: 28 });
    expect(houseStyleToOptions(EMPTY_HOUSE_STYLE).layout).toBeUndefined();
  });

  it("makes the check and 一键排版 follow them", () => {
    const doc = snapshot([body("开头。"), heading("1.完善制度", { ...FANGSONG, bold: false })]);
    const style = setForm(EMPTY_HOUSE_STYLE, "level3Bold", true);
    expect(checkDocument(doc, houseStyleToOptions(style)).filter((f) => f.category === "layout").map((f) => f.basis)).toEqual(["惯例"]);
    expect(checkDocument(doc).filter((f) => f.category === "layout")).toEqual([]);
    const plan = planTypesetting(doc, resolveOptions(houseStyleToOptions(style)));
    expect(plan.changes.find((c) => c.paragraphIndex === 1)?.layout.runs?.[0].bold).toBe(true);
  });

  it("lists the 格式 category and its rules in the 设置 view's catalogue", () => {
    expect(HOUSE_CATEGORIES).toContain("layout");
    expect(HOUSE_RULES.filter((meta) => meta.category === "layout").map((meta) => [meta.id, meta.title])).toEqual([
      ["layout-font", "字体字号"],
      ["layout-paragraph", "对齐与缩进"],
      ["layout-page", "页面设置"],
    ]);
  });
});
