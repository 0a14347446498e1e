/**
 * The first section's page setup (w:sectPr, ECMA-376 Part 1, 17.6): page size (17.6.13 pgSz) and margins
 * (17.6.11 pgMar) in twips, converted to millimetres, and the document grid (17.6.5 docGrid) as Word's 页面设置 →
 * 文档网格 shows it, in lines per page and characters per line.
 *
 * How the grid figures are computed:
 * - w:linePitch is the pitch of one line in twips, chosen "such that the desired number of single spaced lines of
 *   text fits on the page": lines per page = text height / linePitch, the text height being the page height less the
 *   top and bottom margins.
 * - w:charSpace is (desired character pitch − the Normal style's font size) × 4096, in points: so the character
 *   pitch is Normal's size + charSpace / 4096 pt, and characters per line = text width / that pitch, the text width
 *   being the page width less the left and right margins and the gutter.
 * Word stores the pitch rounded to a whole twip (or 1/4096 pt), so the quotient can fall a hair short of the number
 * the writer entered (GB/T 9704's 22 lines give linePitch 579 on 225 mm: 22.03, but 580 would give 21.99); a tolerance
 * of 0.05 line or character absorbs that and nothing more.
 * Lines are counted only for a grid of type "lines", "linesAndChars" or "snapToChars", characters only for the last two.
 */
import type { PageLayout } from "../core/layout/types";
import { twipsOf } from "./format-props";
import { wAttr, wChild, type XmlElement } from "./xml";

const ROUNDING_TOLERANCE = 0.05;

/** @param normalSizePt the Normal style's font size, which w:charSpace is relative to; undefined when unknown. */
export function readPageLayout(sectPr: XmlElement | undefined, normalSizePt: number | undefined): PageLayout | undefined {
  if (sectPr === undefined) return undefined;
  const size = wChild(sectPr, "pgSz");
  const margins = wChild(sectPr, "pgMar");
  const width = twipsOf(wAttr(size, "w"));
  const height = twipsOf(wAttr(size, "h"));
  // A negative top or bottom margin means "exactly this, even if the header needs more" (17.6.11): its size counts.
  const top = abs(twipsOf(wAttr(margins, "top")));
  const bottom = abs(twipsOf(wAttr(margins, "bottom")));
  const left = twipsOf(wAttr(margins, "left"));
  const right = twipsOf(wAttr(margins, "right"));
  const gutter = twipsOf(wAttr(margins, "gutter")) ?? 0;
  const page: { -readonly [K in keyof PageLayout]: PageLayout[K] } = {
    widthMm: mm(width), heightMm: mm(height), topMm: mm(top), bottomMm: mm(bottom), leftMm: mm(left), rightMm: mm(right),
  };

  const grid = wChild(sectPr, "docGrid");
  const type = wAttr(grid, "type") ?? "default";
  const linePitch = twipsOf(wAttr(grid, "linePitch"));
  if (type !== "default" && linePitch !== undefined && linePitch > 0 && height !== undefined && top !== undefined && bottom !== undefined) {
    page.linesPerPage = count((height - top - bottom) / linePitch);
  }
  const charSpace = Number.parseInt(wAttr(grid, "charSpace") ?? "0", 10);
  const charGrid = type === "linesAndChars" || type === "snapToChars";
  if (charGrid && normalSizePt !== undefined && width !== undefined && left !== undefined && right !== undefined) {
    const pitchPt = normalSizePt + (Number.isFinite(charSpace) ? charSpace : 0) / 4096;
    if (pitchPt > 0) page.charsPerLine = count((width - left - right - gutter) / 20 / pitchPt);
  }
  return page;
}

function abs(twips: number | undefined): number | undefined {
  return twips === undefined ? undefined : Math.abs(twips);
}

/**
 * Millimetres to 0.1 mm, as Word's 页面设置 dialog shows them in centimetres to two decimals. 1 twip = 25.4 / 1440 mm,
 * computed as (twips × 254) / 1440 tenths so that Word's 1800 twips come out as 31.75 → 31.8 (its 3.18 厘米), not
 * as 31.7499… → 31.7.
 */
function mm(twips: number | undefined): number | undefined {
  return twips === undefined ? undefined : Math.round((twips * 254) / 1440) / 10;
}

function count(quotient: number): number | undefined {
  const whole = Math.floor(quotient + ROUNDING_TOLERANCE);
  return whole > 0 ? whole : undefined;
}
