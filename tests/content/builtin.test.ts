/** Schema and house-rule tests over ALL built-in content (src/content). */
import { builtInContent, builtInIds, RAW_CONTENT } from "../../src/content";
import { isValidDateLine, lintContentText } from "../../src/core/content/lint";
import { PHRASE_CATEGORIES, type ContentBlock } from "../../src/core/content/types";
import { validateContentSet } from "../../src/core/content/validate";

const content = builtInContent();

describe("built-in content passes the pack validator", () => {
  it("has no schema errors", () => {
    const result = validateContentSet(RAW_CONTENT);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("has unique ids per kind and across kinds", () => {
    const all = [...content.phrases, ...content.sections, ...content.skeletons].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    const ids = builtInIds();
    expect(ids.phrase.size).toBe(content.phrases.length);
  });

  it("keeps phrase ids in the <category>-NNN scheme", () => {
    for (const p of content.phrases) expect(p.id).toMatch(new RegExp(`^${p.category}-\\d{3}$`));
  });
});

describe("counts", () => {
  it("has at least 300 phrases and at least 20 in every category", () => {
    expect(content.phrases.length).toBeGreaterThanOrEqual(300);
    for (const { id } of PHRASE_CATEGORIES) {
      expect([id, content.phrases.filter((p) => p.category === id).length >= 20]).toEqual([id, true]);
    }
  });

  it("has at least 17 section modules and 6 skeletons", () => {
    expect(content.sections.length).toBeGreaterThanOrEqual(17);
    expect(content.skeletons.length).toBeGreaterThanOrEqual(6);
  });
});

describe("skeletons", () => {
  const required = ["unitAnnual", "halfYear", "personalAnnual", "special", "situationReport", "dutyAndIntegrity"];

  it("cover every required kind", () => {
    expect(required.filter((k) => !content.skeletons.some((s) => s.kind === k))).toEqual([]);
  });

  it.each(content.skeletons.map((s) => [s.id, s] as const))("%s has the genre's parts in order", (_id, s) => {
    const roles = s.blocks.map((b) => b.role);
    expect(roles[0]).toBe("title");
    expect(roles.slice(-2)).toEqual(["signature", "date"]);
    expect(isValidDateLine(s.blocks[s.blocks.length - 1].text)).toBe(true);
    // Opening paragraph: before the first heading, ending with the transition formula.
    const firstHeading = roles.indexOf("heading1");
    const opening = s.blocks.slice(1, firstHeading).filter((b) => b.role === "body");
    const openingText = opening[opening.length - 1].text;
    expect(openingText).toMatch(/(如下：|如下。)$/);
    expect(openingText).toMatch(/领导/);
    expect(openingText).toMatch(/习近平新时代中国特色社会主义思想/);
    // Level-1 headings: main work with results, then problems, then next steps.
    const h1 = s.blocks.filter((b) => b.role === "heading1").map((b) => b.text);
    const work = h1.findIndex((t) => /成效/.test(t));
    const problems = h1.findIndex((t) => /问题和不足/.test(t));
    const next = h1.findIndex((t) => /下一步|下半年|打算|努力方向/.test(t));
    // The main work (with its results, 成效) is the first level-1 heading; -1 (no such heading) fails too.
    expect([s.id, work]).toEqual([s.id, 0]);
    expect(problems).toBeGreaterThan(work);
    expect(next).toBeGreaterThan(problems);
    // Main work has （一） or 一是 sub-structure.
    const after = s.blocks.slice(s.blocks.findIndex((b) => b.text === h1[work]) + 1);
    const untilNext = after.slice(0, after.findIndex((b) => b.role === "heading1"));
    expect(untilNext.some((b) => b.role === "heading2" || /^一是|[。；：]一是/.test(b.text))).toBe(true);
    // Problems paragraph: admission, then 一是……；二是……；三是……。
    const problemBody = blockAfter(s.blocks, h1[problems]);
    expect(problemBody).toMatch(/差距。一是[^。]+；二是[^。]+；三是[^。]+。/);
  });

  it("write a 主送机关 line as a recipient block, straight under the title (GB/T 9704—2012 7.3.2)", () => {
    const looksLikeRecipient = (text: string) => /^[^，。；：]{1,40}：$/.test(text);
    const report = content.skeletons.find((s) => s.id === "sk-situation-report");
    expect(report?.blocks[1]).toEqual({ role: "recipient", text: "XX：" });
    for (const s of content.skeletons) {
      // No 主送机关 line hides in a body block (it would get the body's 2-character indent) ...
      expect([s.id, s.blocks.filter((b) => b.role === "body" && looksLikeRecipient(b.text))]).toEqual([s.id, []]);
      // ... and a recipient is one short line ending in ：, the second block, at most once.
      const recipients = s.blocks.flatMap((b, i) => (b.role === "recipient" ? [i] : []));
      expect([s.id, recipients.length <= 1 && recipients.every((i) => i === 1 && looksLikeRecipient(s.blocks[i].text))]).toEqual([s.id, true]);
    }
    for (const s of content.sections) expect(s.blocks.some((b) => b.role === "recipient")).toBe(false);
  });

  it("end a 报告 with 特此报告。 before the signature", () => {
    for (const s of content.skeletons.filter((k) => /报告|汇报/.test(k.title) && k.kind !== "halfYear")) {
      expect([s.id, s.blocks[s.blocks.length - 3].text]).toEqual([s.id, "特此报告。"]);
    }
  });

  it("store headings without numbers", () => {
    for (const b of allBlocks()) {
      if (b.role.startsWith("heading")) expect(b.text).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[、.．)）]/);
    }
  });
});

