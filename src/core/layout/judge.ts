/**
 * How a paragraph's layout compares with its role's target: what the 格式 rules report and what 一键排版 writes.
 *
 * A paragraph is judged by its runs as a reader sees it: its font and size are those of the runs covering most of its
 * Chinese characters (a bold phrase or a digit in another size is not the paragraph's format); runs of spaces and
 * punctuation only do not count. A property that is undefined was not read and is never reported.
 */
import type { DocParagraph } from "../model";
import type { CheckOptions } from "../options";
import { ALIGNMENT_NAMES, INDENT_WORDS, LOOK_WORDS, PRACTICE_WORDS } from "../messages";
import { isAlnumCode } from "../rules/punctuationChars";
import { leadingSpaceLength } from "../text/spaces";
import type { ParagraphRole } from "./roles";
import { FormattedRole, roleTarget, RoleTarget, sameFont, sameSize, sizeName } from "./standard";
import type { FirstLineIndent, LineSpacing, ParagraphLayout, RunLayout, TargetLayout } from "./types";

/** A stretch of a paragraph judged against one role's target: a run-in heading has two (heading, then body text). */
export interface Segment {
  readonly range: readonly [number, number];
  readonly target: RoleTarget;
  /** The body text after a run-in heading. */
  readonly rest: boolean;
}

export function segments(paragraph: DocParagraph, info: ParagraphRole, role: FormattedRole, options: CheckOptions): readonly Segment[] {
  const length = paragraph.text.length;
  const own = roleTarget(role, options);
  if (!info.heading || info.heading[1] >= length || paragraph.text.slice(info.heading[1]).trim() === "") {
    return wholeParagraph(own, length);
  }
  return [
    { range: [0, info.heading[1]], target: own, rest: false },
    { range: [info.heading[1], length], target: roleTarget("body", options), rest: true },
  ];
}

/**
 * The one segment of a paragraph of `length` judged whole against `target`, a list shared by every such paragraph
 * (nearly all): the 格式 rules keep nothing per paragraph but its fix, and the fix of a paragraph judged whole is
 * shared too (targetRunsLayout). Segments are read-only, which is what makes sharing them safe.
 */
function wholeParagraph(target: RoleTarget, length: number): readonly Segment[] {
  let byLength = wholeSegments.get(target);
  if (byLength === undefined) {
    byLength = new Map();
    wholeSegments.set(target, byLength);
  }
  let segs = byLength.get(length);
  if (segs === undefined) {
    segs = [{ range: [0, length], target, rest: false }];
    // Distinct lengths are bounded by the longest paragraph; past the cap a list is simply not shared.
    if (byLength.size < SHARED_LENGTHS_MAX) byLength.set(length, segs);
  }
  return segs;
}

const wholeSegments = new WeakMap<RoleTarget, Map<number, readonly Segment[]>>();
const SHARED_LENGTHS_MAX = 20_000;

/** Chinese characters (CJK ideographs, extension A, compatibility), by code: the hot loop allocates nothing. */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * The runs' shares of the range being looked at: how many Chinese characters and how many digits and letters each
 * covers there. Kept in three arrays reused from one paragraph to the next (the 格式 rules look at every paragraph of
 * an 800-page document, and an array and an object per paragraph were most of what they allocated); `shareCount`
 * entries are valid. Filled and read within one call of segmentLook, which nothing can interrupt.
 */
const shareRuns: RunLayout[] = [];
const shareHan: number[] = [];
const shareLatin: number[] = [];
let shareCount = 0;

function fillShares(text: string, runs: readonly RunLayout[], range: readonly [number, number]): void {
  shareCount = 0;
  for (const run of runs) {
    const start = Math.max(run.range[0], range[0]);
    const end = Math.min(run.range[1], range[1]);
    let han = 0;
    let latin = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isHan(code)) han++;
      else if (isAlnumCode(code)) latin++;
    }
    if (han + latin > 0) {
      shareRuns[shareCount] = run;
      shareHan[shareCount] = han;
      shareLatin[shareCount] = latin;
      shareCount++;
    }
  }
}

/**
 * The value most of the counted characters show (`weights`: shareHan or shareLatin), by `read` of their run;
 * undefined when unknown (the majority's value was not read) or when no character is counted.
 */
function dominant<T>(weights: readonly number[], read: (run: RunLayout) => T | undefined, key: (value: T) => string): T | undefined {
  // Most paragraphs are one run: nothing to weigh.
  if (shareCount === 1) return weights[0] > 0 ? read(shareRuns[0]) : undefined;
  const totals = new Map<string, { value: T | undefined; weight: number }>();
  for (let i = 0; i < shareCount; i++) {
    const weight = weights[i];
    if (weight === 0) continue;
    const value = read(shareRuns[i]);
    const k = value === undefined ? "\u0000" : key(value);
    const entry = totals.get(k);
    totals.set(k, { value, weight: (entry?.weight ?? 0) + weight });
  }
  let best: { value: T | undefined; weight: number } | undefined;
  for (const entry of totals.values()) if (!best || entry.weight > best.weight) best = entry;
  return best?.value;
}

