/** 规范.json and a pack's house style: validated like the phrase packs, every problem located, in Chinese. */
import { HOUSE_RULES, HOUSE_STYLE_LIMITS, parseHouseStyle, serializeHouseStyle, setForm, setName, setRule, EMPTY_HOUSE_STYLE, validateHouseStyle, PACK_PLACE } from "../../../src/core/houseStyle";

const file = (body: object) => JSON.stringify({ format: "gongwen-house-style", version: 1, ...body });

describe("parseHouseStyle", () => {
  it("reads back what it wrote", () => {
    const style = setName(setForm(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false), "level3", "1、"), " 综合科 ");
    const parsed = parseHouseStyle(serializeHouseStyle(style));
    expect(parsed).toEqual({ ok: true, value: style, notes: [] });
    expect(style.name).toBe("综合科");
  });

  it("accepts a byte order mark and an empty style", () => {
    expect(parseHouseStyle(`\uFEFF${file({})}`)).toMatchObject({ ok: true, value: { categories: {}, rules: {}, forms: {} } });
  });

  it("locates a JSON slip by line and column", () => {
    const result = parseHouseStyle('{\n  "format": "gongwen-house-style",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toContain("第3行第16列附近有语法错误");
  });

  it("refuses an empty file, a file too large and a phrase pack with Chinese messages", () => {
    expect(parseHouseStyle("  ")).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("文件内容为空") }] });
    const big = parseHouseStyle(" ".repeat(HOUSE_STYLE_LIMITS.fileChars + 1) + "{}");
    expect(big).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("文件过大") }] });
    const pack = parseHouseStyle(JSON.stringify({ format: "gongwen-pack", version: 1, phrases: [] }));
    expect(pack.ok).toBe(false);
    if (!pack.ok) {
      expect(pack.errors.map((e) => e.path)).toEqual(["phrases", "format"]);
      expect(pack.errors[1].message).toContain("不是公文写作助手的本单位规范");
    }
  });

  it("lists every bad value with its place at once", () => {
    const result = parseHouseStyle(
      file({
        categories: { structure: "否" },
        rules: { "numbering-form": "严重", "bad id!": false },
        forms: { level3: "1)", enumerationEnding: ";", structureHints: 0, chineseNumeralDate: "否", colour: "red" },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      "categories.structure",
      "rules.numbering-form",
      "rules.bad id!",
      "forms.colour",
      "forms.level3",
      "forms.enumerationEnding",
      "forms.structureHints",
      "forms.chineseNumeralDate",
    ]);
    expect(result.errors[1].message).toBe(
      '本单位规范中规则“numbering-form”的设置应为 true（检查）、false（不检查），或级别 "error"（错误）、"warning"（警告）、"info"（提示），实际为文字“严重”。',
    );
    expect(result.errors[4].message).toBe('本单位规范中“三级标题编号”应为 "1."、"1、"、"1．" 之一，实际为文字“1)”。');
  });

  it("tolerates a rule or category of another version with a note, keeps the rule and ignores the category", () => {
    const result = parseHouseStyle(file({ rules: { "punctuation-future": false }, categories: { style: false } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rules).toEqual({ "punctuation-future": false });
    expect(result.value.categories).toEqual({});
    expect(result.notes.map((n) => n.path)).toEqual(["categories.style", "rules.punctuation-future"]);
    expect(result.notes[1].message).toContain("本版本没有");
  });

  it("bounds the number of rules", () => {
    const rules = Object.fromEntries(Array.from({ length: HOUSE_STYLE_LIMITS.rules + 1 }, (_, i) => [`r${i}`, false]));
    const result = parseHouseStyle(file({ rules }));
    expect(result).toMatchObject({ ok: false, errors: [{ path: "rules", message: expect.stringContaining("过多") }] });
  });

  it("every rule of the registry can be set, by id", () => {
    const rules = Object.fromEntries(HOUSE_RULES.map((meta) => [meta.id, "info"]));
    expect(parseHouseStyle(file({ rules }))).toMatchObject({ ok: true, notes: [] });
  });
});

describe("validateHouseStyle inside a pack", () => {
  it("has no header and says where it is in the pack", () => {
    const result = validateHouseStyle({ format: "x", rules: { placeholder: "off" } }, PACK_PLACE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["houseStyle.format", "houseStyle.rules.placeholder"]);
    expect(result.errors[1].message).toMatch(/^素材包中的本单位规范中规则“placeholder”/);
  });
});
