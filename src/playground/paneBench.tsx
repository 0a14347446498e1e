/**
 * pane-bench.html: the task pane alone, as Word shows it (340 px wide, the whole window's height), over the
 * simulated Word holding the document in memory, with no drawing of the document beside it. `npm run bench`
 * (scripts/bench/paneSpeed.ts) measures the pane's start-up and 检查 here, so that its figures are the pane's own
 * work: the playground also draws every paragraph of an 800-page document, and that drawing was part of every figure
 * measured there. The host is the same simulated Office.js as the playground's (load/sync, a round trip per
 * context.sync, the same proxies and copies), so what the pane pays to read the document is still paid.
 *
 * The simulated Word and its document come first, from a script of their own (./paneBenchHost.tsx: in Word the
 * document is open before the pane exists); this is the pane's own script, started as the pane in Word is
 * (../taskpane/main.tsx, ../taskpane/shell/boot.ts): the page holds the pane's prerendered first screen, this boot
 * (no React) starts the read and draws 概览's figures, then its React part (./paneBenchApp.tsx) hydrates the page.
 *
 * The benchmark opens a document with `window.gongwenBench.open(lines)` (one paragraph a line, as the playground
 * opens a .txt file): like Word and the playground, a fresh pane is mounted for the new document; and changes a
 * paragraph with `edit(paragraph, text)`, as the writer typing in Word between two checks.
 * A composition root like ./main.tsx (it imports src/word).
 */
import { createWordGateway } from "../word/officeGateway";
import { browserStore } from "../taskpane/services";
import { bootPane } from "../taskpane/shell/boot";
import type { BenchControl } from "./paneBenchView";
import type { BenchWord } from "./paneBenchHost";

declare global {
  interface Window {
    /** Set by this page only: how the benchmark hands it a document. */
    gongwenBench?: { open(lines: readonly string[]): Promise<void>; edit(paragraph: number, text: string): void };
  }
}

const word: BenchWord | undefined = window.gongwenBenchWord;
if (!word) throw new Error("pane-bench.html: the simulated Word's script (paneBenchHost) has not run");
const services = { word: createWordGateway(word.host), store: browserStore("gongwen-pane-bench") };

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
          word.replaceDocument(lines);
          remount();
        }),
    ),
  edit: (paragraph, text) => word.editParagraph(paragraph, text),
};

const container = document.getElementById("root");
if (!container) throw new Error("pane-bench.html has no #root");
void bootPane(services.word, () =>
  import(/* webpackMode: "eager" */ "./paneBenchApp").then((m) => m.mountBench(container, services, control)),
);
