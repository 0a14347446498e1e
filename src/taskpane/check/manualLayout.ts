/**
 * What the writer must set by hand when the host could not (LayoutReport.notApplied): one plain line per property,
 * naming the dialog and the value each kind of paragraph should get, e.g. 中文字体未能设置：此版本 Word 不支持，请选中
 * 相应段落，在“字体”对话框中设为仿宋_GB2312（正文）、黑体（一级标题）。
 */
import type { ParagraphLayoutChange } from "../../core/finding";
import type { LayoutProperty, LayoutRole, LineSpacing, PageLayout, TargetLayout, FirstLineIndent } from "../../core/layout/types";
import { ALIGNMENT_NAMES } from "../../core/messages";
import { LAYOUT, PROPERTY_NAMES, PROPERTY_PLACES, ROLE_NAMES, sizeName } from "./layoutStrings";

export function describeIndent(indent: FirstLineIndent): string {
  if (indent.chars !== undefined) return indent.chars === 0 ? "无首行缩进" : `首行缩进 ${indent.chars} 字符`;
  if (indent.pt !== undefined) return indent.pt === 0 ? "无首行缩进" : `首行缩进 ${indent.pt} 磅`;
  return "";
}

export function describeLineSpacing(spacing: LineSpacing): string {
  if (spacing.rule !== "multiple") return `${spacing.rule === "exact" ? "固定值" : "最小值"} ${spacing.pt} 磅`;
  return spacing.lines === 1 ? "单倍行距" : `${spacing.lines} 倍行距`;
}

/** The values a layout gives one property (a paragraph's runs may differ: a run-in heading). */
function valuesOf(property: LayoutProperty, layout: TargetLayout): string[] {
  const runs = layout.runs ?? [];
  const fromRuns = <T>(pick: (run: (typeof runs)[number]) => T | undefined, say: (value: T) => string) =>
    runs.map(pick).filter((value): value is T => value !== undefined).map(say);
  switch (property) {
    case "eastAsiaFont":
      return fromRuns((run) => run.eastAsiaFont, String);
    case "latinFont":
      return fromRuns((run) => run.latinFont, String);
    case "sizePt":
      return fromRuns((run) => run.sizePt, sizeName);
    case "bold":
      return fromRuns((run) => run.bold, (bold) => (bold ? "加粗" : "不加粗"));
    case "alignment":
      return layout.alignment ? [ALIGNMENT_NAMES[layout.alignment]] : [];
    case "firstLineIndent":
      return layout.firstLineIndent ? [describeIndent(layout.firstLineIndent)] : [];
    case "lineSpacing":
      return layout.lineSpacing ? [describeLineSpacing(layout.lineSpacing)] : [];
    case "page":
      return [];
  }
}

/**
 * Each value with the kinds of paragraph that want it: 仿宋_GB2312（正文、三级标题）、黑体（一级标题）; a single value
 * alone. Without roles, the values alone.
 */
export function valuesWithRoles(property: LayoutProperty, changes: readonly ParagraphLayoutChange[], roleOf?: (paragraphIndex: number) => LayoutRole | undefined): string {
  const byValue = new Map<string, Set<string>>();
  for (const change of changes) {
    const role = roleOf?.(change.paragraphIndex);
    for (const value of new Set(valuesOf(property, change.layout))) {
      const roles = byValue.get(value) ?? new Set<string>();
      if (role !== undefined) roles.add(ROLE_NAMES[role]);
      byValue.set(value, roles);
    }
  }
  if (byValue.size <= 1) return [...byValue.keys()].join("");
  return [...byValue].map(([value, roles]) => (roles.size > 0 ? `${value}（${[...roles].join("、")}）` : value)).join("、");
}

/** The page as the 页面设置 dialog asks for it: paper, margins, then the 文档网格. */
export function describePage(page: PageLayout): string {
  const parts: string[] = [];
  if (page.widthMm !== undefined && page.heightMm !== undefined) {
    const a4 = Math.round(page.widthMm) === 210 && Math.round(page.heightMm) === 297;
    parts.push(a4 ? "纸张 A4（210×297 毫米）" : `纸张 ${page.widthMm}×${page.heightMm} 毫米`);
  }
  const margins = (
    [
      ["上", page.topMm],
      ["下", page.bottomMm],
      ["左", page.leftMm],
      ["右", page.rightMm],
    ] as const
  ).filter(([, mm]) => mm !== undefined);
  if (margins.length > 0) parts.push(`页边距${margins.map(([side, mm]) => `${side} ${mm} 毫米`).join("、")}`);
  const grid = [page.linesPerPage !== undefined ? `每页 ${page.linesPerPage} 行` : "", page.charsPerLine !== undefined ? `每行 ${page.charsPerLine} 字` : ""].filter(Boolean);
  if (grid.length > 0) parts.push(`“文档网格”${grid.join("、")}`);
  return parts.join("；");
}

/** One line per property the host could not set, for the paragraphs and page that were asked for. */
export function describeNotApplied(
  notApplied: readonly LayoutProperty[],
  changes: readonly ParagraphLayoutChange[],
  page?: PageLayout,
  roleOf?: (paragraphIndex: number) => LayoutRole | undefined,
): string[] {
  const lines: string[] = [];
  for (const property of new Set(notApplied)) {
    if (property === "page") {
      const values = page ? describePage(page) : "";
      lines.push(LAYOUT.pageNotApplied(values ? `：${values}` : ""));
      continue;
    }
    const values = valuesWithRoles(property, changes, roleOf);
    if (values) lines.push(LAYOUT.notApplied(PROPERTY_NAMES[property], PROPERTY_PLACES[property], values));
  }
  return lines;
}
