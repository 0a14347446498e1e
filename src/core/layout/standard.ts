/**
 * GB/T 9704—2012 as data: the format of each paragraph role (7.3), the page (5.1–5.2), the font families a name
 * belongs to and the Chinese size names (字号). The 格式 check compares with it, 一键排版 writes it, and the insert
 * of templates (src/host/formats.ts) formats new text with it. House practice (惯例) is added by `roleTarget`.
 * Clauses: /work/shared/docs/domain.md §6.
 */
import type { CheckOptions } from "../options";
import type { LayoutAlignment, LayoutRole, LineSpacing, PageLayout } from "./types";

/** The roles the standard formats ("other" paragraphs are left as they are). */
export type FormattedRole = Exclude<LayoutRole, "other">;

export interface RoleStandard {
  /** The East Asian font to write (the name 公文 templates use); any name of the same family passes the check. */
  readonly eastAsiaFont: string;
  readonly sizePt: number;
  /** The alignment 一键排版 writes. */
  readonly alignment: LayoutAlignment;
  /** The alignments the check accepts; undefined: not checked (placement of 署名 and 日期 is done many ways, 7.3.5). */
  readonly acceptedAlignments?: readonly LayoutAlignment[];
  /** First-line indent in characters; undefined: neither checked nor written. */
  readonly indentChars?: number;
  /** The clause the role's format rests on. */
  readonly basis: string;
}

const BODY_ALIGNMENTS: readonly LayoutAlignment[] = ["justify", "left"];

/** 3号 = 16 pt, 2号 = 22 pt. */
export const ROLE_STANDARDS: Readonly<Record<FormattedRole, RoleStandard>> = {
  // 7.3.1: 标题 2号小标宋体字, 居中.
  title: { eastAsiaFont: "方正小标宋简体", sizePt: 22, alignment: "center", acceptedAlignments: ["center"], indentChars: 0, basis: "GB/T 9704—2012 7.3.1" },
  // 7.3.2: 主送机关 编排于标题下空一行位置，居左顶格.
  recipient: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "left", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 0, basis: "GB/T 9704—2012 7.3.2" },
  // 7.3.3: 正文 3号仿宋; 每个自然段左空二字; 第一层黑体, 第二层楷体, 第三层和第四层仿宋.
  heading1: { eastAsiaFont: "黑体", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.3" },
  heading2: { eastAsiaFont: "楷体_GB2312", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.3" },
  heading3: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.3" },
  heading4: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.3" },
  body: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.3" },
  // 7.3.5: 发文机关署名和成文日期 3号仿宋 (5.2.2), 右空二字或四字编排: written right-aligned, placement not checked.
  signature: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "right", basis: "GB/T 9704—2012 7.3.5" },
  date: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "right", basis: "GB/T 9704—2012 7.3.5" },
  // 7.3.4: 附件说明 在正文下空一行左空二字编排"附件"二字 (3号仿宋, 5.2.2).
  attachment: { eastAsiaFont: "仿宋_GB2312", sizePt: 16, alignment: "justify", acceptedAlignments: BODY_ALIGNMENTS, indentChars: 2, basis: "GB/T 9704—2012 7.3.4" },
};

/** 惯例: digits and Latin letters of a 公文 in Times New Roman. */
export const PRACTICE_LATIN_FONT = "Times New Roman";

/** The target of one role under the options: the standard plus the house practice that is switched on. */
export interface RoleTarget extends RoleStandard {
  /** 惯例, when on: the Latin font. */
  readonly latinFont?: string;
  /** 惯例, when on: bold (level-3 headings). */
  readonly bold?: boolean;
  /** 惯例, when on: fixed line spacing. */
  readonly lineSpacing?: LineSpacing;
}

