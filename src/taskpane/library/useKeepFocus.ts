import { useEffect, useRef } from "react";
import type { RefObject } from "react";

/**
 * Focus never drops to the page in the library tabs (issue 11): while `dialogOpen` goes back to false, focus goes
 * back to the element of the tab that last had it, or, when that element is gone (a deleted entry), to the tab's
 * first control. Dialogs are portalled outside the tab, so focus inside them is never recorded as the tab's.
 */
export function useKeepFocus(root: RefObject<HTMLElement | null>, dialogOpen: boolean): void {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const record = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) last.current = event.target;
    };
    element.addEventListener("focusin", record);
    return () => element.removeEventListener("focusin", record);
  }, [root]);

  const wasOpen = useRef(false);
  useEffect(() => {
    if (dialogOpen) {
      wasOpen.current = true;
      return undefined;
    }
    if (!wasOpen.current) return undefined;
    wasOpen.current = false;
    // Fluent keeps the dialog mounted through its closing animation (longer on a busy PC) and may restore focus
    // itself: look again until the dialog has gone, for up to two seconds, and act only when focus has fallen to the
    // page (never when the writer moved it elsewhere).
    const started = Date.now();
    const timer = window.setInterval(() => {
      const active = document.activeElement;
      const fallen = !active || active === document.body || !active.isConnected;
      const inDialog = !fallen && active.closest("[role='dialog'], [role='alertdialog']") !== null;
      if (fallen) {
        const target = last.current?.isConnected ? last.current : root.current?.querySelector<HTMLElement>("input, button, select, textarea, [tabindex='0']");
        target?.focus();
      }
      if (!inDialog || Date.now() - started > 2000) window.clearInterval(timer);
    }, 50);
    return () => window.clearInterval(timer);
  }, [dialogOpen, root]);
}