const byName = (name: string): string => name;
const bySize = (pt: number): string => String(Math.round(pt * 4) / 4);
const eastAsiaFontOf = (run: RunLayout): string | undefined => run.eastAsiaFont;
const sizeOf = (run: RunLayout): number | undefined => run.sizePt;
const boldOf = (run: RunLayout): boolean | undefined => run.bold;
const latinFontOf = (run: RunLayout): string | undefined => run.latinFont;

interface Look {
  readonly eastAsiaFont: string | undefined;
  readonly sizePt: number | undefined;
  readonly bold: boolean | undefined;
  readonly latinFont: string | undefined;
}

/** The segment's font and size as a reader sees them (Chinese characters; size from letters and digits if none). */
function segmentLook(paragraph: DocParagraph, layout: ParagraphLayout, range: readonly [number, number]): Look {
  fillShares(paragraph.text, layout.runs, range);
  let hasHan = false;
  for (let i = 0; i < shareCount && !hasHan; i++) hasHan = shareHan[i] > 0;
  return {
    eastAsiaFont: hasHan ? dominant(shareHan, eastAsiaFontOf, byName) : undefined,
    sizePt: dominant(hasHan ? shareHan : shareLatin, sizeOf, bySize),
    bold: hasHan ? dominant(shareHan, boldOf, String) : undefined,
    latinFont: dominant(shareLatin, latinFontOf, byName),
  };
}

/** One difference of a segment or paragraph from its target, in the writer's words. */
export interface Deviation {
  /** 宋体小四 */
  readonly actual: string;
  /** 仿宋_GB2312三号 */
  readonly expected: string;
  /** True for practice (惯例), false for the standard. */
  readonly practice: boolean;
  /** For the body text of a run-in heading: said as 其后正文. */
  readonly rest?: boolean;
}

function withDeviation(found: Deviation[] | undefined, deviation: Deviation): Deviation[] {
  if (found === undefined) return [deviation];
  found.push(deviation);
  return found;
}

/** Font and size of each segment against the standard; bold (level 3) and the Latin font against practice. */
export function characterDeviations(paragraph: DocParagraph, segs: readonly Segment[]): readonly Deviation[] {
  const layout = paragraph.layout;
  if (!layout) return NO_DEVIATIONS;
  // Grown from a literal: an empty array's first push reserves room for many, and the list is kept with the finding.
  let found: Deviation[] | undefined;
  for (const seg of segs) {
    const look = segmentLook(paragraph, layout, seg.range);
    const t = seg.target;
    const fontOff = look.eastAsiaFont !== undefined && !sameFont(look.eastAsiaFont, t.eastAsiaFont);
    const sizeOff = look.sizePt !== undefined && !sameSize(look.sizePt, t.sizePt);
    if (fontOff || sizeOff) {
      found = withDeviation(found, {
        actual: (fontOff ? look.eastAsiaFont! : "") + (sizeOff ? sizeName(look.sizePt!) : ""),
        expected: (fontOff ? t.eastAsiaFont : "") + (sizeOff ? sizeName(t.sizePt) : ""),
        practice: false,
        rest: seg.rest,
      });
    }
    const boldOff = t.bold === true && look.bold === false;
    const latinOff = t.latinFont !== undefined && look.latinFont !== undefined && !sameFont(look.latinFont, t.latinFont);
    if (boldOff) found = withDeviation(found, { actual: PRACTICE_WORDS.notBold, expected: PRACTICE_WORDS.bold, practice: true, rest: seg.rest });
    if (latinOff) found = withDeviation(found, { actual: PRACTICE_WORDS.latin(look.latinFont!), expected: PRACTICE_WORDS.latin(t.latinFont!), practice: true, rest: seg.rest });
  }
  return found ?? NO_DEVIATIONS;
}

/** Typed spaces before the text (two U+3000 before 正文) count as indent: U+3000 one character, other spaces half. */
function typedIndentChars(text: string): number {
  const end = leadingSpaceLength(text);
  let chars = 0;
  for (let i = 0; i < end; i++) chars += text[i] === "\u3000" ? 1 : 0.5;
  return chars;
}

/** The indent in characters Word shows (chars win over points), or undefined when not read. */
function indentInChars(indent: FirstLineIndent | undefined, sizePt: number): number | undefined {
  if (!indent) return undefined;
  if (indent.chars !== undefined) return indent.chars;
  if (indent.pt !== undefined) return indent.pt / sizePt;
  return undefined;
}

