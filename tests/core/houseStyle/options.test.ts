/** A house style reaches the check only as the engine's options: switches, severities and house forms. */
import { checkDocument } from "../../../src/core/engine";
import { snapshotFromLines } from "../../../src/core/model";
import { CATEGORY_NAMES, msg } from "../../../src/core/messages";
import { RULES } from "../../../src/core/rules/registry";
import {
  EMPTY_HOUSE_STYLE,
  houseStyleToOptions,
  LEVEL3_FORMS,
  setCategory,
  setForm,
  setRule,
  switchedOffLines,
  HOUSE_MSG,
  HOUSE_RULES,
  HOUSE_CATEGORIES,
} from "../../../src/core/houseStyle";
import { applyFindingFixes } from "../../../src/core/fixer";

const check = (text: string, style = EMPTY_HOUSE_STYLE) => checkDocument(snapshotFromLines(text), houseStyleToOptions(style));

describe("house style → check", () => {
  const draft = "一、主要工作\n某某单位完成任务XX项。";

  it("a rule switched off is not run, the others are", () => {
    const style = setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false);
    expect(check(draft).map((f) => f.ruleId)).toEqual(expect.arrayContaining(["placeholder-name", "placeholder"]));
    const ids = check(draft, style).map((f) => f.ruleId);
    expect(ids).not.toContain("placeholder-name");
    expect(ids).toContain("placeholder");
  });

  it("a category switched off runs none of its rules", () => {
    const ids = check(draft, setCategory(EMPTY_HOUSE_STYLE, "placeholder", false)).map((f) => f.category);
    expect(ids).not.toContain("placeholder");
  });

  it("a severity changes the rule's main finding only", () => {
    const style = setRule(EMPTY_HOUSE_STYLE, "placeholder-name", "error");
    expect(check(draft, style).find((f) => f.ruleId === "placeholder-name")?.severity).toBe("error");
    expect(check(draft).find((f) => f.ruleId === "placeholder-name")?.severity).toBe("warning");
    // numbering-form's house-practice hint stays a hint when its errors become warnings.
    const practice = "一、甲\n（一）乙\n1、丙\n2、丁\n（二）戊\n1、己";
    const lowered = check(practice, setRule(EMPTY_HOUSE_STYLE, "numbering-form", "warning"));
    expect(lowered.filter((f) => f.ruleId === "numbering-form").map((f) => f.severity)).toEqual(["info"]);
  });

  it("level-3 house form: 1、 is the house's, 1. the odd one out", () => {
    expect(LEVEL3_FORMS).toEqual(["1.", "1、", "1．"]);
    const text = "一、甲\n（一）乙\n1、丙\n2、丁";
    expect(check(text).filter((f) => f.ruleId === "numbering-form")).toHaveLength(1);
    const house = setForm(EMPTY_HOUSE_STYLE, "level3", "1、");
    expect(check(text, house).filter((f) => f.ruleId === "numbering-form")).toEqual([]);
    const dotted = check("一、甲\n（一）乙\n1.丙\n2.丁", house).filter((f) => f.ruleId === "numbering-form");
    expect(dotted).toHaveLength(1);
    expect(dotted[0].suggestions).toEqual(["1、"]);
    // The house's form is named as the house's, never as the standard's (GB/T 9704 has 1.).
    expect(dotted[0].message).toBe(msg.numberingPractice("三级标题", "1.", "1、", 2, true));
    expect(dotted[0].message).toContain("本单位规范写法是“1、”");
    expect(check(text).find((f) => f.ruleId === "numbering-form")?.message).toContain("标准写法是“1.”");
  });

  it("enumeration ending house form: every item in the paragraph ends with the house's mark", () => {
    const text = "一、甲\n一是抓学习。二是抓落实。三是抓督查。";
    expect(check(text).filter((f) => f.ruleId === "enumeration-ending")).toEqual([]);
    const house = setForm(EMPTY_HOUSE_STYLE, "enumerationEnding", "；");
    const findings = check(text, house).filter((f) => f.ruleId === "enumeration-ending");
    expect(findings.map((f) => f.message)).toEqual([msg.enumerationEndingHouse("。", "；"), msg.enumerationEndingHouse("。", "；")]);
    const fixed = applyFindingFixes(snapshotFromLines(text), findings);
    expect(fixed.paragraphs[1].text).toBe("一是抓学习；二是抓落实；三是抓督查。");
  });

  it("structure hints off silences the genre hints, not the 请示 check", () => {
    const text = "一、主要工作\n妥否，请批示。";
    const hintsOff = setForm(EMPTY_HOUSE_STYLE, "structureHints", false);
    expect(check(text).some((f) => f.severity === "info" && f.category === "structure")).toBe(true);
    const ids = check(text, hintsOff).map((f) => f.ruleId);
    expect(ids).toEqual(["structure-request-in-report"]);
  });

  it("an office keeping 二〇二三年 in the 成文日期 switches that hint off, and the verdict says so", () => {
    const text = "关于工作情况的报告\n一、主要工作\n完成任务。\n某局\n二〇二三年一月五日";
    expect(check(text).filter((f) => f.ruleId === "punctuation-date")).toHaveLength(1);
    const house = setForm(EMPTY_HOUSE_STYLE, "chineseNumeralDate", false);
    expect(check(text, house).filter((f) => f.ruleId === "punctuation-date")).toEqual([]);
    expect(switchedOffLines(house)).toEqual([HOUSE_MSG.off([HOUSE_MSG.chineseDateOff])]);
  });

  it("values as built are not stored", () => {
    expect(setForm(EMPTY_HOUSE_STYLE, "level3", "1.")).toEqual(EMPTY_HOUSE_STYLE);
    expect(setForm(EMPTY_HOUSE_STYLE, "chineseNumeralDate", true)).toEqual(EMPTY_HOUSE_STYLE);
    expect(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", "warning")).toEqual(EMPTY_HOUSE_STYLE);
    expect(setRule(setRule(EMPTY_HOUSE_STYLE, "placeholder", false), "placeholder", true)).toEqual(EMPTY_HOUSE_STYLE);
  });
});

