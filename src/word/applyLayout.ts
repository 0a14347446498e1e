/**
 * applyLayout, behind DocumentHost.applyLayout (a 格式 fix, 一键排版, taking it back): 3 round trips whatever the
 * number of paragraphs. Round trip 1 reads every paragraph's text (and finds the spans of partial runs, such as a
 * run-in heading, with the locate machinery of replaceSpans); a paragraph no longer as checked is skipped "changed"
 * or "missing". Round trip 2 writes, in one batch, the paragraph properties (alignment, first-line indent in points,
 * line spacing), each run's fonts, size and bold, and the page setup; then loads what Office.js can tell of them.
 * Round trip 3 reads the body's OOXML, in which the .docx reader shows what Word made of it all (the East Asian font
 * and the line-spacing rule are visible nowhere else below WordApiDesktop 1.3). Whatever the read-back does not
 * confirm is reported in notApplied, for the pane to ask the writer to set it by hand.
 *
 * Fonts: WordApiDesktop 1.3 has font.nameFarEast and nameAscii. Below it only font.name exists; Word's own font box
 * sets both slots for a Chinese font and only the Latin slots for a Latin font, so the East Asian font goes first
 * and the Latin one second, and only the read-back can say whether that worked on this Word.
 * Line spacing: Office.js's lineSpacing is points with no rule, and Word has been seen to store a value set there as
 * a multiple of 12 pt (office-js issues 2296, 3203): only a multiple is written; an exact or at-least spacing is left
 * as it is and reported unless the paragraph already has it.
 */
import type { LayoutProperty, RunLayout, TargetLayout } from "../core/layout/types";
import type { ParagraphLayoutChange } from "../core/finding";
import { HostError } from "../host/errors";
import type { LayoutReport, LayoutRequest, SpanStatus, SpanTarget } from "../host/port";
import { byIndex } from "./editReport";
import { toWordError } from "./errors";
import type { WordHost } from "./host";
import { pairParagraphs } from "./layoutAlign";
import { ALL_PROPERTIES, hasDesktopLayout, parseOoxml } from "./layoutRead";
import { RUN_PROPERTIES, indentPt, lineSpacingPoints, missedInLoads, missedInOoxml, paragraphSize, wordAlignment, type LoadedParagraph } from "./layoutVerify";
import { queueLocate, rangeOf, resolveLocate, type LocateResult } from "./locate";
import { WORD_MESSAGES } from "./messages";
import { pageMatches, queuePageWrite, readPageSetup } from "./pageSetup";

/** A run's span as a locate target, or undefined when it covers the whole paragraph (the paragraph's range is used). */
function spanOf(change: ParagraphLayoutChange, run: RunLayout): SpanTarget | undefined {
  const [start, end] = run.range;
  if (start <= 0 && end >= change.paragraphText.length) return undefined;
  return { paragraphIndex: change.paragraphIndex, start, end, paragraphText: change.paragraphText };
}

/** One paragraph as written in round trip 2: what was asked, and the proxies its read-back loads fill. */
interface Written {
  readonly index: number;
  readonly change: ParagraphLayoutChange;
  readonly paragraph: Word.Paragraph;
  /** One font per target run, loaded after the writes. */
  readonly fonts: Word.Font[];
  /** Properties that could not even be written (a span not found, an indent in characters of an unknown size). */
  readonly unwritten: LayoutProperty[];
}

/** Queues one run's formatting (no sync). */
function writeFont(font: Word.Font, run: RunLayout, desktop: boolean): void {
  if (desktop) {
    if (run.eastAsiaFont !== undefined) font.nameFarEast = run.eastAsiaFont;
    // Digits and Latin letters are ASCII: nameAscii is their slot (the .docx reader's latinFont is w:ascii too).
    if (run.latinFont !== undefined) font.nameAscii = run.latinFont;
  } else {
    if (run.eastAsiaFont !== undefined) font.name = run.eastAsiaFont;
    if (run.latinFont !== undefined) font.name = run.latinFont;
  }
  if (run.sizePt !== undefined) font.size = run.sizePt;
  if (run.bold !== undefined) font.bold = run.bold;
}

/** Queues the paragraph properties (no sync); returns those it could not write. */
function writeParagraph(paragraph: Word.Paragraph, target: TargetLayout): LayoutProperty[] {
  const unwritten: LayoutProperty[] = [];
  if (target.alignment !== undefined) paragraph.alignment = wordAlignment(target.alignment);
  if (target.firstLineIndent !== undefined) {
    const pt = indentPt(target.firstLineIndent, paragraphSize(target));
    if (pt === undefined) unwritten.push("firstLineIndent");
    else paragraph.firstLineIndent = pt;
  }
  // Only a multiple is written: Word stores whatever lineSpacing gets as value / 12 lines (office-js #2296, #3203), so
  // an exact 28 pt would come out as 2.33 lines, about 50 pt under a 三号 font: far worse than leaving it. The
  // read-back then reports an exact spacing the paragraph does not already have, for the writer to set by hand.
  if (target.lineSpacing?.rule === "multiple") paragraph.lineSpacing = lineSpacingPoints(target.lineSpacing);
  return unwritten;
}

const FONT_PATHS = (desktop: boolean) => (desktop ? "name,size,bold,nameFarEast,nameAscii" : "name,size,bold");

