/**
 * Reading the layout (the 格式 check), in a round trip of its own after the text's: the body's OOXML
 * (body.getOoxml, WordApi 1.1) resolved by the project's .docx reader (src/docx/flatOpc.ts) gives every paragraph's
 * effective East Asian and Latin fonts, size, bold, alignment, indent and line spacing as Word resolves them through
 * styles and theme fonts, which no Office.js property gives below WordApiDesktop 1.3 (font.name is one name for a
 * run that shows Chinese in one font and digits in another). The page setup comes from the first section's
 * pageSetup where WordApiDesktop 1.3 has it, else from the OOXML's section properties.
 * docs/office-js-layout.md has the sources, and what only real Word can confirm.
 *
 * Why a round trip of its own: getOoxml on a long document takes Word seconds, and parsing its answer takes the pane
 * more than a second on a slow PC; the writer sees the text's findings first (issue 11), and the OOXML is parsed in
 * slices (src/host/turns.ts), never as one long task. The texts of the paragraphs it pairs with are those the OOXML
 * itself holds, read in this round trip: a paragraph the writer changed since the text was read pairs with nothing (no
 * layout: "could not be told"), never with a neighbour's layout.
 */
import { onDemand } from "../host/onDemand";
import type { DocLayoutInfo } from "../core/model";
import type { LayoutProperty, PageLayout, ParagraphLayout } from "../core/layout/types";
import type { FlatOpcLayout } from "../docx/flatOpc";
import type { WordHost } from "./host";
import { pairParagraphs } from "./layoutAlign";
import { queuePageSetup, readPageSetup, type PageSetupRead } from "./pageSetup";
import { inSlices, SlicedWorkCancelled } from "../host/turns";

/** Everything a paragraph's layout holds: what the pane names when nothing could be read. */
export const PARAGRAPH_PROPERTIES: readonly LayoutProperty[] = [
  "eastAsiaFont",
  "latinFont",
  "sizePt",
  "bold",
  "alignment",
  "firstLineIndent",
  "lineSpacing",
];
export const ALL_PROPERTIES: readonly LayoutProperty[] = [...PARAGRAPH_PROPERTIES, "page"];

/** WordApiDesktop 1.3: font.nameFarEast / nameAscii and section.pageSetup (Microsoft 365 desktop only). */
export function hasDesktopLayout(host: WordHost): boolean {
  return host.isSetSupported("WordApiDesktop", "1.3");
}

export interface LayoutReadBatch {
  readonly ooxml: OfficeExtension.ClientResult<string>;
  readonly page?: PageSetupRead;
}

/**
 * The .docx reader is needed only by the 格式 check: loaded on first use, so that it is not part of the pane's first
 * download (issue 11's 150 KB budget). A failed load is retried on the next read.
 */
const loadLayoutReader = onDemand(() => import(/* webpackChunkName: "layout-reader" */ "../docx/flatOpc"));

/** Queues the reads in the caller's round trip (no sync of its own), and starts loading the reader meanwhile. */
export function queueLayoutRead(context: Word.RequestContext, host: WordHost): LayoutReadBatch {
  loadLayoutReader().catch(() => undefined);
  const ooxml = context.document.body.getOoxml();
  return { ooxml, page: hasDesktopLayout(host) ? queuePageSetup(context) : undefined };
}

/**
 * The OOXML resolved, in slices (`cancelled` is asked between them), or undefined when the .docx reader could not
 * make sense of it (or could not be loaded). @throws SlicedWorkCancelled when cancelled.
 */
export async function parseOoxml(xml: string, cancelled?: () => boolean): Promise<FlatOpcLayout | undefined> {
  let reader: Awaited<ReturnType<typeof loadLayoutReader>>;
  try {
    reader = await loadLayoutReader();
  } catch {
    return undefined;
  }
  if (cancelled?.()) throw new SlicedWorkCancelled();
  const steps = reader.readFlatOpcLayoutSteps(xml);
  return inSlices(steps, cancelled).catch((error: unknown) => {
    if (error instanceof reader.FlatOpcReadError) return undefined;
    throw error;
  });
}

/** Each body paragraph's layout (undefined where it could not be paired), and what the document says as a whole. */
export interface LayoutRead {
  readonly layouts: readonly (ParagraphLayout | undefined)[];
  readonly info: DocLayoutInfo;
}

/** When nothing could be read: the text check goes on, and the pane says what was not checked. */
export function unreadableLayout(count: number): LayoutRead {
  return { layouts: new Array<undefined>(count).fill(undefined), info: { unreadable: ALL_PROPERTIES } };
}

/**
 * The body's layout and the page setup, in one round trip of their own: paired by text with `texts`, the body
 * paragraphs' texts as Office.js read them (in the text's round trip, before this one). When Word refuses the batch
 * (getOoxml fails on some documents), every property is unreadable: a layout Word will not give never stops the
 * text check. @throws SlicedWorkCancelled when `cancelled` says so between slices of the parse.
 */
export async function readLayout(host: WordHost, texts: readonly string[], cancelled?: () => boolean): Promise<LayoutRead> {
  let read: { readonly xml: string; readonly page?: PageLayout };
  try {
    read = await host.run(async (context) => {
      const batch = queueLayoutRead(context, host);
      await context.sync();
      return { xml: batch.ooxml.value, page: batch.page ? readPageSetup(batch.page) : undefined };
    });
  } catch {
    return unreadableLayout(texts.length);
  }
  return resolveLayout(await parseOoxml(read.xml, cancelled), read.page, texts);
}

/** The parsed OOXML (undefined: unreadable) paired with `texts`, the page from the host where it gave one. */
function resolveLayout(flat: FlatOpcLayout | undefined, pageFromHost: PageLayout | undefined, texts: readonly string[]): LayoutRead {
  if (!flat) {
    const unreadable = pageFromHost ? PARAGRAPH_PROPERTIES : ALL_PROPERTIES;
    return { layouts: new Array<undefined>(texts.length).fill(undefined), info: withPage(pageFromHost, unreadable) };
  }
  const pairs = pairParagraphs(
    texts,
    flat.paragraphs.map((p) => p.text),
  );
  const layouts = pairs.map((j) => (j === undefined ? undefined : flat.paragraphs[j].layout));
  const page = pageFromHost ?? flat.page;
  return { layouts, info: withPage(page, page ? [] : ["page"]) };
}

function withPage(page: PageLayout | undefined, unreadable: readonly LayoutProperty[]): DocLayoutInfo {
  return { ...(page ? { page } : {}), ...(unreadable.length ? { unreadable } : {}) };
}