export function roleTarget(role: FormattedRole, options: CheckOptions): RoleTarget {
  const { level3Bold, lineSpacingPt, latinTimesNewRoman } = options.layout;
  // The 格式 rules ask for every paragraph: the targets are made once per house style, not once per paragraph.
  let cached = targetCache.get(options.layout);
  if (!cached || cached.level3Bold !== level3Bold || cached.lineSpacingPt !== lineSpacingPt || cached.latinTimesNewRoman !== latinTimesNewRoman) {
    cached = { level3Bold, lineSpacingPt, latinTimesNewRoman, targets: new Map() };
    targetCache.set(options.layout, cached);
  }
  let target = cached.targets.get(role);
  if (!target) {
    target = {
      ...ROLE_STANDARDS[role],
      ...(latinTimesNewRoman ? { latinFont: PRACTICE_LATIN_FONT } : {}),
      ...(level3Bold && role === "heading3" ? { bold: true } : {}),
      ...(lineSpacingPt !== undefined ? { lineSpacing: { rule: "exact", pt: lineSpacingPt } as const } : {}),
    };
    cached.targets.set(role, target);
  }
  return target;
}

const targetCache = new WeakMap<CheckOptions["layout"], CheckOptions["layout"] & { readonly targets: Map<FormattedRole, RoleTarget> }>();

/* Page: GB/T 9704—2012 5.1 (A4), 5.2.1 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), 5.2.3 (22 行 × 28 字). */
export const PAGE_STANDARD: Required<PageLayout> = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  bottomMm: 297 - 37 - 225,
  leftMm: 28,
  rightMm: 210 - 28 - 156,
  linesPerPage: 22,
  charsPerLine: 28,
};
export const PAGE_BASIS = "GB/T 9704—2012 5.1、5.2";
/** 5.2.1 gives the margins ±1 mm. */
export const PAGE_TOLERANCE_MM = 1;

/* Font families: the names under which the same typeface is installed (Windows, WPS, 方正, macOS). */
export type FontFamily = "fangsong" | "heiti" | "kaiti" | "xiaobiaosong" | "songti";

/** Tested in this order: 小标宋 and 仿宋 before 宋. */
const FAMILY_PATTERNS: readonly (readonly [FontFamily, RegExp])[] = [
  ["xiaobiaosong", /小标宋|xiaobiaosong/i],
  ["fangsong", /仿宋|fangsong/i],
  ["kaiti", /楷体|kaiti/i],
  ["heiti", /黑体|simhei|heiti/i],
  ["songti", /宋体|书宋|simsun|songti|^stsong$/i],
];

/** The family of a font name (仿宋_GB2312, FangSong, 方正仿宋_GBK → fangsong); undefined for a font of no known family. */
function fontFamily(name: string): FontFamily | undefined {
  const known = familyCache.get(name);
  if (known !== undefined || familyCache.has(name)) return known;
  const compact = name.replace(/[\s-]/g, "");
  const family = FAMILY_PATTERNS.find(([, pattern]) => pattern.test(compact))?.[0];
  // A document names a handful of fonts: the cache stays small, and each paragraph asks again.
  if (familyCache.size < FAMILY_CACHE_MAX) familyCache.set(name, family);
  return family;
}

const familyCache = new Map<string, FontFamily | undefined>();
const FAMILY_CACHE_MAX = 500;

/** Same typeface: same family, or (no family known) the same name. */
export function sameFont(a: string, b: string): boolean {
  // The same name is the same typeface either way; asked for every run of every paragraph, most often so.
  if (a === b) return true;
  const family = fontFamily(a);
  return family !== undefined ? family === fontFamily(b) : a.trim().toLowerCase() === b.trim().toLowerCase();
}

/* 字号: the Chinese size names and their points. */
const SIZE_NAMES: readonly (readonly [string, number])[] = [
  ["初号", 42],
  ["小初", 36],
  ["一号", 26],
  ["小一", 24],
  ["二号", 22],
  ["小二", 18],
  ["三号", 16],
  ["小三", 15],
  ["四号", 14],
  ["小四", 12],
  ["五号", 10.5],
  ["小五", 9],
];

/** 三号 for 16 pt; 17磅 for a size with no name. Remembered: each deviating paragraph names its size. */
export function sizeName(pt: number): string {
  let name = sizeNames.get(pt);
  if (name === undefined) {
    const named = SIZE_NAMES.find(([, size]) => Math.abs(size - pt) < 0.25);
    name = named ? named[0] : `${Math.round(pt * 10) / 10}磅`;
    if (sizeNames.size < SIZE_CACHE_MAX) sizeNames.set(pt, name);
  }
  return name;
}

const sizeNames = new Map<number, string>();
const SIZE_CACHE_MAX = 500;

/** Sizes within a quarter point are one size (Word stores half points). */
export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.25;
}