function describeIndent(indent: FirstLineIndent): string {
  if (indent.chars !== undefined) return indent.chars === 0 ? INDENT_WORDS.none : indent.chars < 0 ? INDENT_WORDS.hanging : INDENT_WORDS.chars(indent.chars);
  const pt = indent.pt ?? 0;
  return Math.abs(pt) < 0.5 ? INDENT_WORDS.none : pt < 0 ? INDENT_WORDS.hanging : INDENT_WORDS.points(pt);
}

/** The first-line indent to write: the target less the spaces typed before the text (never below zero). */
function indentTarget(paragraph: DocParagraph, target: RoleTarget): FirstLineIndent | undefined {
  if (target.indentChars === undefined) return undefined;
  const typed = target.indentChars > 0 ? typedIndentChars(paragraph.text) : 0;
  // Nearly every paragraph has no typed indent: its target is the role's own, one object shared by all of them.
  if (typed === 0) return sharedTargets(target).indent;
  const chars = Math.max(0, target.indentChars - typed);
  return { chars, pt: chars * target.sizePt };
}

interface SharedTargets {
  /** The first-line indent of a paragraph with no typed indent. */
  readonly indent: FirstLineIndent | undefined;
  /** targetParagraph of a paragraph with no typed indent, and of a list item (no indent written); made on first use. */
  plain?: Omit<TargetLayout, "runs">;
  listItem?: Omit<TargetLayout, "runs">;
}

/** What every paragraph of a role shares, per role target (the targets are made once per house style). */
function sharedTargets(target: RoleTarget): SharedTargets {
  let shared = sharedByTarget.get(target);
  if (shared === undefined) {
    const chars = target.indentChars === undefined ? undefined : Math.max(0, target.indentChars);
    shared = { indent: chars === undefined ? undefined : { chars, pt: chars * target.sizePt } };
    sharedByTarget.set(target, shared);
  }
  return shared;
}

const sharedByTarget = new WeakMap<RoleTarget, SharedTargets>();

function describeSpacing(spacing: LineSpacing): string {
  if (spacing.rule === "multiple") return spacing.lines === 1 ? "单倍行距" : `${Math.round(spacing.lines * 100) / 100}倍行距`;
  return `${spacing.rule === "exact" ? "固定值" : "最小值"}${Math.round(spacing.pt * 10) / 10}磅`;
}

/** Tolerance of the indent in points (the brief: 2 × size ± 1 pt) and of practice line spacing (28–29 pt). */
const INDENT_TOLERANCE_PT = 1;
const SPACING_TOLERANCE_PT = 1;

/** Alignment and first-line indent against the standard; fixed line spacing against practice when set. */
export function paragraphDeviations(paragraph: DocParagraph, info: ParagraphRole, target: RoleTarget): readonly Deviation[] {
  const layout = paragraph.layout;
  if (!layout) return NO_DEVIATIONS;
  // Made on the first deviation: most paragraphs have none, and an empty list each was garbage to collect.
  let found: Deviation[] | undefined;
  if (target.acceptedAlignments && layout.alignment !== undefined && !target.acceptedAlignments.includes(layout.alignment)) {
    found = withDeviation(found, { actual: ALIGNMENT_NAMES[layout.alignment], expected: ALIGNMENT_NAMES[target.alignment], practice: false });
  }
  const wanted = info.listItem ? undefined : indentTarget(paragraph, target);
  const actual = layout.firstLineIndent;
  const shown = indentInChars(actual, target.sizePt);
  if (wanted !== undefined && actual !== undefined && shown !== undefined) {
    const ok = actual.chars !== undefined ? Math.abs(actual.chars - wanted.chars!) < 0.05 : Math.abs((actual.pt ?? 0) - wanted.pt!) <= INDENT_TOLERANCE_PT;
    if (!ok) {
      const expected = target.indentChars === 0 ? INDENT_WORDS.flush : INDENT_WORDS.chars(target.indentChars!);
      found = withDeviation(found, { actual: describeIndent(actual), expected, practice: false });
    }
  }
  if (target.lineSpacing && target.lineSpacing.rule === "exact" && layout.lineSpacing) {
    const s = layout.lineSpacing;
    const ok = s.rule === "exact" && Math.abs(s.pt - target.lineSpacing.pt) <= SPACING_TOLERANCE_PT;
    if (!ok) found = withDeviation(found, { actual: describeSpacing(s), expected: describeSpacing(target.lineSpacing), practice: true });
  }
  return found ?? NO_DEVIATIONS;
}

