/**
 * pane-bench.html: the task pane alone, as Word shows it (340 px wide, the whole window's height), over the
 * simulated Word holding the document in memory, with no drawing of the document beside it. `npm run bench`
 * (scripts/bench/paneSpeed.ts) measures the pane's start-up and 检查 here, so that its figures are the pane's own
 * work: the playground also draws every paragraph of an 800-page document, and that drawing was part of every figure
 * measured there. The host is the same simulated Office.js as the playground's (load/sync, a round trip per
 * context.sync, the same proxies and copies), so what the pane pays to read the document is still paid.
 *
 * The benchmark opens a document with `window.gongwenBench.open(lines)` (one paragraph a line, as the playground
 * opens a .txt file): like Word and the playground, a fresh pane is mounted for the new document.
 * A composition root like ./main.tsx (it imports src/word).
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { createSimulatedWord } from "./fakeWord/host";
import { createWordGateway } from "../word/officeGateway";
import { App } from "../taskpane/App";
import { browserStore } from "../taskpane/services";
import { playgroundDocument } from "./bridge";
import { SAMPLE_PARAGRAPHS } from "./sample";
import { splitParts } from "./splitParts";

/** Word's default task-pane width on a 1366×768 office screen is about this (the pane can be dragged wider). */
const PANE_WIDTH_PX = 340;

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

let openDocument: (lines: readonly string[]) => void = () => {
  throw new Error("the pane is not mounted yet");
};
/** Resolves the promise of the last open() once the new pane is on the page. */
let mounted: () => void = () => undefined;
window.gongwenBench = {
  open: (lines) =>
    new Promise((resolve) => {
      mounted = resolve;
      openDocument(lines);
    }),
};

function PaneOnly() {
  // A new document gets a new pane (as in Word and the playground): nothing of the previous one is left.
  const [documentKey, setDocumentKey] = useState(0);
  useEffect(() => {
    openDocument = (lines) => {
      doc.replaceAll(lines.map((text) => ({ text })));
      setDocumentKey((key) => key + 1);
    };
  }, []);
  useEffect(() => mounted(), [documentKey]);
  return (
    <aside aria-label="任务窗格" data-testid="taskpane" style={{ width: PANE_WIDTH_PX, height: "100%", borderRight: "1px solid #d1d1d1" }}>
      <App key={documentKey} services={services} />
    </aside>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("pane-bench.html has no #root");
createRoot(container).render(<PaneOnly />);
