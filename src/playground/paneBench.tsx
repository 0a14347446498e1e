/**
 * pane-bench.html: the task pane alone, as Word shows it (340 px wide, the whole window's height), over the
 * simulated Word holding the document in memory, with no drawing of the document beside it. `npm run bench`
 * (scripts/bench/paneSpeed.ts) measures the pane's start-up and 检查 here, so that its figures are the pane's own
 * work: the playground also draws every paragraph of an 800-page document, and that drawing was part of every figure
 * measured there. The host is the same simulated Office.js as the playground's (load/sync, a round trip per
 * context.sync, the same proxies and copies), so what the pane pays to read the document is still paid.
 *
 * It starts as the pane in Word does (../taskpane/main.tsx, ../taskpane/shell/boot.ts): the page holds the pane's
 * prerendered first screen, this boot (no React) starts the read and draws 概览's figures, then its React part
 * (./paneBenchApp.tsx) hydrates the page. Here the simulated Word's set-up of the sample is part of the boot; in Word
 * that work is Word's own, done before the pane exists.
 *
 * The benchmark opens a document with `window.gongwenBench.open(lines)` (one paragraph a line, as the playground
 * opens a .txt file): like Word and the playground, a fresh pane is mounted for the new document.
 * A composition root like ./main.tsx (it imports src/word).
 */
import { createSimulatedWord } from "./fakeWord/host";
import { createWordGateway } from "../word/officeGateway";
import { browserStore } from "../taskpane/services";
import { bootPane } from "../taskpane/shell/boot";
import { playgroundDocument } from "./bridge";
import { SAMPLE_PARAGRAPHS } from "./sample";
import { splitParts } from "./splitParts";
import type { BenchControl } from "./paneBenchView";

declare global {
  interface Window {
    /** Set by this page only: how the benchmark hands it a document. */
    gongwenBench?: { open(lines: readonly string[]): Promise<void> };
  }
}

const sample = splitParts(SAMPLE_PARAGRAPHS);
const simulated = createSimulatedWord({ apiVersion: "1.5", paragraphs: sample.body, parts: sample.parts });
const doc = playgroundDocument(simulated.doc);
const services = { word: createWordGateway(simulated.host), store: browserStore("gongwen-pane-bench") };

let remount: () => void = () => undefined;
/** Resolves the promise of the first pane's mount, then of the last open() once its new pane is on the page. */
let onMounted: () => void = () => undefined;
const firstPane = new Promise<void>((resolve) => (onMounted = resolve));
const control: BenchControl = {
  connect: (fresh) => {
    remount = fresh;
  },
  mounted: () => onMounted(),
};
window.gongwenBench = {
  // The pane may not be mounted yet when the benchmark asks (its boot waits for the read): a document opens in a mounted pane.
  open: (lines) =>
    firstPane.then(
      () =>
        new Promise((resolve) => {
          onMounted = resolve;
          doc.replaceAll(lines.map((text) => ({ text })));
          remount();
        }),
    ),
};

const container = document.getElementById("root");
if (!container) throw new Error("pane-bench.html has no #root");
void bootPane(services.word, () =>
  import(/* webpackMode: "eager" */ "./paneBenchApp").then((m) => m.mountBench(container, services, control)),
);
