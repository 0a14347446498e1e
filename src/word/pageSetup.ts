/**
 * The first section's page setup through Section.pageSetup (WordApiDesktop 1.3, Microsoft 365 desktop only):
 * lengths in points there, in millimetres in PageLayout (GB/T 9704—2012 5.1–5.2 gives them in mm). The document grid
 * (linesPage, charsLine) counts only when layoutMode turns it on: "LineGrid" lines only, "Grid" both.
 */
import type { PageLayout } from "../core/layout/types";

const MM_PER_PT = 25.4 / 72;

/** To 0.1 mm, computed in tenths (pt × 254 / 72) as src/docx/page.ts does, so that 90 pt is 31.8 mm on both paths. */
export function mmFromPt(pt: number): number {
  return Math.round((pt * 254) / 72) / 10;
}

export function ptFromMm(mm: number): number {
  return mm / MM_PER_PT;
}

export type PageSetupRead = Word.PageSetup;

const PAGE_PATHS = "pageWidth,pageHeight,topMargin,bottomMargin,leftMargin,rightMargin,layoutMode,linesPage,charsLine";

/** Queues the load (no sync). */
export function queuePageSetup(context: Word.RequestContext): PageSetupRead {
  const setup = context.document.sections.getFirst().pageSetup;
  setup.load(PAGE_PATHS);
  return setup;
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function mm(value: unknown): number | undefined {
  const pt = finite(value);
  return pt === undefined ? undefined : mmFromPt(pt);
}

/** After the sync: the page as PageLayout (a value Word reports as null, e.g. mixed across sections, is left out). */
export function readPageSetup(setup: PageSetupRead): PageLayout {
  const grid = setup.layoutMode;
  const lines = grid === "LineGrid" || grid === "Grid" || grid === "Genko" ? finite(setup.linesPage) : undefined;
  const chars = grid === "Grid" || grid === "Genko" ? finite(setup.charsLine) : undefined;
  const page: Record<string, number | undefined> = {
    widthMm: mm(setup.pageWidth),
    heightMm: mm(setup.pageHeight),
    topMm: mm(setup.topMargin),
    bottomMm: mm(setup.bottomMargin),
    leftMm: mm(setup.leftMargin),
    rightMm: mm(setup.rightMargin),
    linesPerPage: lines,
    charsPerLine: chars,
  };
  return Object.fromEntries(Object.entries(page).filter(([, v]) => v !== undefined)) as PageLayout;
}

/**
 * Queues the writes (no sync) on every section, so a document of several sections gets one page setup, then a
 * load of the first section's for the read-back. The grid mode goes first: Word takes linesPage and charsLine only
 * under a grid.
 */
export function queuePageWrite(context: Word.RequestContext, sections: Word.SectionCollection, page: PageLayout): PageSetupRead {
  for (const section of sections.items) {
    const setup = section.pageSetup;
    if (page.charsPerLine !== undefined) setup.layoutMode = "Grid";
    else if (page.linesPerPage !== undefined) setup.layoutMode = "LineGrid";
    if (page.widthMm !== undefined) setup.pageWidth = ptFromMm(page.widthMm);
    if (page.heightMm !== undefined) setup.pageHeight = ptFromMm(page.heightMm);
    if (page.topMm !== undefined) setup.topMargin = ptFromMm(page.topMm);
    if (page.bottomMm !== undefined) setup.bottomMargin = ptFromMm(page.bottomMm);
    if (page.leftMm !== undefined) setup.leftMargin = ptFromMm(page.leftMm);
    if (page.rightMm !== undefined) setup.rightMargin = ptFromMm(page.rightMm);
    if (page.linesPerPage !== undefined) setup.linesPage = page.linesPerPage;
    if (page.charsPerLine !== undefined) setup.charsLine = page.charsPerLine;
  }
  return queuePageSetup(context);
}

/** The page as asked, within what Word rounds (0.1 mm lengths after its twips, whole lines and characters). */
export function pageMatches(asked: PageLayout, read: PageLayout): boolean {
  return (Object.keys(asked) as (keyof PageLayout)[]).every((key) => {
    const want = asked[key];
    const got = read[key];
    if (want === undefined) return true;
    if (got === undefined) return false;
    return key === "linesPerPage" || key === "charsPerLine" ? want === got : Math.abs(want - got) <= 0.3;
  });
}
