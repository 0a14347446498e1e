/** The page setup against GB/T 9704—2012 5.1–5.2, in the writer's words; unknown values are not compared. */
import { layoutMsg } from "../messages";
import { PAGE_STANDARD, PAGE_TOLERANCE_MM } from "./standard";
import type { PageLayout } from "./types";

const near = (a: number, b: number): boolean => Math.abs(a - b) <= PAGE_TOLERANCE_MM;

/** 上边距25毫米（应为37毫米）…; empty when the page is right as far as it is known. */
export function pageDeviations(page: PageLayout): string[] {
  const s = PAGE_STANDARD;
  const names = layoutMsg.pageNames;
  const parts: string[] = [];
  const { widthMm: w, heightMm: h } = page;
  if (w !== undefined && h !== undefined && !(near(w, s.widthMm) && near(h, s.heightMm))) {
    parts.push(layoutMsg.pagePart(names.size, layoutMsg.paperSize(w, h), `A4（${layoutMsg.paperSize(s.widthMm, s.heightMm)}）`));
  }
  const margins: readonly (readonly [keyof typeof names, number | undefined, number])[] = [
    ["top", page.topMm, s.topMm],
    ["bottom", page.bottomMm, s.bottomMm],
    ["left", page.leftMm, s.leftMm],
    ["right", page.rightMm, s.rightMm],
  ];
  for (const [name, actual, expected] of margins) {
    if (actual !== undefined && !near(actual, expected)) parts.push(layoutMsg.pagePart(names[name], layoutMsg.mm(actual), layoutMsg.mm(expected)));
  }
  if (page.linesPerPage !== undefined && page.linesPerPage !== s.linesPerPage) parts.push(layoutMsg.pagePart(names.lines, String(page.linesPerPage), String(s.linesPerPage)));
  if (page.charsPerLine !== undefined && page.charsPerLine !== s.charsPerLine) parts.push(layoutMsg.pagePart(names.chars, String(page.charsPerLine), String(s.charsPerLine)));
  return parts;
}

/** True when every value of the standard is known and right: 一键排版 then leaves the page alone. */
export function pageIsStandard(page: PageLayout | undefined): boolean {
  if (!page) return false;
  const known = Object.keys(PAGE_STANDARD).every((key) => page[key as keyof PageLayout] !== undefined);
  return known && pageDeviations(page).length === 0;
}
