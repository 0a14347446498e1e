/**
 * Characters refused in any text of a phrase, a template or a pack: invisible, and harmful once inserted into Word
 * or searched. Line breaks (CR, LF, U+2028/2029) are not here: they have their own message ("不能换行").
 *
 * Tab is allowed: Word inserts it as an ordinary tab, nothing breaks, and text copied from a table carries it.
 * Refused:
 * - C0 controls but tab and line breaks, DEL and C1 controls: Word turns U+000B into a line break and U+000C into a
 *   page break, NUL truncates text in some hosts, the rest are mojibake of a wrong encoding;
 * - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the direction marks (U+200E, U+200F,
 *   U+061C): they reorder what the writer sees without changing what is stored (the "Trojan source" trick);
 * - zero-width characters (U+200B–200D, U+2060, U+FEFF inside text): they split words invisibly, so search (xjyg),
 *   duplicate detection and the check's patterns (a placeholder X, U+200B, X) miss what the writer sees;
 * - U+FFFD, the replacement character: text decoded in the wrong encoding.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD]/;

export interface InvisibleChar {
  /** "U+000B". */
  readonly code: string;
  /** 0-based UTF-16 offset in the text. */
  readonly index: number;
  /** What it does, for the writer: "在 Word 中会成为换行符". */
  readonly note: string;
}

function noteOf(c: number): string {
  if (c === 0x0b) return "在 Word 中会成为换行符";
  if (c === 0x0c) return "在 Word 中会成为分页符";
  if (c === 0) return "空字符";
  if (c === 0xfffd) return "通常是文件编码不对造成的乱码";
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c) return "会改变文字的显示方向";
  if (c >= 0x200b && c <= 0x200d) return "零宽字符，会使检索和检查失效";
  if (c === 0x2060 || c === 0xfeff) return "零宽字符，会使检索和检查失效";
  return "控制字符";
}

/** The first refused character of the text, or undefined. */
export function findInvisible(text: string): InvisibleChar | undefined {
  const match = REFUSED.exec(text);
  if (!match) return undefined;
  const c = match[0].charCodeAt(0);
  return { code: `U+${c.toString(16).toUpperCase().padStart(4, "0")}`, index: match.index, note: noteOf(c) };
}

/** Removes every refused character (the phrase editor, as text is pasted); says which were there. */
export function stripInvisible(text: string): { readonly text: string; readonly removed: readonly string[] } {
  const removed = new Set<string>();
  let out = text;
  for (let found = findInvisible(out); found; found = findInvisible(out)) {
    removed.add(found.code);
    out = out.slice(0, found.index) + out.slice(found.index + 1);
  }
  return { text: out, removed: [...removed] };
}
