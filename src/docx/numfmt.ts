/**
 * Renders one list counter in a w:numFmt (ECMA-376 17.18.59 ST_NumberFormat) the way Word displays it.
 * Unknown formats fall back to decimal, as Word does for values it does not support.
 */

const DIGITS = "〇一二三四五六七八九";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case "none":
      return "";
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(value, 20, (n) => 0x2460 + n - 1);
    case "decimalEnclosedParen":
      return enclosed(value, 20, (n) => 0x2474 + n - 1);
    case "decimalEnclosedFullstop":
      return enclosed(value, 20, (n) => 0x2488 + n - 1);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerLetter":
      return letters(value);
    case "upperRoman":
      return roman(value);
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "chineseCounting":
    case "taiwaneseCounting":
    case "japaneseCounting":
      // Office writes 1–99 with 十 (11 → 十一, not 一十一) and larger values digit by digit (102 → 一〇二).
      return value >= 1 && value <= 99 ? chineseCounting(value, DIGITS, "十", "百", "千", "〇") : digitByDigit(value);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
    case "japaneseDigitalTenThousand":
      return value >= 1 && value <= 9999 ? chineseCounting(value, DIGITS, "十", "百", "千", "零") : digitByDigit(value);
    case "chineseLegalSimplified":
      return value >= 1 && value <= 9999 ? chineseCounting(value, LEGAL_DIGITS, "拾", "佰", "仟", "零", true) : String(value);
    case "ideographDigital":
    case "taiwaneseDigital":
      return digitByDigit(value);
    case "ideographTraditional":
      return value >= 1 ? STEMS[(value - 1) % 10] : String(value);
    case "ideographZodiac":
      return value >= 1 ? BRANCHES[(value - 1) % 12] : String(value);
    default:
      return String(value);
  }
}

/** Single enclosed characters exist up to `max`; beyond that Word prints the plain number. */
function enclosed(value: number, max: number, codePoint: (n: number) => number): string {
  return value >= 1 && value <= max ? String.fromCharCode(codePoint(value)) : String(value);
}

/** Word's letters repeat rather than carry: 26 → z, 27 → aa, 28 → bb, 53 → aaa. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: Array<[number, string]> = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

function digitByDigit(value: number): string {
  return String(value).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);
}

/**
 * Chinese counting for 1–9999: 十一 (a leading 一十 is dropped unless `keepLeadingOne`, as in legal 壹拾壹),
 * 一百零一, 一千零一十, 二十.
 */
function chineseCounting(
  value: number, digits: string, ten: string, hundred: string, thousand: string, zero: string, keepLeadingOne = false,
): string {
  const units = ["", ten, hundred, thousand];
  const parts = String(value).split("").map(Number).reverse();
  let out = "";
  let pendingZero = false;
  for (let place = parts.length - 1; place >= 0; place--) {
    const digit = parts[place];
    if (digit === 0) {
      pendingZero = out !== "";
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    const dropOne = digit === 1 && place === 1 && out === "" && !keepLeadingOne;
    out += (dropOne ? "" : digits[digit]) + units[place];
  }
  return out;
}
