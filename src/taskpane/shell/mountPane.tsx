/**
 * Where React takes the pane's page over (imported by the boot, ./boot.ts, once the document read is under way:
 * React, Fluent and the pane run from here). A page whose #root holds the prerendered shell (data-shell) is hydrated: the shell's elements stay
 * (focus, what the boot drew) and become the pane's; any other is rendered afresh.
 */
import type { ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { stopShellIntent } from "./shellIntent";

/** The attribute the build puts on #root when it holds the prerendered pane (./prerender.tsx). */
export const SHELL_ATTRIBUTE = "data-shell";

export function mountPane(container: HTMLElement, pane: ReactNode): void {
  if (!container.hasAttribute(SHELL_ATTRIBUTE)) {
    createRoot(container).render(pane);
    return;
  }
  // From here React replays what the writer clicks while it hydrates; the shell's script stops taking clicks.
  stopShellIntent();
  hydrateRoot(container, pane);
}