function blockAfter(blocks: readonly ContentBlock[], headingText: string): string {
  const i = blocks.findIndex((b) => b.text === headingText);
  return blocks[i + 1].text;
}

function allBlocks(): ContentBlock[] {
  return [...content.sections, ...content.skeletons].flatMap((e) => [...e.blocks]);
}

describe("section modules", () => {
  const areas = [
    "党的建设",
    "理论学习",
    "调查研究",
    "以文辅政",
    "信息报送",
    "督促检查",
    "综合协调",
    "会务服务",
    "制度建设",
    "作风建设",
    "党风廉政建设",
    "队伍建设",
    "为群众办实事",
    "结对帮扶",
    "深化改革",
    "智库建设",
    "安全保密",
    "政务公开",
  ];

  it("cover every listed area (by tag)", () => {
    expect(areas.filter((a) => !content.sections.some((s) => s.tags?.includes(a)))).toEqual([]);
  });

  it.each(content.sections.map((s) => [s.id, s] as const))("%s is one heading1 with a parallel-pair title and body", (_id, s) => {
    expect(s.blocks[0].role).toBe("heading1");
    expect(s.blocks.filter((b) => b.role === "heading1")).toHaveLength(1);
    expect(s.blocks[0].text).toMatch(/^[^，。]{4,}，[^，。]{4,}$/);
    expect(s.blocks.some((b) => b.role === "body")).toBe(true);
    const text = s.blocks.map((b) => b.text).join("");
    // Items: 一是/二是/三是 written out, or level-2 headings that the insertion numbers （一）（二）.
    expect(/一是[^]*二是[^]*三是/.test(text) || s.blocks.filter((b) => b.role === "heading2").length >= 3).toBe(true);
    expect(text).toMatch(/XX/);
  });
});

describe("house rules for every text", () => {
  const texts: [string, string][] = [
    ...content.phrases.map((p): [string, string] => [p.id, p.text]),
    ...content.sections.flatMap((s) => s.blocks.map((b, i): [string, string] => [`${s.id}.blocks[${i}]`, b.text])),
    ...content.skeletons.flatMap((s) => s.blocks.map((b, i): [string, string] => [`${s.id}.blocks[${i}]`, b.text])),
  ];

  it("uses only the XX placeholder, full-width punctuation, well-formed enumerations", () => {
    const problems = texts.flatMap(([where, text]) => lintContentText(text).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("continues 一是/二是 across paragraphs under one heading without gaps", () => {
    const problems: string[] = [];
    for (const e of [...content.sections, ...content.skeletons]) {
      let expected = 1;
      for (const b of e.blocks) {
        if (b.role !== "body") {
          expected = 1;
          continue;
        }
        const m = /^([一二三四五六七八九])是/.exec(b.text);
        if (m === null) continue;
        const value = "一二三四五六七八九".indexOf(m[1]) + 1;
        if (value !== expected) problems.push(`${e.id}: ${b.text.slice(0, 8)}`);
        expected = value + 1;
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no duplicate or near-duplicate phrases", () => {
    const bigrams = (t: string): Set<string> => {
      const s = new Set<string>();
      for (let i = 0; i < t.length - 1; i += 1) s.add(t.slice(i, i + 2));
      return s;
    };
    const sets = content.phrases.map((p) => ({ id: p.id, grams: bigrams(p.text.replace(/[，。；：、“”XX]/g, "")) }));
    const close: string[] = [];
    for (let i = 0; i < sets.length; i += 1) {
      for (let j = i + 1; j < sets.length; j += 1) {
        const a = sets[i].grams;
        const b = sets[j].grams;
        let common = 0;
        for (const g of a) if (b.has(g)) common += 1;
        const jaccard = common / (a.size + b.size - common);
        if (jaccard > 0.6) close.push(`${sets[i].id} ~ ${sets[j].id}`);
      }
    }
    expect(close).toEqual([]);
  });

  it("dates are XX placeholders or real dates without leading zeros", () => {
    expect(isValidDateLine("XXXX年XX月XX日")).toBe(true);
    expect(isValidDateLine("2024年1月5日")).toBe(true);
    expect(isValidDateLine("2024年01月05日")).toBe(false);
    expect(isValidDateLine("二〇二四年一月五日")).toBe(false);
    for (const b of allBlocks().filter((x) => x.role === "date")) expect(isValidDateLine(b.text)).toBe(true);
  });
});
