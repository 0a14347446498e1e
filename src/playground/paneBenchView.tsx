/**
 * The pane-bench page's React part (./paneBench.tsx is its boot): the task pane as Word shows it, 340 px wide, the
 * whole window's height. Rendered at build time too, into the page's shell (../taskpane/shell/prerender.tsx), so that
 * the hydrated page and its shell are the same markup.
 */
import { useEffect, useState } from "react";
import { App } from "../taskpane/App";
import type { PaneServices } from "../taskpane/services";

/** Word's default task-pane width on a 1366×768 office screen is about this (the pane can be dragged wider). */
const PANE_WIDTH_PX = 340;

/** How the boot's window.gongwenBench reaches the mounted pane. */
export interface BenchControl {
  /** Called once the pane is mounted, with how to mount a fresh pane for a new document. */
  connect(remount: () => void): void;
  /** Called each time a pane (the first, or a fresh one) is on the page. */
  mounted(): void;
}

export function BenchPane({ services, control }: { services: PaneServices; control: BenchControl }) {
  // A new document gets a new pane (as in Word and the playground): nothing of the previous one is left.
  const [documentKey, setDocumentKey] = useState(0);
  useEffect(() => control.connect(() => setDocumentKey((key) => key + 1)), [control]);
  useEffect(() => control.mounted(), [control, documentKey]);
  return (
    <aside aria-label="任务窗格" data-testid="taskpane" style={{ width: PANE_WIDTH_PX, height: "100%", borderRight: "1px solid #d1d1d1" }}>
      <App key={documentKey} services={services} />
    </aside>
  );
}