describe("house style ← the engine's own metadata", () => {
  it("every registered rule and category can be set, with nothing listed by hand", () => {
    expect(HOUSE_RULES).toEqual(RULES.map((rule) => rule.meta));
    expect(HOUSE_CATEGORIES).toEqual(Object.keys(CATEGORY_NAMES));
    for (const category of HOUSE_CATEGORIES) {
      const off = setCategory(EMPTY_HOUSE_STYLE, category, false);
      expect(houseStyleToOptions(off).categories).toEqual({ [category]: false });
    }
  });
});

describe("house style → verdict lines", () => {
  it("says nothing for the check as built", () => {
    expect(switchedOffLines(EMPTY_HOUSE_STYLE)).toEqual([]);
  });

  it("names every rule off by its title, and a placeholder rule apart, as a warning", () => {
    const title = (id: string) => HOUSE_RULES.find((m) => m.id === id)?.title ?? "";
    const style = setRule(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false), "enumeration-ending", false);
    expect(switchedOffLines(style)).toEqual([
      HOUSE_MSG.off([title("enumeration-ending"), title("placeholder-name")]),
      HOUSE_MSG.placeholdersOff([title("placeholder-name")]),
    ]);
  });

  it("a placeholder rule lowered to a hint is said too; a whole category off is named once", () => {
    const lowered = setRule(EMPTY_HOUSE_STYLE, "placeholder", "info");
    expect(switchedOffLines(lowered)).toEqual([HOUSE_MSG.placeholdersOff([HOUSE_MSG.severityChanged(HOUSE_RULES.find((m) => m.id === "placeholder")!.title, "info")])]);
    const [line] = switchedOffLines(setCategory(EMPTY_HOUSE_STYLE, "structure", false));
    expect(line).toBe(HOUSE_MSG.off([HOUSE_MSG.categoryOff("结构")]));
    expect(switchedOffLines(setForm(EMPTY_HOUSE_STYLE, "structureHints", false))).toEqual([HOUSE_MSG.off([HOUSE_MSG.hintsOff])]);
  });
});
