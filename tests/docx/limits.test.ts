/**
 * Hostile and oversized packages, built here in memory (nothing big on disk): refused before or while inflating,
 * quickly, each with its own code and a Chinese message.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { buildDocx, p } from "./build-docx";
import { readError } from "./readError";


/** Rewrites the uncompressed size an entry declares in the central directory (what the reader checks first). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== nameBytes.length) continue;
    if (!nameBytes.every((byte, k) => out[i + 46 + k] === byte)) continue;
    view.setUint32(i + 24, size, true);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

const MB = 1024 * 1024;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe("readDocx: size limits and compression bombs", () => {
  it("refuses a part that really inflates 1,000:1 as a compression bomb, before inflating it", () => {
    const body = p("一、总体情况").repeat(Math.ceil((9 * MB) / 60));
    const bomb = buildDocx({ body });
    expect(bomb.length).toBeLessThan(MB);
    const { result: error, ms } = timed(() => readError(bomb));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/^无法读取该文件：文档的压缩数据异常（疑似压缩炸弹/);
    expect(error.message).toMatch(/word\/document\.xml：.* 声称解压为 1\d MB，压缩比 \d+:1/);
    expect(ms).toBeLessThan(200);
  });

  it("refuses a part declaring gigabytes without inflating anything", () => {
    const error = readError(declareSize(buildDocx({ body: p("正文") }), "word/document.xml", 0xfffffff0));
    expect(error.code).toBe("zip-bomb");
  });

  it("stops inflating a part that yields more than it declares", () => {
    const zip = buildDocx({ body: p("正文".repeat(2000)) });
    const error = readError(declareSize(zip, "word/document.xml", 100));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toContain("解压后的数据超过它声明的");
  });

  it("refuses a document whose XML is beyond the size limit, naming the limit", () => {
    // Stored, not deflated, so the ratio is 70:1 and only the size limit applies.
    const files = unzipSync(buildDocx({ body: p("正文") }));
    const stored = zipSync({ ...files, "word/document.xml": [new Uint8Array(MB), { level: 0 }] });
    const error = readError(declareSize(stored, "word/document.xml", 70 * MB));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/^无法读取该文件：文档过大.*请把文档拆分.*（word\/document\.xml 解压后 70 MB，上限 64 MB）$/);
  });

  it("never looks at a huge part it does not need (an image declaring 2 GB)", () => {
    const files = unzipSync(buildDocx({ body: p("正文") }));
    const zip = zipSync({ ...files, "word/media/image1.png": new Uint8Array(1000) });
    expect(readDocx(declareSize(zip, "word/media/image1.png", 0x80000000)).paragraphs.map((x) => x.text)).toEqual(["正文"]);
  });
});
