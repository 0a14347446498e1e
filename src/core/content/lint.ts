/**
 * House rules for template text, stricter than the pack schema: one placeholder convention (XX), full-width Chinese
 * punctuation, well-formed inline enumerations and GB/T 9704—2012 7.3.5.4 dates. The built-in content must pass
 * them (tests/content); the own-library editor may show them as hints.
 */

/** Marks that look like an unfilled spot but are not the library's `XX` convention. */
export const FOREIGN_PLACEHOLDERS: readonly { readonly pattern: RegExp; readonly name: string }[] = [
  { pattern: /[*＊]/, name: "星号" },
  { pattern: /[×✕]/, name: "乘号“×”" },
  { pattern: /[ＸⅩｘx]/, name: "全角或小写的X" },
  { pattern: /(^|[^X])X(?!X)/, name: "单个X" },
  { pattern: /[○□△◇]/, name: "○、□等符号" },
  { pattern: /某某/, name: "某某" },
  { pattern: /（\s*）|\(\s*\)|【\s*】|\[\s*\]|《\s*》|“\s*”/, name: "空括号或空引号" },
  { pattern: /_{2,}|＿/, name: "下划线空格" },
  { pattern: /…|\.{3}/, name: "省略号" },
];

/** Half-width punctuation has no place in Chinese running text (numbers may keep "." and "%"). */
export const HALF_WIDTH_PUNCTUATION = /[,;:!?()"'[\]<>]/;

/** Latin letters other than the placeholder X. */
const LATIN = /[A-WYZa-wyz]/;

const NUMERALS = "一二三四五六七八九十";

/** 一 → 1 … 十九 → 19 (enough for inline enumerations). */
function numeralValue(text: string): number | undefined {
  if (text.length === 1) {
    const i = NUMERALS.indexOf(text);
    return i >= 0 ? i + 1 : undefined;
  }
  if (text.length === 2 && text[0] === "十") {
    const unit = NUMERALS.indexOf(text[1]);
    return unit >= 0 && unit < 9 ? 10 + unit + 1 : undefined;
  }
  return undefined;
}

/** 一是/二是 at a paragraph start or after 。；：！？，, per docs/domain.md §3. */
const SHI_MARKER = /(^|[。；：！？，])([一二三四五六七八九十]{1,2})是/g;
/** Other enumeration styles; the library writes only 一是/二是, so any of these is a slip. */
const OTHER_MARKER = /(^|[。；：！？，])(第[一二三四五六七八九十]+[，、]|首先|其次|再次|最后|[一二三四五]要)/;

function enumerationProblems(text: string): string[] {
  const problems: string[] = [];
  const markers = [...text.matchAll(SHI_MARKER)].map((m) => ({
    value: numeralValue(m[2]),
    numeral: m[2],
    before: m[1],
    index: m.index ?? 0,
  }));
  // A paragraph that opens with 二是 continues the enumeration of the paragraph before (checked across paragraphs
  // by the caller); any other enumeration must start at 一是.
  const first = markers[0]?.index === 0 && markers[0].value !== undefined ? markers[0].value : 1;
  markers.forEach((m, i) => {
    const expected = first + i;
    if (m.value !== expected) problems.push(`列举序号不连续：第${i + 1}个序号“${m.numeral}是”应为第${expected}项`);
  });
  const separators = new Set(markers.slice(1).map((m) => m.before));
  if (separators.size > 1) problems.push("列举各项结尾不一致：应全部用“；”或全部用“。”");
  if (separators.has("；") && !/[。！？]$/.test(text)) problems.push("以“；”分隔的列举，末项应以“。”结束");
  const other = OTHER_MARKER.exec(text);
  if (other) problems.push(`含有“${other[2]}”式列举，本库统一用“一是、二是”`);
  return problems;
}

function balanceProblems(text: string): string[] {
  const problems: string[] = [];
  const pairs: readonly [string, string][] = [
    ["“", "”"],
    ["（", "）"],
    ["《", "》"],
  ];
  for (const [open, close] of pairs) {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth += 1;
      else if (char === close) depth -= 1;
      if (depth < 0) break;
    }
    if (depth !== 0) problems.push(`引号或括号不成对（${open}${close}）`);
  }
  return problems;
}

/** Problems with one paragraph or phrase of template text; empty when it follows the house rules. */
export function lintContentText(text: string): string[] {
  const problems: string[] = [];
  for (const { pattern, name } of FOREIGN_PLACEHOLDERS) {
    if (pattern.test(text)) problems.push(`含有${name}，待填处应统一写作“XX”`);
  }
  if (HALF_WIDTH_PUNCTUATION.test(text)) problems.push("含有半角标点，应使用全角中文标点");
  if (LATIN.test(text)) problems.push("含有英文字母");
  if (/\s/.test(text)) problems.push("含有空格或换行");
  if (/\d{4}年0\d|月0\d日/.test(text)) problems.push("日期不应有前导零（GB/T 9704—2012 7.3.5.4）");
  problems.push(...enumerationProblems(text), ...balanceProblems(text));
  return problems;
}

/** A 成文日期 line: "XXXX年XX月XX日" or a real date in Arabic numerals without leading zeros. */
const DATE_LINE = /^(XXXX|[1-9]\d{3})年(XX|[1-9]|1[0-2])月(XX|[1-9]|[12]\d|3[01])日$/;

export function isValidDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}
