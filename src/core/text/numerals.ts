/**
 * Chinese numerals ↔ numbers for the range headings and enumerations use: 一…十, 十一…十九, 二十…九十九.
 * Anything else (十四五, 一九八七, 〇, 百) is deliberately rejected so that words are not mistaken for numbers.
 */

const DIGITS = "一二三四五六七八九";

/** True for the characters a Chinese numeral in our range is written with. */
export function isChineseNumeralChar(ch: string): boolean {
  return ch === "十" || DIGITS.includes(ch);
}

/** Every character isChineseNumeralChar accepts (also usable inside a regular-expression class). */
export const CHINESE_NUMERAL_CHARS = "十" + DIGITS;

const NUMERAL_CODES: ReadonlySet<number> = new Set([...CHINESE_NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

/** isChineseNumeralChar by character code, for hot loops (no one-character string per test). */
export function isChineseNumeralCode(code: number): boolean {
  return code >= 0x4e00 && NUMERAL_CODES.has(code);
}

function digitValue(ch: string): number {
  return DIGITS.indexOf(ch) + 1; // 0 when not a digit
}

/** 一 → 1, 十二 → 12, 三十 → 30, 九十九 → 99; undefined for anything outside 1–99 or malformed (一一, 十十, 十四五). */
export function chineseToNumber(text: string): number | undefined {
  if (text.length === 1) {
    if (text === "十") return 10;
    const d = digitValue(text);
    return d > 0 ? d : undefined;
  }
  if (text.length === 2) {
    if (text[0] === "十") {
      const units = digitValue(text[1]);
      return units > 0 ? 10 + units : undefined;
    }
    const tens = digitValue(text[0]);
    return tens > 1 && text[1] === "十" ? tens * 10 : undefined;
  }
  if (text.length === 3 && text[1] === "十") {
    const tens = digitValue(text[0]);
    const units = digitValue(text[2]);
    return tens > 1 && units > 0 ? tens * 10 + units : undefined;
  }
  return undefined;
}

/** The numbers numberToChinese writes. */
export const MAX_CHINESE_NUMBER = 99;

/** 1 → 一, 12 → 十二, 30 → 三十, 99 → 九十九. Throws outside 1–99: callers check MAX_CHINESE_NUMBER first. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numberToChinese: ${n} is outside 1–99`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units > 0 ? DIGITS[units - 1] : "";
  if (tens === 0) return unitText;
  return (tens === 1 ? "" : DIGITS[tens - 1]) + "十" + unitText;
}

/** Parses half- or full-width Arabic digits ("12", "１２") in 1–99; undefined otherwise (0, 007, 100). */
export function arabicToNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 2) return undefined;
  let value = 0;
  for (const ch of text) {
    const d = arabicDigitValue(ch);
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  if (text.length === 2 && arabicDigitValue(text[0]) === 0) return undefined;
  return value >= 1 ? value : undefined;
}

/** 0–9 for a half- or full-width digit, undefined otherwise. */
export function arabicDigitValue(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return undefined;
}

export function isArabicDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && arabicDigitValue(ch) !== undefined;
}
