/**
 * A .txt file's bytes → text. Chinese offices save text as UTF-8 (with or without a BOM), as "Unicode" (UTF-16 with a
 * BOM, Notepad's name for it) or as ANSI, which on Chinese Windows is GBK: GB18030 decodes every GBK file. Anything
 * else (a binary file, a .docx renamed .txt) is refused rather than checked as nonsense.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: "binary" | "zip" | "ole" | "pdf" };

/** Magic numbers of files people rename or mistake for text. */
const SIGNATURES: ReadonlyArray<readonly [reason: "zip" | "ole" | "pdf", bytes: readonly number[]]> = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

/** Above this share of characters no editor would save, the decoding is judged wrong. */
const MAX_ODD_SHARE = 0.01;

export function decodeText(bytes: Uint8Array): Decoded {
  for (const [reason, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return { ok: false, reason };
  }
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return plausible(tryDecode(bom.encoding, bytes.subarray(bom.length)), bom.encoding);
  // Without a BOM: UTF-8 first (its rules almost never hold for GBK bytes by chance), then GB18030.
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return plausible(utf8, "utf-8");
  return plausible(tryDecode("gb18030", bytes), "gb18030");
}

function bomEncoding(bytes: Uint8Array): { readonly encoding: TextEncoding; readonly length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, so a wrong guess is noticed.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function plausible(text: string | undefined, encoding: TextEncoding): Decoded {
  if (text === undefined || !looksLikeText(text)) return { ok: false, reason: "binary" };
  return { ok: true, text, encoding };
}

/** No NUL at all, and hardly any control, private-use or replacement characters: what a text editor writes. */
function looksLikeText(text: string): boolean {
  if (text.includes("\u0000")) return false;
  let odd = 0;
  let total = 0;
  for (const char of text) {
    total++;
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r" && char !== "\f" && char !== "\v";
    if (control || code === 0x7f || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) odd++;
  }
  return odd <= Math.max(1, total * MAX_ODD_SHARE);
}
