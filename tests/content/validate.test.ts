/** Pack validation: every problem at once, in Chinese, with where it is. */
import { parsePack, validatePack } from "../../src/core/content/validate";
import type { ContentError } from "../../src/core/content/types";

const header = { format: "gongwen-pack", version: 1 };

function messages(value: unknown): string[] {
  const result = validatePack(value);
  return result.ok ? [] : result.errors.map((e: ContentError) => e.message);
}

function paths(value: unknown): string[] {
  const result = validatePack(value);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

const phrase = { id: "p1", category: "opening", text: "今年以来，" };
const section = { id: "s1", title: "信息报送", blocks: [{ role: "heading1", text: "拓宽信息渠道，提升报送质效" }] };

describe("validatePack accepts", () => {
  it("a minimal pack", () => {
    const result = validatePack({ ...header, phrases: [], sections: [] });
    expect(result).toEqual({ ok: true, value: { ...header, phrases: [], sections: [], skeletons: [] } });
  });

  it("a full pack, normalising a Chinese category label and defaulting a skeleton's kind", () => {
    const pack = {
      ...header,
      name: "综合科常用语",
      phrases: [{ ...phrase, category: "开头语", tags: ["年度"] }],
      sections: [section],
      skeletons: [{ id: "k1", title: "简报", blocks: [{ role: "title", text: "XX简报" }] }],
    };
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.phrases[0].category).toBe("opening");
    expect(result.value.skeletons[0].kind).toBe("other");
    expect(result.value.name).toBe("综合科常用语");
  });
});

