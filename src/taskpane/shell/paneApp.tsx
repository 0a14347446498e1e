/** The pane in Word, as the boot (../main.tsx) mounts it: its own chunk, loaded once the document read is under way. */
import { App } from "../App";
import type { PaneServices } from "../services";
import { mountPane } from "./mountPane";

export function mountTaskpane(container: HTMLElement, services: PaneServices): void {
  mountPane(container, <App services={services} />);
}