/**
 * The runs to write: each segment in its target's fonts and size; bold only where practice wants it. Built key by
 * key in this order, with no spread of a temporary object per key (one run per paragraph of an 800-page document).
 */
export function targetRuns(segs: readonly Segment[]): RunLayout[] {
  const runs: RunLayout[] = [];
  for (const seg of segs) {
    if (seg.range[1] <= seg.range[0]) continue;
    const run: { -readonly [K in keyof RunLayout]: RunLayout[K] } = { range: seg.range, eastAsiaFont: seg.target.eastAsiaFont };
    if (seg.target.latinFont !== undefined) run.latinFont = seg.target.latinFont;
    run.sizePt = seg.target.sizePt;
    if (seg.target.bold !== undefined && !seg.rest) run.bold = seg.target.bold;
    runs.push(run);
  }
  return runs;
}

/**
 * The runs to write as a paragraph's fix: for a paragraph judged whole (segments' shared list), one object shared by
 * every paragraph of its role and length, as the fix of each is kept with the finding until the next check.
 */
export function targetRunsLayout(segs: readonly Segment[]): TargetLayout {
  let layout = runsLayouts.get(segs);
  if (layout === undefined) {
    layout = { runs: targetRuns(segs) };
    const whole = segs.length === 1 && !segs[0].rest && segs[0].range[0] === 0;
    if (whole && wholeSegments.get(segs[0].target)?.get(segs[0].range[1]) === segs) runsLayouts.set(segs, layout);
  }
  return layout;
}

const runsLayouts = new WeakMap<readonly Segment[], TargetLayout>();

/**
 * The paragraph properties to write (keys in this order, as targetRuns builds its runs): for a list item or a
 * paragraph with no typed indent, one object per role target (see SharedTargets).
 */
export function targetParagraph(paragraph: DocParagraph, info: ParagraphRole, target: RoleTarget): Omit<TargetLayout, "runs"> {
  const indent = info.listItem ? undefined : indentTarget(paragraph, target);
  const shared = sharedTargets(target);
  const kind = info.listItem ? "listItem" : indent === shared.indent ? "plain" : undefined;
  if (kind !== undefined && shared[kind] !== undefined) return shared[kind];
  const layout: { -readonly [K in keyof Omit<TargetLayout, "runs">]: TargetLayout[K] } = { alignment: target.alignment };
  if (indent !== undefined) layout.firstLineIndent = indent;
  if (target.lineSpacing !== undefined) layout.lineSpacing = target.lineSpacing;
  if (kind !== undefined) shared[kind] = layout;
  return layout;
}

const NO_DEVIATIONS: readonly Deviation[] = Object.freeze([]);

/**
 * The deviations of the standard (`practice` false) or of practice (true): the list itself when all are of that
 * kind, which is nearly always (a paragraph judged for each rule kept two filtered copies of its list).
 */
export function deviationsOf(deviations: readonly Deviation[], practice: boolean): readonly Deviation[] {
  let matching = 0;
  for (const d of deviations) if (d.practice === practice) matching++;
  if (matching === deviations.length) return deviations;
  if (matching === 0) return NO_DEVIATIONS;
  return deviations.filter((d) => d.practice === practice);
}

/** 宋体 小四 / 仿宋_GB2312 三号，首行缩进2字符: a paragraph's look for the 一键排版 preview. */
export function describeLook(paragraph: DocParagraph, segs: readonly Segment[]): string {
  const layout = paragraph.layout;
  if (!layout) return LOOK_WORDS.unknown;
  const look = segmentLook(paragraph, layout, segs[0].range);
  const parts = [look.eastAsiaFont ?? LOOK_WORDS.unknownFont, look.sizePt !== undefined ? sizeName(look.sizePt) : LOOK_WORDS.unknownSize].join(" ");
  const extras: string[] = [];
  if (layout.alignment !== undefined && layout.alignment !== "justify" && layout.alignment !== "left") extras.push(ALIGNMENT_NAMES[layout.alignment]);
  if (layout.firstLineIndent) extras.push(describeIndent(layout.firstLineIndent));
  return [parts, ...extras].join("，");
}

export function describeTarget(target: RoleTarget): string {
  const extras: string[] = [];
  if (target.alignment !== "justify") extras.push(ALIGNMENT_NAMES[target.alignment]);
  if (target.indentChars !== undefined) extras.push(target.indentChars === 0 ? INDENT_WORDS.flush : INDENT_WORDS.chars(target.indentChars));
  if (target.bold) extras.push(PRACTICE_WORDS.bold);
  if (target.lineSpacing) extras.push(`行距${describeSpacing(target.lineSpacing)}`);
  return [`${target.eastAsiaFont} ${sizeName(target.sizePt)}`, ...extras].join("，");
}