describe("validatePack rejects, with exact messages", () => {
  it("a value that is not an object", () => {
    expect(messages([])).toEqual(["这不是公文写作助手的素材包：内容应为一组用 { } 括起的内容，实际为列表。"]);
    expect(messages("x")).toEqual(["这不是公文写作助手的素材包：内容应为一组用 { } 括起的内容，实际为文字。"]);
  });

  it("a missing or wrong header", () => {
    expect(messages({ phrases: [], sections: [] })).toEqual([
      "素材包缺少格式标识（\"format\": \"gongwen-pack\"），此文件可能不是公文写作助手的素材包。",
      "素材包缺少版本号（\"version\": 1）。",
    ]);
    expect(messages({ format: "other", version: 2, phrases: [], sections: [] })).toEqual([
      "格式标识\"other\"不对，应为 \"gongwen-pack\"，此文件可能不是公文写作助手的素材包。",
      "不支持的素材包版本2，本程序只能导入版本 1。",
    ]);
  });

  it("missing lists and lists of the wrong type: no JSON syntax in the sentence, the key in the path", () => {
    expect(messages({ ...header })).toEqual([
      "素材包中没有常用语列表，文件可能不完整，或不是公文写作助手导出的素材包。请重新导出后再导入。",
      "素材包中没有段落模板列表，文件可能不完整，或不是公文写作助手导出的素材包。请重新导出后再导入。",
    ]);
    expect(paths({ ...header })).toEqual(["phrases", "sections"]);
    expect(messages({ ...header, phrases: {}, sections: "x" })).toEqual([
      "素材包中的常用语应为一个列表，实际为对象。",
      "素材包中的段落模板应为一个列表，实际为文字。",
    ]);
  });

  it("unknown top-level and entry fields", () => {
    expect(messages({ ...header, phrases: [{ ...phrase, txt: "x" }], sections: [], extra: 1 })).toEqual([
      "素材包有无法识别的项目“extra”，可用的项目为 format、version、name、phrases、sections、skeletons、houseStyle、favourites。",
      "第1条常用语有无法识别的项目“txt”，可用的项目为 id、category、text、role、tags、copiedFrom。",
    ]);
  });

  it("a phrase without text, the brief's example", () => {
    const pack = { ...header, phrases: [phrase, { id: "p2", category: "opening", text: "一年来，" }, { id: "p3", category: "opening" }], sections: [] };
    expect(messages(pack)).toEqual(["第3条常用语缺少内容。"]);
    expect(paths(pack)).toEqual(["phrases[2].text"]);
  });

  it("non-string values, empty text, line breaks and over-long text", () => {
    const pack = {
      ...header,
      phrases: [
        { id: "p1", category: "opening", text: 42 },
        { id: "p2", category: "opening", text: "  " },
        { id: "p3", category: "opening", text: "第一行\n第二行" },
        { id: "p4", category: "opening", text: "字".repeat(501) },
        { id: "p5", category: null, text: "好" },
      ],
      sections: [],
    };
    expect(messages(pack)).toEqual([
      "第1条常用语的内容应为文字，实际为数字。",
      "第2条常用语的内容是空的。",
      "第3条常用语的内容不能换行，每段文字应单独作为一项。",
      "第4条常用语的内容过长（501字），最多500字。",
      "第5条常用语的类别应为文字，实际为空值（null）。",
    ]);
  });

  it("an unknown category, listing the Chinese labels only", () => {
    expect(messages({ ...header, phrases: [{ ...phrase, category: "开场白" }], sections: [] })).toEqual([
      "第1条常用语的类别“开场白”无法识别，应为：开头语、指导思想、工作思路、过渡语、对仗式小标题、成效与评价、工作亮点、四字排比、数据句式、经验体会与启示、问题与不足、原因分析、下一步打算、结尾与表态之一。",
    ]);
  });

  it("an invalid block role, with the path of the block", () => {
    const pack = { ...header, phrases: [], sections: [section, { ...section, id: "s2", blocks: [{ role: "h1", text: "标题" }] }] };
    expect(messages(pack)).toEqual([
      "第2个段落模板第1段的段落类型“h1”无法识别，应为：title（标题）、recipient（主送机关）、heading1（一级标题）、heading2（二级标题）、heading3（三级标题）、heading4（四级标题）、body（正文）、signature（落款）、date（成文日期）之一。",
    ]);
    expect(paths(pack)).toEqual(["sections[1].blocks[0].role"]);
  });

  it("roles a section may not use, and empty or missing blocks", () => {
    const pack = {
      ...header,
      phrases: [],
      sections: [
        { ...section, blocks: [{ role: "date", text: "XXXX年XX月XX日" }] },
        { ...section, id: "s2", blocks: [] },
        { id: "s3", title: "无段落" },
        { ...section, id: "s4", blocks: ["正文"] },
      ],
    };
    expect(messages(pack)).toEqual([
      "第1个段落模板第1段不能是成文日期（date），段落模板中只能用：heading1（一级标题）、heading2（二级标题）、heading3（三级标题）、heading4（四级标题）、body（正文）。",
      "第2个段落模板没有段落，至少应有一段。",
      "第3个段落模板缺少段落。",
      "第4个段落模板第1段的格式不对：应为一组用 { } 括起的内容，实际为文字。",
    ]);
  });

  it("a skeleton's 主送机关 line as recipient, which a section module may not use", () => {
    const blocks = [{ role: "title", text: "关于XX工作情况的报告" }, { role: "recipient", text: "XX市委办公室：" }];
    const ok = validatePack({ ...header, phrases: [], sections: [], skeletons: [{ id: "k1", title: "报告", kind: "situationReport", blocks }] });
    expect(ok.ok && ok.value.skeletons[0].blocks[1]).toEqual({ role: "recipient", text: "XX市委办公室：" });
    expect(messages({ ...header, phrases: [], sections: [{ ...section, blocks: [{ role: "recipient", text: "XX：" }] }] })).toEqual([
      "第1个段落模板第1段不能是主送机关（recipient），段落模板中只能用：heading1（一级标题）、heading2（二级标题）、heading3（三级标题）、heading4（四级标题）、body（正文）。",
    ]);
    expect(messages({ ...header, phrases: [], sections: [], skeletons: [{ id: "k1", title: "报告", blocks: [{ role: "主送机关", text: "XX：" }] }] })).toEqual([
      "第1个文档框架第1段的段落类型“主送机关”无法识别，应为：title（标题）、recipient（主送机关）、heading1（一级标题）、heading2（二级标题）、heading3（三级标题）、heading4（四级标题）、body（正文）、signature（落款）、date（成文日期）之一。",
    ]);
  });

  it("bad ids and duplicate ids, naming the earlier entry", () => {
    const pack = {
      ...header,
      phrases: [phrase, { ...phrase, text: "一年来，" }, { ...phrase, id: "开头 1" }, { ...phrase, id: "x".repeat(65) }],
      sections: [],
    };
    expect(messages(pack)).toEqual([
      "第3条常用语的编号“开头 1”无效：只能由英文字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过64个字符。",
      `第4条常用语的编号“${"x".repeat(65)}”无效：只能由英文字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过64个字符。`,
      "第2条常用语的编号“p1”与第1条常用语重复。",
    ]);
  });

  it("bad tags", () => {
    const pack = { ...header, phrases: [{ ...phrase, tags: ["年度", 3, "", "很".repeat(21)] }, { ...phrase, id: "p2", tags: "年度" }], sections: [] };
    expect(messages(pack)).toEqual([
      "第1条常用语的第2个标签应为文字，实际为数字。",
      "第1条常用语的第3个标签是空的。",
      "第1条常用语的第4个标签过长（21字），最多20字。",
      "第2条常用语的标签应为列表，实际为文字。",
    ]);
  });

  it("an entry that is not an object, and an unknown skeleton kind", () => {
    const pack = {
      ...header,
      phrases: ["今年以来"],
      sections: [],
      skeletons: [{ id: "k1", title: "框架", kind: "annual", blocks: [{ role: "title", text: "标题" }] }],
    };
    expect(messages(pack)).toEqual([
      "第1条常用语的格式不对：应为一组用 { } 括起的内容，实际为文字。",
      "第1个文档框架的文档类型“annual”无法识别，应为：unitAnnual、halfYear、personalAnnual、special、situationReport、dutyAndIntegrity、other之一。",
    ]);
  });

  it("no count limit of its own: the limits are the whole library's, checked on import (capacity.ts)", () => {
    const phrases = Array.from({ length: 5001 }, (_, i) => ({ ...phrase, id: `p${i}` }));
    expect(messages({ ...header, phrases, sections: [] })).toEqual([]);
  });

  it("reports every problem at once, capped with a count of the rest", () => {
    const phrases = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, category: "opening" }));
    const result = validatePack({ ...header, phrases, sections: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100].message).toBe("另有50处问题未列出，请先修改以上问题后再导入。");
  });
});

