/** Engine timing: checkDocument over generated documents, repeated after a warm-up, on fresh snapshot copies. */
import { checkDocument } from "../../src/core/engine";
import type { DocSnapshot } from "../../src/core/model";
import { generateDocument, type GeneratedDocument } from "../../tests/support/generateDocument";

export interface Stats {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p10: number;
  readonly p90: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
  return { runs: s.length, median: at(0.5), min: s[0], max: s[s.length - 1], p10: at(0.1), p90: at(0.9) };
}

/** A fresh copy: the analyses are memoised per snapshot object (WeakMap) and must not hide the real cost. */
export function freshCopy(doc: DocSnapshot): DocSnapshot {
  return { paragraphs: doc.paragraphs.map((p) => ({ ...p })) };
}

export interface EngineResult {
  readonly pages: number;
  readonly seed: number;
  readonly paragraphs: number;
  readonly characters: number;
  readonly findings: number;
  readonly fixable: number;
  readonly ms: Stats;
  /** Characters per millisecond at the median. */
  readonly charsPerMs: number;
}

export function timeEngine(generated: GeneratedDocument, warmup: number, runs: number): EngineResult {
  const findings = checkDocument(freshCopy(generated.snapshot));
  for (let i = 0; i < warmup; i++) checkDocument(freshCopy(generated.snapshot));
  // The copies are made before timing starts, so copying between runs is not mixed into the figures.
  const copies = Array.from({ length: runs }, () => freshCopy(generated.snapshot));
  const samples: number[] = [];
  for (const copy of copies) {
    const t0 = performance.now();
    checkDocument(copy);
    samples.push(performance.now() - t0);
  }
  const ms = stats(samples);
  return {
    pages: generated.pages,
    seed: generated.seed,
    paragraphs: generated.snapshot.paragraphs.length,
    characters: generated.characters,
    findings: findings.length,
    fixable: findings.filter((f) => f.fix && !f.onListString).length,
    ms,
    charsPerMs: generated.characters / ms.median,
  };
}

export function benchEngine(pagesList: readonly number[], seed: number): EngineResult[] {
  return pagesList.map((pages) => {
    const generated = generateDocument({ pages, seed: seed + pages });
    // Enough runs that the medians hold still on a busy machine (the 800/200 ratio compares two of them).
    const runs = pages >= 200 ? 41 : 51;
    return timeEngine(generated, 5, runs);
  });
}

export interface PerCharacterRatio {
  /** Per pair: (800-page time per character) / (200-page time per character), the two runs back to back. */
  readonly ratios: Stats;
  readonly pairs: number;
}

/**
 * Does time grow with the text, and no faster? Two medians taken minutes apart compare two states of a busy machine
 * (the 800/200-page ratio once failed that way), so the long and the short document are checked back to back, pair
 * after pair, on fresh copies, and each pair gives one ratio of time per character.
 */
export function perCharacterRatio(short: GeneratedDocument, long: GeneratedDocument, pairs: number): PerCharacterRatio {
  for (let i = 0; i < 3; i++) {
    checkDocument(freshCopy(short.snapshot));
    checkDocument(freshCopy(long.snapshot));
  }
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = freshCopy(short.snapshot);
    const b = freshCopy(long.snapshot);
    const t0 = performance.now();
    checkDocument(a);
    const t1 = performance.now();
    checkDocument(b);
    const t2 = performance.now();
    ratios.push((t2 - t1) / long.characters / ((t1 - t0) / short.characters));
  }
  return { ratios: stats(ratios), pairs };
}
