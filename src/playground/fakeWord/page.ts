/**
 * The page setup of the simulated document (Word.PageSetup, WordApiDesktop 1.3) and its OOXML w:sectPr. Stored in
 * OOXML units (twips, w:docGrid) so the package getOoxml writes and what PageSetup reads agree by construction.
 *
 * The default is a blank document of a Chinese (zh-CN) Word, as we believe it to be: A4 (11906 × 16838 twips), top
 * and bottom margins 2.54 cm, left and right 3.17 cm, header 1.5 cm, footer 1.75 cm, and a line grid
 * (w:docGrid w:type="lines" w:linePitch="312", Word's 44 lines per page).
 *
 * Grid rules modelled as we believe Word applies them (README "verify on real Word"): linesPage counts only with a
 * grid (layoutMode "Grid" or "LineGrid") and charsLine only with a character grid ("Grid"); set without one, they
 * are ignored and read back as before. GB/T 9704's 22 × 28 therefore needs layoutMode "Grid" first.
 */
export interface SimPage {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
  readonly gutter: number;
  /** w:docGrid/@w:type. */
  readonly grid: "default" | "lines" | "linesAndChars";
  /** w:docGrid/@w:linePitch, twips. */
  readonly linePitch: number;
  /** w:docGrid/@w:charSpace: (character pitch − Normal's size) × 4096, in points. */
  readonly charSpace: number;
}

export const DEFAULT_PAGE: SimPage = {
  width: 11906,
  height: 16838,
  top: 1440,
  bottom: 1440,
  left: 1800,
  right: 1800,
  header: 851,
  footer: 992,
  gutter: 0,
  grid: "lines",
  linePitch: 312,
  charSpace: 0,
};

const LAYOUT_MODES = { default: "Default", linesAndChars: "Grid", lines: "LineGrid" } as const;
const GRIDS: Readonly<Record<string, SimPage["grid"]>> = { Default: "default", Grid: "linesAndChars", LineGrid: "lines" };

/** What counts as whole lines or characters: the pitch Word stores is rounded to a twip. */
function whole(n: number): number {
  return Math.floor(n + 0.05);
}

export function textHeight(page: SimPage): number {
  return page.height - page.top - page.bottom;
}
export function textWidth(page: SimPage): number {
  return page.width - page.left - page.right - page.gutter;
}

/** PageSetup's scalar properties in Office.js units (points). `normalSizePt` is the Normal style's font size. */
export function pageProperty(page: SimPage, name: string, normalSizePt: number): string | number | undefined {
  const pt = (twips: number) => twips / 20;
  switch (name) {
    case "pageWidth": return pt(page.width);
    case "pageHeight": return pt(page.height);
    case "topMargin": return pt(page.top);
    case "bottomMargin": return pt(page.bottom);
    case "leftMargin": return pt(page.left);
    case "rightMargin": return pt(page.right);
    case "headerDistance": return pt(page.header);
    case "footerDistance": return pt(page.footer);
    case "gutter": return pt(page.gutter);
    case "layoutMode": return LAYOUT_MODES[page.grid];
    case "linesPage": return whole(textHeight(page) / page.linePitch);
    case "charsLine": return whole(textWidth(page) / 20 / (normalSizePt + page.charSpace / 4096));
    default: return undefined;
  }
}

export const PAGE_PROPERTIES = [
  "pageWidth", "pageHeight", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "headerDistance", "footerDistance", "gutter",
  "layoutMode", "linesPage", "charsLine",
] as const;

const LENGTHS: Readonly<Record<string, keyof SimPage>> = {
  pageWidth: "width", pageHeight: "height", topMargin: "top", bottomMargin: "bottom", leftMargin: "left", rightMargin: "right",
  headerDistance: "header", footerDistance: "footer", gutter: "gutter",
};

/** The page after setting `name`; undefined when the value is invalid (the caller fails the sync). */
export function withPageProperty(page: SimPage, name: string, value: unknown, normalSizePt: number): SimPage | undefined {
  if (name === "layoutMode") {
    const grid = typeof value === "string" ? GRIDS[value] : undefined;
    return grid && { ...page, grid };
  }
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return undefined;
  const length = LENGTHS[name];
  if (length) return { ...page, [length]: Math.round(value * 20) };
  if (name === "linesPage") {
    if (value < 1) return undefined;
    return page.grid === "default" ? page : { ...page, linePitch: Math.round(textHeight(page) / value) };
  }
  if (name === "charsLine") {
    if (value < 1) return undefined;
    if (page.grid !== "linesAndChars") return page;
    const pitch = textWidth(page) / 20 / value;
    return { ...page, charSpace: Math.round((pitch - normalSizePt) * 4096) };
  }
  return undefined;
}

/** The w:sectPr Word writes at the end of the body. */
export function sectPrXml(page: SimPage): string {
  const grid = page.grid === "default" ? "" : ` w:type="${page.grid}"`;
  const chars = page.grid === "linesAndChars" ? ` w:charSpace="${page.charSpace}"` : "";
  return (
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header}" w:footer="${page.footer}" w:gutter="${page.gutter}"/>` +
    `<w:cols w:space="425"/><w:docGrid${grid} w:linePitch="${page.linePitch}"${chars}/></w:sectPr>`
  );
}