/** What the loads of round trip 2 say about one written paragraph. */
function loadedOf(w: Written, desktop: boolean): LoadedParagraph {
  return {
    alignment: w.paragraph.alignment,
    firstLineIndent: w.paragraph.firstLineIndent,
    lineSpacing: w.paragraph.lineSpacing,
    runs: w.fonts.map((f) => ({ name: f.name, size: f.size, bold: f.bold, ...(desktop ? { nameFarEast: f.nameFarEast, nameAscii: f.nameAscii } : {}) })),
  };
}

export async function applyLayout(host: WordHost, request: LayoutRequest): Promise<LayoutReport> {
  const changes = request.paragraphs;
  if (changes.length === 0 && !request.page) return { applied: [], skipped: [], notApplied: [] };
  const desktop = hasDesktopLayout(host);
  const notApplied = new Set<LayoutProperty>();
  if (request.page && !desktop) notApplied.add("page");
  const pageWanted = request.page && desktop ? request.page : undefined;
  // Every partial run's span, flattened, with where it came from.
  const spans: { change: number; run: number; target: SpanTarget }[] = [];
  changes.forEach((change, c) =>
    (change.layout.runs ?? []).forEach((run, r) => {
      const target = spanOf(change, run);
      if (target) spans.push({ change: c, run: r, target });
    }),
  );
  let wrote = false;
  try {
    return await host.run(async (context) => {
      // Round trip 1: the texts, the spans, and the sections to set the page of.
      const batch = queueLocate(context, spans.map((s) => s.target));
      const sections = pageWanted ? context.document.sections : undefined;
      sections?.load("items");
      await context.sync();
      const texts = batch.paragraphs.items.map((p) => p.text);
      const located = resolveLocate(batch);
      const spanAt = new Map<string, LocateResult | undefined>();
      spans.forEach((s, k) => spanAt.set(`${s.change}/${s.run}`, located[k]));

      // Round trip 2: write every paragraph still as checked, and the page; load what Office.js can tell of them.
      const skipped: { index: number; status: SpanStatus }[] = [];
      const written: Written[] = [];
      changes.forEach((change, index) => {
        const i = change.paragraphIndex;
        if (i < 0 || i >= texts.length) return skipped.push({ index, status: "missing" });
        if (texts[i] !== change.paragraphText) return skipped.push({ index, status: "changed" });
        const paragraph = batch.paragraphs.items[i];
        const unwritten = writeParagraph(paragraph, change.layout);
        const fonts: Word.Font[] = [];
        (change.layout.runs ?? []).forEach((run, r) => {
          const key = `${index}/${r}`;
          const whole = !spanAt.has(key);
          const found = spanAt.get(key);
          const font = whole ? paragraph.font : found?.status === "ok" ? rangeOf(found.at).font : undefined;
          if (!font) {
            // Word's Find did not see the span as we do: its formatting is reported, never put somewhere else.
            for (const property of RUN_PROPERTIES) if (run[property] !== undefined) unwritten.push(property);
            fonts.push(paragraph.font); // keeps fonts[k] aligned with runs[k]; its properties are already reported
            return;
          }
          writeFont(font, run, desktop);
          fonts.push(font);
        });
        paragraph.load("alignment,firstLineIndent,lineSpacing");
        for (const font of fonts) font.load(FONT_PATHS(desktop));
        written.push({ index, change, paragraph, fonts, unwritten });
      });
      const pageRead = pageWanted && sections ? queuePageWrite(context, sections, pageWanted) : undefined;
      if (written.length === 0 && !pageRead) return { applied: [], skipped: skipped.sort(byIndex), notApplied: ordered(notApplied) };
      wrote = true;
      await context.sync();
      if (pageRead && pageWanted && !pageMatches(pageWanted, readPageSetup(pageRead))) notApplied.add("page");

      // Round trip 3: what Word made of it, through the OOXML; the loads stand in where that fails or does not pair.
      let flat: Awaited<ReturnType<typeof parseOoxml>> = undefined;
      if (written.length) {
        const ooxml = context.document.body.getOoxml();
        flat = await context.sync().then(
          () => parseOoxml(ooxml.value),
          () => undefined,
        );
      }
      const pairs = flat ? pairParagraphs(texts, flat.paragraphs.map((p) => p.text)) : [];
      for (const w of written) {
        w.unwritten.forEach((p) => notApplied.add(p));
        const j = pairs[w.change.paragraphIndex];
        const read = j === undefined ? undefined : flat?.paragraphs[j].layout;
        const missed = read ? missedInOoxml(w.change.layout, read) : missedInLoads(w.change.layout, loadedOf(w, desktop), desktop);
        missed.forEach((p) => notApplied.add(p));
      }
      return { applied: written.map((w) => w.index), skipped: skipped.sort(byIndex), notApplied: ordered(notApplied) };
    });
  } catch (e) {
    const error = toWordError(e);
    // Word applies a batch in order and keeps what it did: some paragraphs may carry the new layout already.
    if (wrote) throw new HostError(WORD_MESSAGES.layoutPartial, error.code);
    throw error;
  }
}

/** notApplied in a stable order, whatever order the checks found them in. */
function ordered(notApplied: ReadonlySet<LayoutProperty>): LayoutProperty[] {
  return ALL_PROPERTIES.filter((p) => notApplied.has(p));
}
