/**
 * The ZIP central directory, read by hand: it gives every entry's declared sizes and compression method, so absurd
 * sizes are refused before a single byte is inflated, and one entry can be inflated without touching the others.
 * Format: PKWARE APPNOTE 4.3.12 (end of central directory), 4.3.12 (file header), 4.3.14–16 and 4.5.3 (ZIP64).
 */
import { DocxReadError } from "./errors";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared: never trusted beyond a limit, and checked against what inflating yields. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** A view that throws DocxReadError("damaged") instead of reading past the end of a truncated file. */
class Bytes {
  constructor(readonly data: Uint8Array) {}

  u16(at: number): number {
    this.need(at, 2);
    return this.data[at] | (this.data[at + 1] << 8);
  }

  u32(at: number): number {
    this.need(at, 4);
    return (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16)) + this.data[at + 3] * 0x1000000;
  }

  /** ZIP64 sizes: beyond 2^53 they are absurd anyway, and the size limits refuse them. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }

  need(at: number, length: number): void {
    if (at < 0 || at + length > this.data.length) throw new DocxReadError("damaged", "压缩包目录指向文件末尾之外，文件可能不完整");
  }
}

/** undefined when the bytes hold no end-of-central-directory record, i.e. are not a ZIP at all. */
export function readCentralDirectory(data: Uint8Array): ZipEntry[] | undefined {
  const bytes = new Bytes(data);
  const eocd = findEndRecord(bytes);
  if (eocd === undefined) return undefined;
  let count = bytes.u16(eocd + 10);
  let offset = bytes.u32(eocd + 16);
  if (count === U16_MAX || offset === U32_MAX) ({ count, offset } = zip64End(bytes, eocd));
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.u32(offset) !== CENTRAL_SIGNATURE) throw new DocxReadError("damaged", "压缩包目录不完整");
    const entry = centralEntry(bytes, offset);
    entries.push(entry.entry);
    offset = entry.next;
  }
  return entries;
}

/** Where the entry's data begins, after its local header (whose name and extra lengths may differ from the central ones). */
export function dataOffset(data: Uint8Array, entry: ZipEntry): number {
  const bytes = new Bytes(data);
  const at = entry.localHeaderOffset;
  if (bytes.u32(at) !== LOCAL_SIGNATURE) throw new DocxReadError("damaged", `${entry.name}：找不到该部分的数据`);
  const start = at + LOCAL_HEADER_SIZE + bytes.u16(at + 26) + bytes.u16(at + 28);
  bytes.need(start, entry.compressedSize);
  return start;
}

function findEndRecord(bytes: Bytes): number | undefined {
  const last = bytes.data.length - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (bytes.u32(at) === EOCD_SIGNATURE) return at;
  }
  return undefined;
}

function zip64End(bytes: Bytes, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || bytes.u32(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new DocxReadError("damaged", "压缩包目录不完整");
  const record = bytes.u64(locator + 8);
  if (bytes.u32(record) !== ZIP64_EOCD_SIGNATURE) throw new DocxReadError("damaged", "压缩包目录不完整");
  return { count: bytes.u64(record + 32), offset: bytes.u64(record + 48) };
}

function centralEntry(bytes: Bytes, at: number): { entry: ZipEntry; next: number } {
  const flags = bytes.u16(at + 8);
  const nameLength = bytes.u16(at + 28);
  const extraLength = bytes.u16(at + 30);
  const commentLength = bytes.u16(at + 32);
  bytes.need(at + CENTRAL_HEADER_SIZE, nameLength + extraLength);
  const nameBytes = bytes.data.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
  // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII range is all an OPC part name may use.
  const name = new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(nameBytes);
  let compressedSize = bytes.u32(at + 20);
  let size = bytes.u32(at + 24);
  let localHeaderOffset = bytes.u32(at + 42);
  if (compressedSize === U32_MAX || size === U32_MAX || localHeaderOffset === U32_MAX) {
    // The ZIP64 extra field lists, in this order, only the values whose 32-bit field is saturated.
    let field = zip64Extra(bytes, at + CENTRAL_HEADER_SIZE + nameLength, extraLength);
    if (size === U32_MAX) size = bytes.u64((field += 8) - 8);
    if (compressedSize === U32_MAX) compressedSize = bytes.u64((field += 8) - 8);
    if (localHeaderOffset === U32_MAX) localHeaderOffset = bytes.u64(field);
  }
  const entry = { name, method: bytes.u16(at + 10), encrypted: (flags & 1) === 1, compressedSize, size, localHeaderOffset };
  return { entry, next: at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength };
}

/** The offset of the ZIP64 extended information's first value (header id 0x0001). */
function zip64Extra(bytes: Bytes, start: number, length: number): number {
  for (let at = start; at + 4 <= start + length; at += 4 + bytes.u16(at + 2)) {
    if (bytes.u16(at) === 0x0001) return at + 4;
  }
  throw new DocxReadError("damaged", "压缩包目录中的大小信息不完整");
}
