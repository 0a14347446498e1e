/**
 * Files that are not ZIP packages but OLE compound files (CFB, magic D0 CF 11 E0 A1 B1 1A E1): an old binary .doc,
 * or a .docx saved with an opening password, which Word stores as a CFB holding "EncryptionInfo" and
 * "EncryptedPackage" streams (MS-OFFCRYPTO 2.3.4) instead of the ZIP.
 */

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A CFB directory entry is 128 bytes and begins with the stream name in UTF-16LE (MS-CFB 2.6.1). */
const DIRECTORY_ENTRY_SIZE = 128;
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map(utf16le);

export type CompoundFileKind = "encrypted" | "old-doc";

/** undefined when the bytes are not a compound file at all. */
export function compoundFileKind(bytes: Uint8Array): CompoundFileKind | undefined {
  if (bytes.length < CFB_MAGIC.length || CFB_MAGIC.some((byte, i) => bytes[i] !== byte)) return undefined;
  return hasEncryptionStream(bytes) ? "encrypted" : "old-doc";
}

/**
 * Looks for the encryption streams' names where directory entries can start, instead of walking the CFB's sector
 * chains: sectors are 512 or 4096 bytes and sit at multiples of 512 after the header, so every directory entry starts
 * at a multiple of 128 in the file. That is a linear scan with no parser to get wrong on an odd file, and requiring
 * the aligned position plus the terminating NUL keeps a .doc whose text merely mentions the words from matching.
 */
function hasEncryptionStream(bytes: Uint8Array): boolean {
  for (let offset = 0; offset + DIRECTORY_ENTRY_SIZE <= bytes.length; offset += DIRECTORY_ENTRY_SIZE) {
    if (ENCRYPTION_STREAMS.some((name) => startsWithAt(bytes, offset, name))) return true;
  }
  return false;
}

function startsWithAt(bytes: Uint8Array, offset: number, name: Uint8Array): boolean {
  for (let i = 0; i < name.length; i++) {
    if (bytes[offset + i] !== name[i]) return false;
  }
  return true;
}

/** The name as stored in a directory entry: UTF-16LE followed by a NUL character. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array((text.length + 1) * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}
