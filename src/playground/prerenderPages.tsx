/**
 * The build's prerender entry (scripts/prerender-shell.js): the pages with a prerendered first screen, each as its
 * React part mounts it: the task pane's page (taskpane.html) and the benchmark's (pane-bench.html, ./paneBench.tsx).
 * A composition root like ./main.tsx: it may import both the pane and the playground.
 */
import { paneAsMounted, prerenderShells as prerender, unusedServices } from "../taskpane/shell/prerender";
import { BenchPane, type BenchControl } from "./paneBenchView";

const unusedControl: BenchControl = { connect: () => undefined, mounted: () => undefined };

export type ShellPage = "taskpane" | "pane-bench";

export function prerenderShells() {
  return prerender<ShellPage>({
    taskpane: paneAsMounted,
    "pane-bench": () => <BenchPane services={unusedServices} control={unusedControl} />,
  });
}
