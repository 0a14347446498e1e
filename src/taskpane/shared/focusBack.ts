/**
 * Focus never lost (issue 11): after an action that wrote to the document (一键排版's 应用, an insert), focus goes back
 * to the pane's control that started it. Word may hand the document the focus when the add-in writes or selects
 * (Word on the web; the playground's simulated document takes it on every redraw), and a dialog that closed leaves
 * it on the page: either way a keyboard-only writer's next key goes nowhere visible, and Tab starts from the top.
 */

/** Where focus is the writer's (or a dialog's, a menu's) and must be left alone. */
const HOLDS_FOCUS = "[role='dialog'], [role='alertdialog'], [role='menu'], [role='listbox']";

/**
 * True when focus is on no control of `within` (the tab): on the page, on a removed element, or outside the tab
 * (the document) and not in a dialog or a menu the pane opened.
 */
export function focusLost(within: Element | null | undefined): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  if (within?.contains(active)) return false;
  return active.closest(HOLDS_FOCUS) === null;
}

/**
 * Once the browser has drawn the action's outcome (a frame): focus on `control` when focus was lost meanwhile; never
 * when the writer has put it on another control of the tab, or when the control is gone (the tab was left).
 */
export function focusBack(control: HTMLElement | null | undefined, within: Element | null | undefined): void {
  requestAnimationFrame(() => {
    if (control?.isConnected && focusLost(within)) control.focus();
  });
}
