/**
 * Full-width / half-width normalisation. Chinese documents mix both (（1）and (1), ：and :, １ and 1); comparisons
 * are made on the half-width form while findings keep pointing at the original characters (one code unit each, so
 * offsets do not move).
 */

const FULL_START = 0xff01; // ！
const FULL_END = 0xff5e; // ～
const OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = "\u3000";

/** Full-width ASCII variants (！…～) and the ideographic space → their half-width forms. Same length as input. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_START && code <= FULL_END) out += String.fromCharCode(code - OFFSET);
    else if (text[i] === IDEOGRAPHIC_SPACE) out += " ";
    else out += text[i];
  }
  return out;
}

/** Half-width printable ASCII (!…~) and space → full-width. Same length as input. */
export function toFullWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x21 && code <= 0x7e) out += String.fromCharCode(code + OFFSET);
    else if (text[i] === " ") out += IDEOGRAPHIC_SPACE;
    else out += text[i];
  }
  return out;
}

/** True when the character is a full-width ASCII variant (ＡＢ１２（）：…). */
export function isFullWidthAscii(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= FULL_START && code <= FULL_END;
}
