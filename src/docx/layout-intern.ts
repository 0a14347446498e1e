/**
 * Shares equal layout values between paragraphs. A paragraph's layout is kept for the whole check, and most
 * paragraphs of a document repeat a handful of formats (WPS writes the same direct w:pPr and w:rPr on every one), so
 * equal values are one object: without this, a body of 1.6 million short paragraphs (the reader's worst case per MB
 * of XML, scripts/bench/docx.ts) took 240 more bytes per paragraph and no longer fit in 1 GB. The values are
 * read-only (their types say so), which is what makes sharing them safe.
 *
 * The number of distinct keys is bounded by the number of formats times the paragraph lengths seen, and short
 * paragraphs (many per MB) have few distinct lengths; past MAX_SHARED entries new values are simply not shared.
 */
import type { LineSpacing, ParagraphLayout, RunLayout } from "../core/layout/types";

export type RunFormat = Omit<RunLayout, "range">;
export type ParagraphFormat = Omit<ParagraphLayout, "runs">;

const MAX_SHARED = 100_000;
/** Ranges are keyed as start × 2^21 + end, exact for paragraphs shorter than 2 million characters. */
const RANGE_FACTOR = 2 ** 21;

export class LayoutInterner {
  private size = 0;
  private readonly runFormats = new Map<string, RunFormat>();
  private readonly paragraphFormats = new Map<string, ParagraphFormat>();
  private readonly runs = new Map<RunFormat, Map<number, RunLayout>>();
  private readonly paragraphs = new Map<ParagraphFormat, Map<RunLayout | undefined, ParagraphLayout>>();

  runFormat(format: RunFormat): RunFormat {
    const key = `${format.eastAsiaFont ?? "\u0001"}\u0000${format.latinFont ?? "\u0001"}\u0000${format.sizePt}\u0000${format.bold}`;
    return this.shared(this.runFormats, key, () => format);
  }

  paragraphFormat(format: ParagraphFormat): ParagraphFormat {
    const indent = format.firstLineIndent;
    const spacing = format.lineSpacing;
    const key = `${format.alignment}\u0000${indent?.chars}\u0000${indent?.pt}\u0000${spacingKey(spacing)}`;
    return this.shared(this.paragraphFormats, key, () => format);
  }

  /** The run with this range and (shared) format. */
  run(start: number, end: number, format: RunFormat): RunLayout {
    const make = (): RunLayout => ({
      range: [start, end],
      eastAsiaFont: format.eastAsiaFont,
      latinFont: format.latinFont,
      sizePt: format.sizePt,
      bold: format.bold,
    });
    if (end >= RANGE_FACTOR) return make();
    return this.shared(this.inner(this.runs, format), start * RANGE_FACTOR + end, make);
  }

  /** The paragraph layout of this (shared) format and runs; paragraphs of one run or none are shared. */
  paragraph(format: ParagraphFormat, runs: readonly RunLayout[]): ParagraphLayout {
    const make = (): ParagraphLayout => ({
      alignment: format.alignment,
      firstLineIndent: format.firstLineIndent,
      lineSpacing: format.lineSpacing,
      runs,
    });
    if (runs.length > 1) return make();
    return this.shared(this.inner(this.paragraphs, format), runs[0], make);
  }

  private inner<K, V, I>(outer: Map<K, Map<I, V>>, key: K): Map<I, V> {
    let map = outer.get(key);
    if (map === undefined) {
      map = new Map();
      outer.set(key, map);
    }
    return map;
  }

  private shared<K, V>(map: Map<K, V>, key: K, make: () => V): V {
    const found = map.get(key);
    if (found !== undefined) return found;
    const value = make();
    if (this.size < MAX_SHARED) {
      map.set(key, value);
      this.size++;
    }
    return value;
  }
}

function spacingKey(spacing: LineSpacing | undefined): string {
  if (spacing === undefined) return "";
  return spacing.rule === "multiple" ? `m${spacing.lines}` : `${spacing.rule}${spacing.pt}`;
}


