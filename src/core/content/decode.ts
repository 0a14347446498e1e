/**
 * The bytes of a pack file as text. Packs are UTF-8 (what the pane exports), but a pack edited on an office PC may
 * have been saved by Notepad or WPS as GBK/GB18030 or as "Unicode" (UTF-16 with a byte order mark). Each is decoded
 * strictly (`fatal`): bytes that are not valid in the encoding refuse the file rather than import mojibake.
 *
 * Order: a byte order mark decides; then UTF-8, which almost never decodes text written in another encoding; then
 * GB18030 (a superset of GBK and GB2312). GB18030 accepts most byte sequences, so a GB18030 reading that yields
 * private-use characters (GBK's user-defined area, never in a real pack) is refused too.
 */
export type PackEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export type DecodedPack =
  | { readonly ok: true; readonly text: string; readonly encoding: PackEncoding }
  | { readonly ok: false; readonly message: string };

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Word files and other zip archives start with "PK\x03\x04"; say what it is rather than "not text". */
function sniffBinary(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "这是 Word 文档或压缩文件，不是素材包。请选择公文写作助手导出的素材包文件（.json）。";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "这是旧版 Office 文件，不是素材包。请选择公文写作助手导出的素材包文件（.json）。";
  return undefined;
}

export function decodePackBytes(bytes: Uint8Array): DecodedPack {
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, message: binary };
  const boms: readonly [readonly number[], PackEncoding, string][] = [
    [[0xef, 0xbb, 0xbf], "UTF-8", "utf-8"],
    [[0xff, 0xfe], "UTF-16LE", "utf-16le"],
    [[0xfe, 0xff], "UTF-16BE", "utf-16be"],
  ];
  for (const [bom, encoding, label] of boms) {
    if (!startsWith(bytes, bom)) continue;
    // TextDecoder drops the BOM itself (ignoreBOM: false).
    const text = strict(label, bytes);
    return text === undefined
      ? { ok: false, message: `文件开头标明为 ${encoding} 编码，但内容不是有效的 ${encoding} 文字，文件可能已损坏。请重新导出后再导入。` }
      : { ok: true, text, encoding };
  }
  // A NUL byte is never in UTF-8 or GB18030 text: UTF-16 without a byte order mark, or not text at all.
  if (bytes.includes(0)) {
    return { ok: false, message: "无法识别文件的编码（可能是不带标记的 UTF-16 或二进制文件）。请用记事本另存为“UTF-8”编码后再导入。" };
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "UTF-8" };
  const gb = strict("gb18030", bytes);
  if (gb !== undefined && !/[\uE000-\uF8FF]/.test(gb)) return { ok: true, text: gb, encoding: "GB18030" };
  return {
    ok: false,
    message: "无法识别文件的编码：它不是 UTF-8、GB18030（GBK）或带标记的 UTF-16 文字，可能不是素材包。请用记事本打开后另存为“UTF-8”编码再导入。",
  };
}