describe("parsePack", () => {
  it("parses a valid pack, also with a byte order mark", () => {
    const text = `\ufeff${JSON.stringify({ ...header, phrases: [phrase], sections: [] })}`;
    const result = parsePack(text);
    expect(result.ok && result.value.phrases[0].text).toBe("今年以来，");
  });

  it("reports empty text", () => {
    expect(parsePack("  \n")).toEqual({
      ok: false,
      errors: [{ path: "", message: "文件内容为空，请选择公文写作助手导出的素材包文件（.json）" }],
    });
  });

  it("reports malformed JSON with line and column", () => {
    const text = '{\n  "format": "gongwen-pack",\n  "version": 1,\n  "phrases": [],,\n  "sections": []\n}';
    expect(parsePack(text)).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message: "文件不是有效的 JSON 格式：第4行第17列附近有语法错误。请检查是否缺少或多出逗号、括号，引号是否成对且为英文半角引号（\"）",
        },
      ],
    });
  });

  it("reports Chinese quotation marks used as JSON quotes", () => {
    const result = parsePack("{“format”: 1}");
    expect(result.ok ? "" : result.errors[0].message).toMatch(/^文件不是有效的 JSON 格式：第1行第2列附近有语法错误/);
  });

  it("reports a file cut short at its end", () => {
    const text = '{"format": "gongwen-pack",\n"version": 1';
    const result = parsePack(text);
    expect(result.ok ? "" : result.errors[0].message).toMatch(/^文件不是有效的 JSON 格式：第2行第/);
  });

  it("reports an over-large file without parsing it", () => {
    const result = parsePack(`"${"字".repeat(6_000_001)}"`);
    expect(result.ok ? "" : result.errors[0].message).toBe("文件过大（约601万字），素材包最多600万字");
  });

  it("validates the parsed value", () => {
    expect(parsePack('{"format":"gongwen-pack","version":1,"phrases":[{"id":"p1","category":"opening"}],"sections":[]}')).toEqual({
      ok: false,
      errors: [{ path: "phrases[0].text", message: "第1条常用语缺少内容。", problem: { kind: "missing", field: "text" } }],
    });
  });
});
