/**
 * Did the layout take? Pure comparisons of what applyLayout asked for with what Word shows afterwards: preferably the
 * body's OOXML resolved by the .docx reader (the East Asian font and the line-spacing rule are only there below
 * WordApiDesktop 1.3), else the properties Office.js loads. A property is confirmed only when its value was read and
 * equals the target; anything unread counts as not applied, so the pane asks the writer to check it rather than
 * claim it was done.
 */
import type { FirstLineIndent, LayoutAlignment, LayoutProperty, LineSpacing, ParagraphLayout, RunLayout, TargetLayout } from "../core/layout/types";

/** Tolerances: Word keeps indents in twips and line spacing in twips or 240ths of a line. */
const PT_TOLERANCE = 0.5;
const LINES_TOLERANCE = 0.02;

/** What Office.js loaded after the writes, for when the OOXML could not be read or paired. */
export interface LoadedParagraph {
  readonly alignment?: string;
  readonly firstLineIndent?: number;
  readonly lineSpacing?: number;
  /** One per target run, in order: the font of that run's range. */
  readonly runs: readonly LoadedFont[];
}

export interface LoadedFont {
  readonly name?: string | null;
  readonly size?: number | null;
  readonly bold?: boolean | null;
  /** WordApiDesktop 1.3 only. */
  readonly nameFarEast?: string | null;
  readonly nameAscii?: string | null;
}

const WORD_ALIGNMENT: Readonly<Record<string, LayoutAlignment>> = { Left: "left", Centered: "center", Right: "right", Justified: "justify" };

/** Word.Alignment's value for a layout alignment. */
export function wordAlignment(alignment: LayoutAlignment): "Left" | "Centered" | "Right" | "Justified" {
  switch (alignment) {
    case "left": return "Left";
    case "center": return "Centered";
    case "right": return "Right";
    case "justify": return "Justified";
  }
}

/** The size the paragraph's characters are set in: the target's own, else what was read; undefined when unknown. */
export function paragraphSize(target: TargetLayout, read?: ParagraphLayout): number | undefined {
  return target.runs?.find((r) => r.sizePt !== undefined)?.sizePt ?? read?.runs.find((r) => r.sizePt !== undefined)?.sizePt;
}

/** A first-line indent in points (Word prefers characters when both are given); undefined when it cannot be told. */
export function indentPt(indent: FirstLineIndent, sizePt: number | undefined): number | undefined {
  if (indent.chars !== undefined) return sizePt === undefined ? undefined : indent.chars * sizePt;
  return indent.pt ?? 0;
}

/** Office.js's lineSpacing in points: Word reads it as a multiple of 12 pt lines ("divided by 12" in the Word UI). */
export function lineSpacingPoints(spacing: LineSpacing): number {
  return spacing.rule === "multiple" ? spacing.lines * 12 : spacing.pt;
}

function near(a: number | undefined, b: number | undefined, tolerance: number): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) <= tolerance;
}

function sameSpacing(want: LineSpacing, got: LineSpacing | undefined): boolean {
  if (!got) return false;
  if (want.rule === "multiple") return got.rule === "multiple" && near(want.lines, got.lines, LINES_TOLERANCE);
  return got.rule === want.rule && near(want.pt, got.pt, PT_TOLERANCE);
}

/** A run's own properties (the rest are the paragraph's). */
export const RUN_PROPERTIES = ["eastAsiaFont", "latinFont", "sizePt", "bold"] as const;

function overlapping(runs: readonly RunLayout[], range: readonly [number, number]): RunLayout[] {
  const [from, to] = range;
  // An empty paragraph's one run, or a target run covering nothing: compare with what covers its start.
  return runs.filter((r) => (from === to ? r.range[0] <= from && from <= r.range[1] : r.range[0] < to && from < r.range[1]));
}

/** The properties of `target` that the OOXML-resolved layout `read` does not show. */
export function missedInOoxml(target: TargetLayout, read: ParagraphLayout): LayoutProperty[] {
  const missed: LayoutProperty[] = [];
  if (target.alignment !== undefined && read.alignment !== target.alignment) missed.push("alignment");
  if (target.firstLineIndent !== undefined) {
    const size = paragraphSize(target, read);
    const want = indentPt(target.firstLineIndent, size);
    const got = read.firstLineIndent ? indentPt(read.firstLineIndent, size) : 0;
    if (!near(want, got, PT_TOLERANCE)) missed.push("firstLineIndent");
  }
  if (target.lineSpacing !== undefined && !sameSpacing(target.lineSpacing, read.lineSpacing)) missed.push("lineSpacing");
  for (const run of target.runs ?? []) {
    const shown = overlapping(read.runs, run.range);
    for (const key of RUN_PROPERTIES) {
      if (run[key] === undefined) continue;
      if (shown.length === 0 || shown.some((r) => r[key] !== run[key])) missed.push(key);
    }
  }
  return missed;
}

/** The properties of `target` that Office.js's loaded values do not confirm (`desktop`: WordApiDesktop 1.3). */
export function missedInLoads(target: TargetLayout, loaded: LoadedParagraph, desktop: boolean): LayoutProperty[] {
  const missed: LayoutProperty[] = [];
  if (target.alignment !== undefined && WORD_ALIGNMENT[loaded.alignment ?? ""] !== target.alignment) missed.push("alignment");
  if (target.firstLineIndent !== undefined) {
    const want = indentPt(target.firstLineIndent, paragraphSize(target));
    if (!near(want, loaded.firstLineIndent, PT_TOLERANCE)) missed.push("firstLineIndent");
  }
  // Office.js gives line spacing in points without its rule: only a multiple can be told apart from the others.
  if (target.lineSpacing !== undefined) {
    const spacing = target.lineSpacing;
    if (spacing.rule !== "multiple" || !near(lineSpacingPoints(spacing), loaded.lineSpacing, PT_TOLERANCE)) missed.push("lineSpacing");
  }
  (target.runs ?? []).forEach((run, k) => {
    const font = loaded.runs[k];
    if (run.sizePt !== undefined && font?.size !== run.sizePt) missed.push("sizePt");
    if (run.bold !== undefined && font?.bold !== run.bold) missed.push("bold");
    if (run.latinFont !== undefined && (desktop ? font?.nameAscii : font?.name) !== run.latinFont) missed.push("latinFont");
    // Below WordApiDesktop 1.3 no loaded property tells the East Asian font: never claim it took.
    if (run.eastAsiaFont !== undefined && (!desktop || font?.nameFarEast !== run.eastAsiaFont)) missed.push("eastAsiaFont");
  });
  return missed;
}
