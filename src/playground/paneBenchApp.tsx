/** pane-bench.html's React part, imported by its boot (./paneBench.tsx) as Word's pane imports its own. */
import { mountPane } from "../taskpane/shell/mountPane";
import type { PaneServices } from "../taskpane/services";
import { BenchPane, type BenchControl } from "./paneBenchView";

export function mountBench(container: HTMLElement, services: PaneServices, control: BenchControl): void {
  mountPane(container, <BenchPane services={services} control={control} />);
}
