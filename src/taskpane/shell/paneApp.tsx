/** The pane in Word, as the boot (../main.tsx) mounts it once the document read is under way (./boot.ts). */
import { App } from "../App";
import type { PaneServices } from "../services";
import { mountPane } from "./mountPane";

export function mountTaskpane(container: HTMLElement, services: PaneServices): void {
  mountPane(container, <App services={services} />);
}
