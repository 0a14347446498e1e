/**
 * pane-bench.html's simulated Word, with its document open, in a script of its own that the page runs first, before
 * its first screen is parsed (webpack.config.js puts it first in the head, not deferred). In Word the document is
 * open before the pane exists: Word builds it in its own process, and the pane's page starts after. Here the
 * simulated Word builds the sample in the pane's page, and this script's end is where the pane's start is counted
 * from (the mark WORD_OPEN_MARK; scripts/bench/paneSpeed.ts): the page's request and this script (its download,
 * compile and run: the simulated Word's code and the sample) are not counted; everything after is, as the pane's in
 * Word: its HTML and CSS parsed, its first screen painted, its own bundle (./paneBench.tsx) compiled and run, its read
 * through the simulated Office.js (load, a round trip per sync, the proxies and copies, as before), the figures
 * painted. This script is 59 KB; at 4× on a loaded machine (load average 18) it ended 260–1,700 ms after navigation,
 * of which the building of the sample itself was 9–55 ms (performance marks): the rest is its code's download,
 * compile and run, which were the pane bundle's before.
 */
import { createSimulatedWord, type SimulatedWord } from "./fakeWord/host";
import { playgroundDocument } from "./bridge";
import { SAMPLE_PARAGRAPHS } from "./sample";
import { splitParts } from "./splitParts";

/**
 * The mark (performance.mark) set when the simulated Word has its document open: where the pane's start counts from.
 * scripts/bench/paneSpeed.ts reads it by this name, and fails on a page without it.
 */
export const WORD_OPEN_MARK = "gongwen-bench:word-open";

/** What this script leaves on the window for the pane's page (./paneBench.tsx). */
export interface BenchWord {
  /** Office.js as the simulated Word gives it. */
  readonly host: SimulatedWord["host"];
  /** Replaces the open document (one paragraph a line), as Word opening another file. */
  replaceDocument(lines: readonly string[]): void;
  /** Changes one paragraph's text, as the writer typing in Word between two checks. */
  editParagraph(index: number, text: string): void;
}

declare global {
  interface Window {
    /** Set by this script only (pane-bench.html). */
    gongwenBenchWord?: BenchWord;
  }
}

const sample = splitParts(SAMPLE_PARAGRAPHS);
const simulated = createSimulatedWord({ apiVersion: "1.5", paragraphs: sample.body, parts: sample.parts });
const doc = playgroundDocument(simulated.doc);
window.gongwenBenchWord = {
  host: simulated.host,
  replaceDocument: (lines) => doc.replaceAll(lines.map((text) => ({ text }))),
  editParagraph: (index, text) => simulated.doc.setParagraphText(index, text),
};
performance.mark(WORD_OPEN_MARK);
