import { strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { buildDocx, p } from "./build-docx";
import { readError } from "./readError";

/**
 * A minimal OLE compound file: the magic, then one directory sector after the 512-byte header holding 128-byte
 * entries named in UTF-16LE, then `text` (UTF-16LE, as a .doc stores it) in a later sector at an odd offset.
 */
function compoundFile(streams: readonly string[], text = ""): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const putUtf16 = (value: string, offset: number): void => {
    for (let i = 0; i < value.length; i++) bytes[offset + 2 * i] = value.charCodeAt(i);
  };
  ["Root Entry", ...streams].forEach((name, i) => putUtf16(name, 512 + 128 * i));
  putUtf16(text, 1030);
  return bytes;
}


describe("readDocx: unreadable input", () => {
  it("rejects a file that is not a zip with a Chinese message", () => {
    const error = readError(strToU8("这只是一段文字，不是 Word 文档"));
    expect(error.code).toBe("not-zip");
    expect(error.message).toMatch(/^无法读取该文件：不是有效的 \.docx 文档/);
  });

  it("recognises an old binary .doc file", () => {
    const error = readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(error.code).toBe("old-doc");
    expect(error.message).toBe("无法读取该文件：这是旧版 .doc 格式，请在 Word 中“另存为”.docx 格式后重试");
    expect(readError(compoundFile(["WordDocument", "1Table"])).code).toBe("old-doc");
  });

  it("says a password-protected .docx (a compound file with EncryptionInfo / EncryptedPackage) needs its password removed", () => {
    const error = readError(compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/^无法读取该文件：文档设有打开密码.*清空密码并保存后再检查$/);
  });

  it("does not take a .doc whose text mentions EncryptedPackage for an encrypted document", () => {
    expect(readError(compoundFile(["WordDocument"], "EncryptedPackage EncryptionInfo")).code).toBe("old-doc");
  });

  it("never inflates parts it does not need: a damaged image does not stop the check", () => {
    const image = new Uint8Array(4000).map((_, i) => (i * 7) % 13);
    const withImage = zipSync({ ...unzipSync(buildDocx({ body: p("正文") })), "word/media/image1.png": image });
    const damaged = corruptEntry(withImage, "word/media/image1.png");
    expect(readDocx(damaged).paragraphs.map((para) => para.text)).toEqual(["正文"]);
  });

  it("rejects an empty file as not a Word file and a truncated zip as damaged", () => {
    expect(readError(new Uint8Array(0)).code).toBe("not-zip");
    const whole = buildDocx({ body: p("完整") });
    const truncated = readError(whole.slice(0, whole.length - 30));
    expect(truncated.code).toBe("damaged");
    expect(truncated.message).toMatch(/^无法读取该文件：文档已损坏/);
  });

  it("names damaged compressed data in Chinese, keeping the library's text for IT staff after it", () => {
    const error = readError(corruptEntry(buildDocx({ body: p("正文") }), "word/document.xml"));
    expect(error.code).toBe("damaged");
    expect(error.message).toMatch(/^无法读取该文件：文档已损坏.*（word\/document\.xml：压缩数据无法解开；技术信息：.+）$/);
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

/** Overwrites the compressed data of one entry with bytes no inflater accepts. */
function corruptEntry(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const nameBytes = strToU8(name);
  for (let i = 0; i + 30 < out.length; i++) {
    const isLocalHeader = out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x03 && out[i + 3] === 0x04;
    if (!isLocalHeader || !nameBytes.every((byte, k) => out[i + 30 + k] === byte)) continue;
    const dataStart = i + 30 + out[i + 26] + (out[i + 27] << 8) + out[i + 28] + (out[i + 29] << 8);
    out.fill(0xff, dataStart, dataStart + 16);
    expect(() => unzipSync(out)).toThrow();
    return out;
  }
  throw new Error(`no entry ${name}`);
}
