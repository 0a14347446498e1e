/** Shared set-up for the Word-layer tests: a simulated Word and the gateway over it. */
import { createSimulatedWord, type SimulatedWordOptions } from "../../src/playground/fakeWord/host";
import type { ParagraphSpec } from "../../src/playground/fakeWord/types";
import type { SpanTarget } from "../../src/host/port";
import { createWordGateway } from "../../src/word/officeGateway";

export function setup(paragraphs: readonly ParagraphSpec[], options: Omit<SimulatedWordOptions, "paragraphs"> = {}) {
  const sim = createSimulatedWord({ ...options, paragraphs });
  const gateway = createWordGateway(sim.host);
  /** Round trips taken by `work`. */
  const trips = async <T>(work: () => Promise<T>): Promise<{ result: T; syncs: number }> => {
    const before = sim.syncCount();
    const result = await work();
    return { result, syncs: sim.syncCount() - before };
  };
  return { sim, doc: sim.doc, gateway, trips };
}

/** The target of `excerpt`'s `occurrence`-th (0-based, overlapping allowed) appearance in paragraph `i`. */
export function target(texts: readonly string[], i: number, excerpt: string, occurrence = 0): SpanTarget {
  const text = texts[i];
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(excerpt, at + 1);
    if (at < 0) throw new Error(`"${excerpt}" #${occurrence} not in paragraph ${i}`);
  }
  return { paragraphIndex: i, start: at, end: at + excerpt.length, paragraphText: text };
}
