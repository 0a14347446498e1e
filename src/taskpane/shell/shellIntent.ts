/**
 * What the writer asked of the page's prerendered shell before the pane's code ran (./shellIntent.js, loaded first):
 * the tab clicked. Taken once when the pane responds (App.tsx); the script stops listening when React takes the page
 * over (stopShellIntent, just before hydration), since from then on React itself replays a click made while it hydrates.
 */
interface ShellIntent {
  tab: string | null;
  listening: boolean;
}

declare global {
  interface Window {
    gongwenShellIntent?: ShellIntent;
  }
}

function intent(): ShellIntent | undefined {
  return typeof window === "undefined" ? undefined : window.gongwenShellIntent;
}

export function stopShellIntent(): void {
  const shell = intent();
  if (shell) shell.listening = false;
}

/** The tab asked for on the shell, once (undefined when none was). */
export function takeShellIntent(): string | undefined {
  const shell = intent();
  const tab = shell?.tab ?? undefined;
  if (shell) shell.tab = null;
  // Every tab the writer clicked was marked, not only the last one kept: React does not own the attribute, and a
  // mark left behind would say "busy" for the pane's life (found in review).
  for (const marked of document.querySelectorAll('[role="tab"][aria-busy]')) marked.removeAttribute("aria-busy");
  return tab;
}
