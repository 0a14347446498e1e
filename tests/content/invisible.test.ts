/** Issue 9, item 5: control characters are refused with where they are; packs are decoded, never read as mojibake. */
import { addEntry, decodePackBytes, emptyLibrary, parsePack } from "../../src/core/content";
import { stripInvisible } from "../../src/core/content/validation/invisible";

function pack(phrases: unknown[], sections: unknown[] = []): string {
  return JSON.stringify({ format: "gongwen-pack", version: 1, phrases, sections });
}

function messages(text: string): string[] {
  const result = parsePack(text);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

const ok = { id: "p1", category: "opening", text: "今年以来，" };

describe("control characters", () => {
  it.each([
    ["\u000b", "U+000B", "在 Word 中会成为换行符"],
    ["\u000c", "U+000C", "在 Word 中会成为分页符"],
    ["\u0000", "U+0000", "空字符"],
    ["\u202e", "U+202E", "会改变文字的显示方向"],
    ["\u2066", "U+2066", "会改变文字的显示方向"],
    ["\u200b", "U+200B", "零宽字符，会使检索和检查失效"],
    ["\ufeff", "U+FEFF", "零宽字符，会使检索和检查失效"],
    ["\u0085", "U+0085", "控制字符"],
  ])("%j in the 3rd phrase is refused with the entry, the character and where it is", (char, code, note) => {
    const text = pack([ok, { ...ok, id: "p2" }, { id: "p3", category: "closing", text: `特此${char}报告。` }]);
    expect(messages(text)).toEqual([`第3条常用语的内容含有不可见的控制字符（${code}，第3个字，${note}），请删除。`]);
  });

  it("tab is allowed (an ordinary tab in Word); line breaks keep their own message", () => {
    expect(messages(pack([{ ...ok, text: "一是\t二是" }]))).toEqual([]);
    expect(messages(pack([{ ...ok, text: "一是\n二是" }]))).toEqual(["第1条常用语的内容不能换行，每段文字应单独作为一项。"]);
  });

  it("in a template's paragraph and title, and in a tag", () => {
    const section = { id: "s1", title: "调研\u200d", tags: ["a\u0001"], blocks: [{ role: "body", text: "正文" }, { role: "body", text: "X\u200bX" }] };
    expect(messages(pack([], [section]))).toEqual([
      "第1个段落模板的名称含有不可见的控制字符（U+200D，第3个字，零宽字符，会使检索和检查失效），请删除。",
      "第1个段落模板的第1个标签含有不可见的控制字符（U+0001），请删除。",
      expect.stringMatching(/^第1个段落模板第2段的内容含有不可见的控制字符（U\+200B，第2个字/),
    ]);
  });

  it("the editor says it in plain words", () => {
    const result = addEntry(emptyLibrary(), "phrase", { category: "closing", text: "特此\u000c报告。" });
    expect(result).toEqual({ ok: false, errors: [{ path: "", message: "常用语含有不可见的控制字符（U+000C，第3个字），请删除。" }] });
  });

  it("the phrase editor strips them from pasted text and says which", () => {
    expect(stripInvisible("特\u200b此\u000b报\u200b告")).toEqual({ text: "特此报告", removed: ["U+200B", "U+000B"] });
  });
});

describe("decoding a pack file", () => {
  const json = pack([{ id: "p1", category: "opening", text: "今年以来，我们扎实推进各项工作。" }]);

  it("UTF-8 with or without a byte order mark", () => {
    const bytes = new TextEncoder().encode(json);
    expect(decodePackBytes(bytes)).toEqual({ ok: true, text: json, encoding: "UTF-8" });
    expect(decodePackBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: json, encoding: "UTF-8" });
  });

  it("UTF-16 LE and BE with a byte order mark (Notepad's “Unicode”)", () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < json.length; i += 1) {
      const c = json.charCodeAt(i);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodePackBytes(new Uint8Array(le))).toEqual({ ok: true, text: json, encoding: "UTF-16LE" });
    expect(decodePackBytes(new Uint8Array(be))).toEqual({ ok: true, text: json, encoding: "UTF-16BE" });
  });

  it("GBK / GB18030 (a pack saved by WPS or an older Notepad)", () => {
    // "常用" in GBK, inside a JSON string, built byte by byte: no encoder for GBK is needed.
    const gbk = new Uint8Array([...Buffer.from('"'), 0xb3, 0xa3, 0xd3, 0xc3, ...Buffer.from('"')]);
    expect(decodePackBytes(gbk)).toEqual({ ok: true, text: '"常用"', encoding: "GB18030" });
  });

  it("garbage, a Word file, UTF-16 without a mark and a broken UTF-8 with a mark are refused", () => {
    expect(decodePackBytes(new Uint8Array([0x7b, 0x80, 0xff, 0x81, 0x7d]))).toEqual({ ok: false, message: expect.stringMatching(/^无法识别文件的编码/) });
    expect(decodePackBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toEqual({ ok: false, message: expect.stringMatching(/^这是 Word 文档或压缩文件/) });
    expect(decodePackBytes(new Uint8Array([0x7b, 0x00, 0x7d, 0x00]))).toEqual({ ok: false, message: expect.stringMatching(/不带标记的 UTF-16/) });
    expect(decodePackBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toEqual({ ok: false, message: expect.stringMatching(/^文件开头标明为 UTF-8 编码/) });
    // GBK's user-defined area (private use in Unicode) is never in a real pack.
    expect(decodePackBytes(new Uint8Array([0xaa, 0xa1]))).toEqual({ ok: false, message: expect.stringMatching(/^无法识别文件的编码/) });
  });
});
