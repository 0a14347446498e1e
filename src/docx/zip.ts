/**
 * The ZIP container, inflated part by part on demand: a .docx is mostly images and fonts, and the reader needs only
 * a handful of XML parts, so nothing else is ever decompressed. Every part read is held to the limits in limits.ts,
 * first by its declared sizes, then by what inflating it actually yields.
 */
import { Inflate } from "fflate";
import { compoundFileKind } from "./compound-file";
import { DocxReadError } from "./errors";
import { BOMB_MIN_BYTES, BOMB_RATIO, MAX_PART_BYTES, MAX_XML_BYTES, megabytes } from "./limits";
import { dataOffset, readCentralDirectory, type ZipEntry } from "./zip-directory";

/**
 * Compressed input is fed in slices this big, so one push can never yield more than ~1,000× it (64 MB) past a lying
 * declared size; smaller slices cost fflate more per byte (16 KB took twice as long as 256 KB).
 */
const SLICE = 64 * 1024;

export class ZipArchive {
  /** Lower-cased name → entry: OPC part names are case-insensitive. */
  private readonly entries = new Map<string, ZipEntry>();
  /** Bytes inflated so far, against MAX_XML_BYTES. */
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    const kind = compoundFileKind(bytes);
    if (kind !== undefined) throw new DocxReadError(kind);
    const entries = readCentralDirectory(bytes);
    if (entries === undefined) throw new DocxReadError(startsLikeZip(bytes) ? "damaged" : "not-zip");
    for (const entry of entries) this.entries.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Every entry's name, lower-cased. */
  entryNames(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Inflates one entry; undefined when the package has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    this.checkDeclared(entry);
    const start = dataOffset(this.bytes, entry);
    const compressed = this.bytes.subarray(start, start + entry.compressedSize);
    const data = entry.method === 0 ? compressed : inflateBounded(compressed, entry);
    if (data.length !== entry.size) {
      throw new DocxReadError("damaged", `${entry.name}：应为 ${entry.size} 字节，实际 ${data.length} 字节`);
    }
    this.inflated += data.length;
    return data;
  }

  private checkDeclared(entry: ZipEntry): void {
    if (entry.encrypted) throw new DocxReadError("damaged", `${entry.name}：使用了 ZIP 加密，Word 不会这样保存`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new DocxReadError("damaged", `${entry.name}：使用了不支持的压缩方式 ${entry.method}`);
    }
    if (entry.size > BOMB_MIN_BYTES && entry.size > BOMB_RATIO * entry.compressedSize) {
      const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1));
      throw new DocxReadError("zip-bomb", `${entry.name}：${megabytes(entry.compressedSize)} 声称解压为 ${megabytes(entry.size)}，压缩比 ${ratio}:1`);
    }
    if (entry.size > MAX_PART_BYTES) {
      throw new DocxReadError("too-large", `${entry.name} 解压后 ${megabytes(entry.size)}，上限 ${megabytes(MAX_PART_BYTES)}`);
    }
    if (this.inflated + entry.size > MAX_XML_BYTES) {
      throw new DocxReadError("too-large", `需解压的内容超过 ${megabytes(MAX_XML_BYTES)}`);
    }
  }
}

/**
 * Inflates into a buffer of the declared size and stops as soon as the output would pass it: a part that inflates
 * to more than it declares is refused after at most one slice more, never inflated whole.
 */
function inflateBounded(compressed: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += SLICE) {
      const end = Math.min(at + SLICE, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    const original = error instanceof Error ? error.message : String(error);
    throw new DocxReadError("damaged", `${entry.name}：压缩数据无法解开；技术信息：${original}`);
  }
  if (overflow) {
    throw new DocxReadError("zip-bomb", `${entry.name}：解压后的数据超过它声明的 ${megabytes(entry.size)}`);
  }
  return out.subarray(0, length);
}

/** "PK\x03\x04": the start of a ZIP whose end is missing (a download cut short). */
function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
