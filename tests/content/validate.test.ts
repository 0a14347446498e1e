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
    expect(messages([])).toEqual(["素材包应为一个对象（以 { 开头），实际为列表"]);
    expect(messages("x")).toEqual(["素材包应为一个对象（以 { 开头），实际为文字"]);
  });

  it("a missing or wrong header", () => {
    expect(messages({ phrases: [], sections: [] })).toEqual([
      "素材包缺少“format”字段，应为 \"gongwen-pack\"",
      "素材包缺少“version”字段，应为 1",
    ]);
    expect(messages({ format: "other", version: 2, phrases: [], sections: [] })).toEqual([
      "“format”取值\"other\"无效，应为 \"gongwen-pack\"，此文件可能不是公文写作助手的素材包",
      "不支持的素材包版本2，本程序只能导入版本 1",
    ]);
  });

  it("missing lists and lists of the wrong type", () => {
    expect(messages({ ...header })).toEqual([
      "素材包缺少“phrases”字段（常用语列表），没有时可写 \"phrases\": []",
      "素材包缺少“sections”字段（段落模板列表），没有时可写 \"sections\": []",
    ]);
    expect(messages({ ...header, phrases: {}, sections: "x" })).toEqual([
      "素材包的“phrases”应为列表（以 [ 开头），实际为对象",
      "素材包的“sections”应为列表（以 [ 开头），实际为文字",
    ]);
  });

  it("unknown top-level and entry fields", () => {
    expect(messages({ ...header, phrases: [{ ...phrase, txt: "x" }], sections: [], extra: 1 })).toEqual([
      "素材包含有未知字段“extra”，允许的字段为 format、version、name、phrases、sections、skeletons",
      "第1条常用语（phrases[0]）含有未知字段“txt”，允许的字段为 id、category、text、tags、copiedFrom",
    ]);
  });

  it("a phrase without text, the brief's example", () => {
    const pack = { ...header, phrases: [phrase, { id: "p2", category: "opening", text: "一年来，" }, { id: "p3", category: "opening" }], sections: [] };
    expect(messages(pack)).toEqual(["第3条常用语（phrases[2]）缺少“text”字段"]);
    expect(paths(pack)).toEqual(["phrases[2]"]);
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
      "第1条常用语（phrases[0]）的“text”应为文字，实际为数字",
      "第2条常用语（phrases[1]）的“text”不能为空",
      "第3条常用语（phrases[2]）的“text”不能包含换行，每段文字应单独作为一项",
      "第4条常用语（phrases[3]）的“text”过长（501字），最多500字",
      "第5条常用语（phrases[4]）的“category”应为文字，实际为空值（null）",
    ]);
  });

  it("an unknown category", () => {
    expect(messages({ ...header, phrases: [{ ...phrase, category: "开场白" }], sections: [] })).toEqual([
      "第1条常用语（phrases[0]）的“category”取值“开场白”无效，应为 opening（开头语）、guidingThought（指导思想）、workApproach（工作思路）、transition（过渡语）、achievement（成效与评价）、fourCharParallel（四字排比）、dataPattern（数据句式）、problem（问题与不足）、cause（原因分析）、nextStep（下一步打算）、closing（结尾与表态） 之一",
    ]);
  });

  it("an invalid block role, with the path of the block", () => {
    const pack = { ...header, phrases: [], sections: [section, { ...section, id: "s2", blocks: [{ role: "h1", text: "标题" }] }] };
    expect(messages(pack)).toEqual([
      "第2个段落模板第1段（sections[1].blocks[0]）的“role”取值“h1”无效，应为 title、recipient、heading1、heading2、heading3、heading4、body、signature、date 之一",
    ]);
    expect(paths(pack)).toEqual(["sections[1].blocks[0]"]);
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
      "第1个段落模板第1段（sections[0].blocks[0]）的“role”不能为“date”，此处只能用 heading1、heading2、heading3、heading4、body",
      "第2个段落模板（sections[1]）的“blocks”不能为空，至少应有一段",
      "第3个段落模板（sections[2]）缺少“blocks”字段",
      "第4个段落模板第1段（sections[3].blocks[0]）应为对象（以 { 开头），实际为文字",
    ]);
  });

  it("a skeleton's 主送机关 line as recipient, which a section module may not use", () => {
    const blocks = [{ role: "title", text: "关于XX工作情况的报告" }, { role: "recipient", text: "XX市委办公室：" }];
    const ok = validatePack({ ...header, phrases: [], sections: [], skeletons: [{ id: "k1", title: "报告", kind: "situationReport", blocks }] });
    expect(ok.ok && ok.value.skeletons[0].blocks[1]).toEqual({ role: "recipient", text: "XX市委办公室：" });
    expect(messages({ ...header, phrases: [], sections: [{ ...section, blocks: [{ role: "recipient", text: "XX：" }] }] })).toEqual([
      "第1个段落模板第1段（sections[0].blocks[0]）的“role”不能为“recipient”，此处只能用 heading1、heading2、heading3、heading4、body",
    ]);
    expect(messages({ ...header, phrases: [], sections: [], skeletons: [{ id: "k1", title: "报告", blocks: [{ role: "主送机关", text: "XX：" }] }] })).toEqual([
      "第1个文档框架第1段（skeletons[0].blocks[0]）的“role”取值“主送机关”无效，应为 title、recipient、heading1、heading2、heading3、heading4、body、signature、date 之一",
    ]);
  });

  it("bad ids and duplicate ids, naming the earlier entry", () => {
    const pack = {
      ...header,
      phrases: [phrase, { ...phrase, text: "一年来，" }, { ...phrase, id: "开头 1" }, { ...phrase, id: "x".repeat(65) }],
      sections: [],
    };
    expect(messages(pack)).toEqual([
      "第3条常用语（phrases[2]）的“id”取值“开头 1”无效，只能由字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过64个字符",
      `第4条常用语（phrases[3]）的“id”取值“${"x".repeat(65)}”无效，只能由字母、数字、点、短横线和下划线组成，以字母或数字开头，不超过64个字符`,
      "第2条常用语（phrases[1]）的“id”取值“p1”与第1条常用语（phrases[0]）重复",
    ]);
  });

  it("bad tags", () => {
    const pack = { ...header, phrases: [{ ...phrase, tags: ["年度", 3, "", "很".repeat(21)] }, { ...phrase, id: "p2", tags: "年度" }], sections: [] };
    expect(messages(pack)).toEqual([
      "第1条常用语的第2个标签（phrases[0].tags[1]）应为文字，实际为数字",
      "第1条常用语的第3个标签（phrases[0].tags[2]）不能为空",
      "第1条常用语的第4个标签（phrases[0].tags[3]）过长（21字），最多20字",
      "第2条常用语（phrases[1]）的“tags”应为列表，实际为文字",
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
      "第1条常用语（phrases[0]）应为对象（以 { 开头），实际为文字",
      "第1个文档框架（skeletons[0]）的“kind”取值“annual”无效，应为 unitAnnual、halfYear、personalAnnual、special、situationReport、dutyAndIntegrity、other 之一",
    ]);
  });

  it("too many entries", () => {
    const phrases = Array.from({ length: 3001 }, (_, i) => ({ ...phrase, id: `p${i}` }));
    expect(messages({ ...header, phrases, sections: [] })).toEqual(["素材包的常用语过多（3001个），最多3000个"]);
  });

  it("reports every problem at once, capped with a count of the rest", () => {
    const phrases = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, category: "opening" }));
    const result = validatePack({ ...header, phrases, sections: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100].message).toBe("另有50处问题未列出，请先修改以上问题后再导入");
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
    const result = parsePack(`"${"字".repeat(2_000_001)}"`);
    expect(result.ok ? "" : result.errors[0].message).toBe("文件过大（约201万字），素材包最多200万字");
  });

  it("validates the parsed value", () => {
    expect(parsePack('{"format":"gongwen-pack","version":1,"phrases":[{"id":"p1","category":"opening"}],"sections":[]}')).toEqual({
      ok: false,
      errors: [{ path: "phrases[0]", message: "第1条常用语（phrases[0]）缺少“text”字段" }],
    });
  });
});
