import { useEffect, useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";
import { focusLost } from "../shared/focusBack";

/**
 * Focus never drops out of the library tabs (issue 11): while `dialogOpen` goes back to false, or an action that
 * wrote to the document ends (`busy` goes back to false: an insert, failed or not), focus goes back to the element
 * of the tab that last had it (the 插入 button, the phrase, the search box Enter was pressed in), or, when that
 * element is gone (a deleted entry), to the tab's first control. Dialogs are portalled outside the tab, so focus
 * inside them is never recorded as the tab's. Word may hand the document the focus when an insert writes and
 * selects (the playground's document takes it on every redraw): that counts as lost, as the page does.
 */
export function useKeepFocus(root: RefObject<HTMLElement | null>, dialogOpen: boolean, busy = false): void {
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

  const giveBack = () => {
    const target = last.current?.isConnected ? last.current : root.current?.querySelector<HTMLElement>("input, button, select, textarea, [tabindex='0']");
    target?.focus();
  };

  const wasOpen = useRef(false);
  useEffect(() => {
    if (dialogOpen) {
      wasOpen.current = true;
      return undefined;
    }
    if (!wasOpen.current) return undefined;
    wasOpen.current = false;
    // Fluent keeps the dialog mounted through its closing animation (longer on a busy PC) and may restore focus
    // itself: look again until the dialog has gone, for up to two seconds, and act only when focus has left the
    // tab for the page or the document (never when the writer moved it to another control of the pane).
    const started = Date.now();
    const timer = window.setInterval(() => {
      const active = document.activeElement;
      const inDialog = active !== null && active !== document.body && active.closest("[role='dialog'], [role='alertdialog']") !== null;
      if (focusLost(root.current)) giveBack();
      if (!inDialog || Date.now() - started > 2000) window.clearInterval(timer);
    }, 50);
    return () => window.clearInterval(timer);
  }, [dialogOpen, root]);

  const wasBusy = useRef(false);
  useLayoutEffect(() => {
    if (busy) {
      wasBusy.current = true;
      return undefined;
    }
    if (!wasBusy.current) return undefined;
    wasBusy.current = false;
    // With the outcome (the notice, the list) committed, before it is painted: a focused phrase unfolds its actions,
    // and the layout must not move under a pointer aimed at what is drawn. Once more a frame later, in case the
    // document took focus again as it redrew.
    if (focusLost(root.current)) giveBack();
    const frame = requestAnimationFrame(() => {
      if (focusLost(root.current)) giveBack();
    });
    return () => cancelAnimationFrame(frame);
  }, [busy, root]);
}
