/** The house style travels in the team pack: exported beside the phrases, validated on import like them. */
import { exportPack, parsePack } from "../../../src/core/content";
import { EMPTY_HOUSE_STYLE, setForm, setName, setRule } from "../../../src/core/houseStyle";

const own = { phrases: [], sections: [], skeletons: [] };

describe("house style in a pack", () => {
  it("round-trips through export and import", () => {
    const style = setName(setForm(setRule(EMPTY_HOUSE_STYLE, "placeholder-name", false), "enumerationEnding", "；"), "综合科");
    const parsed = parsePack(exportPack(own, "综合科素材", style));
    expect(parsed).toMatchObject({ ok: true, value: { name: "综合科素材", houseStyle: style } });
  });

  it("a pack without one has none (older packs import as before)", () => {
    const parsed = parsePack(exportPack(own));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && "houseStyle" in parsed.value).toBe(false);
    expect(exportPack(own)).not.toContain("houseStyle");
  });

  it("a bad house style refuses the whole pack, with the place in the pack", () => {
    const text = JSON.stringify({ format: "gongwen-pack", version: 1, phrases: [], sections: [], houseStyle: { forms: { level3: "1)" } } });
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { path: "houseStyle.forms.level3", message: '素材包中的本单位规范中“三级标题编号”应为 "1."、"1、"、"1．" 之一，实际为文字“1)”。' },
    ]);
  });
});
