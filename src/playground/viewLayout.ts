/**
 * Formatting between the simulated Word and the page: what each paragraph looks like (its runs' effective fonts and
 * sizes, its alignment, indent and spacing, resolved through styles as Word shows them), and a loaded .docx's
 * resolved layout (DocParagraph.layout, DocSnapshot.layout.page) turned into the simulated Word's direct formatting.
 */
import type { LayoutAlignment, PageLayout, ParagraphLayout } from "../core/layout/types";
import { DEFAULT_PAGE, type SimPage } from "./fakeWord/page";
import { runsOf } from "./fakeWord/runs";
import { effectiveParagraph, effectiveRun, styleRun, type EffectiveRun } from "./fakeWord/styles";
import type { ParagraphFormat as SimFormat, SimParagraph, SimRun } from "./fakeWord/types";
import type { ParagraphFormat, ViewPage, ViewParagraph, ViewRun } from "./playgroundDocument";

const ALIGNMENT = { left: "left", center: "centered", right: "right", both: "justified" } as const;

function viewRun(text: string, e: EffectiveRun): ViewRun {
  return { text, eastAsiaFont: e.fontEastAsia, latinFont: e.fontAscii, sizePt: e.sizeHalfPoints / 2, bold: e.bold };
}

export function toViewParagraph(p: SimParagraph): ViewParagraph {
  const runs = runsOf(p).map((run) => viewRun(run.text, effectiveRun(p, run.format)));
  const e = effectiveParagraph(p);
  const format: ParagraphFormat = {
    alignment: ALIGNMENT[e.alignment],
    firstLineIndent: e.firstLineChars !== undefined ? { chars: e.firstLineChars / 100 } : { pt: (e.firstLineTwips ?? 0) / 20 },
    lineSpacing: e.lineSpacing.rule === "auto" ? { rule: "multiple", lines: e.lineSpacing.line / 240 } : { rule: e.lineSpacing.rule, pt: e.lineSpacing.line / 20 },
  };
  return {
    text: p.text,
    listString: p.listString,
    tableNestingLevel: p.tableNestingLevel,
    format,
    runs: runs.length ? runs : [viewRun("", effectiveRun(p, {}))],
  };
}

export function toViewPage(page: SimPage): ViewPage {
  const { text: _text, ...defaults } = viewRun("", styleRun("Normal"));
  void _text;
  const grid = page.grid === "default" ? {} : { linePitchPt: page.linePitch / 20 };
  return { defaults, widthPt: page.width / 20, topPt: page.top / 20, bottomPt: page.bottom / 20, leftPt: page.left / 20, rightPt: page.right / 20, ...grid };
}

const TO_SIM: Record<LayoutAlignment, NonNullable<SimFormat["alignment"]>> = { left: "left", center: "center", right: "right", justify: "both" };

/** Direct formatting that makes the simulated Word show `layout` (unknown properties are left to the styles). */
export function fromLayout(layout: ParagraphLayout, text: string): { format: SimFormat; runs?: SimRun[] } {
  const indent = layout.firstLineIndent;
  const spacing = layout.lineSpacing;
  const format: SimFormat = {
    ...(layout.alignment ? { alignment: TO_SIM[layout.alignment] } : {}),
    ...(indent?.chars !== undefined ? { firstLineChars: Math.round(indent.chars * 100) } : indent?.pt !== undefined ? { firstLineTwips: Math.round(indent.pt * 20) } : {}),
    ...(spacing
      ? { lineSpacing: spacing.rule === "multiple" ? { rule: "auto" as const, line: Math.round(spacing.lines * 240) } : { rule: spacing.rule, line: Math.round(spacing.pt * 20) } }
      : {}),
  };
  const runs = layout.runs.map((run) => ({
    text: text.slice(run.range[0], run.range[1]),
    format: {
      ...(run.eastAsiaFont !== undefined ? { fontEastAsia: run.eastAsiaFont } : {}),
      ...(run.latinFont !== undefined ? { fontAscii: run.latinFont, fontHAnsi: run.latinFont } : {}),
      ...(run.sizePt !== undefined ? { sizeHalfPoints: Math.round(run.sizePt * 2) } : {}),
      ...(run.bold !== undefined ? { bold: run.bold } : {}),
    },
  }));
  return runs.length ? { format, runs } : { format };
}

/** A loaded file's page setup in the simulated Word's terms; what the file did not say stays as a blank document's. */
export function pageFromLayout(layout: PageLayout | undefined): SimPage {
  if (!layout) return DEFAULT_PAGE;
  const tw = (mm: number | undefined, fallback: number) => (mm === undefined ? fallback : Math.round((mm / 25.4) * 1440));
  const page: SimPage = {
    ...DEFAULT_PAGE,
    width: tw(layout.widthMm, DEFAULT_PAGE.width),
    height: tw(layout.heightMm, DEFAULT_PAGE.height),
    top: tw(layout.topMm, DEFAULT_PAGE.top),
    bottom: tw(layout.bottomMm, DEFAULT_PAGE.bottom),
    left: tw(layout.leftMm, DEFAULT_PAGE.left),
    right: tw(layout.rightMm, DEFAULT_PAGE.right),
  };
  const textHeight = page.height - page.top - page.bottom;
  const withLines = layout.linesPerPage ? { ...page, grid: "lines" as const, linePitch: Math.round(textHeight / layout.linesPerPage) } : { ...page, grid: "default" as const };
  if (!layout.charsPerLine) return withLines;
  const pitchPt = (page.width - page.left - page.right) / 20 / layout.charsPerLine;
  return { ...withLines, grid: "linesAndChars", charSpace: Math.round((pitchPt - styleRun("Normal").sizeHalfPoints / 2) * 4096) };
}
