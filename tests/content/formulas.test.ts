/**
 * Set formulas that must stay exact in the built-in content (issue 14): a 政研室 reader spots a wrong one at once
 * (“首要议题” for “第一议题”, “勇于胜利” for “敢于胜利”). Also: no text hard-codes an administrative level (全市,
 * 县委 …), since the library serves every level; heading phrases and closing lines are marked to insert as their own
 * paragraphs.
 */
import { builtInContent } from "../../src/content";

const content = builtInContent();

const texts: readonly (readonly [string, string])[] = [
  ...content.phrases.map((p) => [p.id, p.text] as const),
  ...content.sections.flatMap((s) => s.blocks.map((b, i) => [`${s.id}.blocks[${i}]`, b.text] as const)),
  ...content.skeletons.flatMap((s) => s.blocks.map((b, i) => [`${s.id}.blocks[${i}]`, b.text] as const)),
];
const where = (pattern: RegExp) => texts.filter(([, text]) => pattern.test(text)).map(([id]) => id);

describe("exact formulas", () => {
  it.each([
    ["第一议题", /“第一议题”/],
    ["两个维护", /“两个维护”/],
    ["下情上达", /上情下达、下情上达/],
    ["敢于胜利", /敢于胜利/],
    ["忠诚干净担当", /忠诚干净担当/],
    ["党的二十大和二十届历次全会精神", /党的二十大和二十届历次全会精神/],
  ])("%s is used in its exact form", (_name, pattern) => {
    expect(where(pattern).length).toBeGreaterThan(0);
  });

  it.each([
    ["首要议题 (the formula is 第一议题)", /首要议题/],
    ["勇于胜利 (敢于胜利)", /勇于胜利/],
    ["下情上报 (下情上达)", /下情上报/],
    ["忠诚干净、敢于担当 (忠诚干净担当, or 对党忠诚、个人干净、敢于担当)", /忠诚干净、敢于担当/],
    ["党的二十大精神 alone (党的二十大和二十届历次全会精神)", /党的二十大精神/],
    ["全面胜利 (mid-year wording)", /全面胜利/],
    ["还不够适应 without saying to what", /不够适应[，。]/],
  ])("never %s", (_name, pattern) => {
    expect(where(pattern)).toEqual([]);
  });

  it("names 两个维护 wherever it names 四个意识 and 四个自信", () => {
    expect(texts.filter(([, t]) => /四个意识/.test(t) && /四个自信/.test(t) && !/两个维护/.test(t)).map(([id]) => id)).toEqual([]);
  });
});

describe("no administrative level", () => {
  it("no text says 全市, 我县, 市委, 县政府 …: the placeholder XX or a neutral word instead", () => {
    expect(where(/[全我本][省市县区州盟镇乡]|[省市县]委(?!员)|[省市县]政府|[省市县]直/)).toEqual([]);
  });
});

describe("phrases that are paragraphs of their own", () => {
  it("every 对仗式小标题 is a heading phrase: two parallel halves, no number, no closing punctuation", () => {
    const headings = content.phrases.filter((p) => p.category === "pairedHeading");
    expect(headings.length).toBeGreaterThanOrEqual(20);
    for (const p of headings) {
      expect([p.id, p.role]).toEqual([p.id, "heading1"]);
      expect([p.id, /^[^，。；：0-9一二三四五六七八九十（]{4,}，[^，。；：]{4,}[^，。；：！？]$/.test(p.text)]).toEqual([p.id, true]);
    }
    expect(content.phrases.filter((p) => p.role === "heading1" && p.category !== "pairedHeading")).toEqual([]);
  });

  it("the closing formulas and the 落款 lines go on their own line", () => {
    const role = (text: string) => content.phrases.find((p) => p.text === text)?.role;
    expect(role("特此报告。")).toBe("body");
    expect(role("以上报告，如有不妥，请批评指正。")).toBe("body");
    expect(role("XX单位")).toBe("signature");
    expect(role("XXXX年XX月XX日")).toBe("date");
  });

  it("the new categories each have at least 20 phrases", () => {
    for (const category of ["pairedHeading", "highlight", "experience"]) {
      expect([category, content.phrases.filter((p) => p.category === category).length >= 20]).toEqual([category, true]);
    }
  });
});

describe("the current vocabulary of a year-end summary", () => {
  it.each(["十四五", "十五五", "中国式现代化", "新质生产力", "进一步全面深化改革", "巡视巡察整改", "深入贯彻中央八项规定精神学习教育", "高质量发展"])(
    "%s appears in phrases and in a section module",
    (term) => {
      const phrases = content.phrases.filter((p) => p.text.includes(term) || (p.tags ?? []).includes(term));
      const sections = content.sections.filter((s) => s.blocks.some((b) => b.text.includes(term)) || (s.tags ?? []).includes(term));
      expect([term, phrases.length > 0, sections.length > 0]).toEqual([term, true, true]);
    },
  );
});
