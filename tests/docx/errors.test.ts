import { strToU8, zipSync } from "fflate";
import { DocxReadError, readDocx } from "../../src/docx";
import { buildDocx, p } from "./build-docx";

function readError(bytes: Uint8Array): DocxReadError {
  try {
    readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) return error;
    throw error;
  }
  throw new Error("readDocx accepted the input");
}

describe("readDocx: unreadable input", () => {
  it("rejects a file that is not a zip with a Chinese message", () => {
    const error = readError(strToU8("这只是一段文字，不是 Word 文档"));
    expect(error.code).toBe("not-zip");
    expect(error.message).toMatch(/^无法读取该文件：不是有效的 \.docx 文档/);
  });

  it("recognises an old binary .doc file", () => {
    const error = readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(error.message).toContain("旧版 .doc 格式");
  });

  it("rejects an empty file and a truncated zip", () => {
    expect(readError(new Uint8Array(0)).code).toBe("not-zip");
    const whole = buildDocx({ body: p("完整") });
    expect(readError(whole.slice(0, whole.length - 30)).code).toBe("not-zip");
  });

  it("rejects a zip without a Word document, naming Excel files", () => {
    expect(readError(zipSync({ "readme.txt": strToU8("hi") })).code).toBe("no-document");
    expect(readError(zipSync({ "xl/workbook.xml": strToU8("<workbook/>") })).message).toContain("Excel 或 PowerPoint");
  });

  it("rejects malformed XML in the document part, naming the part", () => {
    const bytes = buildDocx({ body: "", extra: { "word/document.xml": "<w:document><w:body><w:p>" } });
    const error = readError(bytes);
    expect(error.code).toBe("bad-xml");
    expect(error.message).toContain("word/document.xml");
  });

  it("rejects a document part that is not WordprocessingML", () => {
    expect(readError(buildDocx({ body: "", extra: { "word/document.xml": "<html><body/></html>" } })).code).toBe("no-document");
  });

  it("reads a document whose optional parts are missing or empty of definitions", () => {
    expect(readDocx(buildDocx({ body: p("正文"), styles: "", numbering: "" })).paragraphs).toHaveLength(1);
  });
});
