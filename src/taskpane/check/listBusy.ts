/**
 * While a check or an action runs, the finding list's buttons are busy: focusable (focus is never dropped to the
 * page) but unavailable, and their handlers do nothing. The list can hold some 1,000 buttons. Passing `busy` to each
 * as a prop drew every card again when a check began and again when it ended; marking each button aria-disabled in a
 * pass over the DOM still wrote ~1,000 attributes and, run after every render of the tab, scanned them at every step
 * of the analysis (issue 11, item 8: half a second at 4× CPU slowdown around each 重新检查). So busy is said once,
 * on the list's container (./FindingList.tsx): a group with aria-disabled, which WAI-ARIA 1.2 applies to every
 * focusable element inside it (browsers expose each button as disabled), and the styles below draw the buttons under
 * it as Fluent draws a disabledFocusable button: one attribute written, one style pass over the list's buttons.
 *
 * The marks change without Fluent's colour transition (a button fades its colours in 100 ms). A transition starts on
 * every button whose colours change, and each fires transitionrun, transitionstart and transitionend for each of its
 * colours, which React's root listener dispatches: some 31,000 events per re-check of an 800-page report, and over
 * three seconds of the page held at 4× CPU slowdown (issue 11). So while the marks switch, the list carries
 * `data-list-switching` and its buttons no transition; it is taken away once the browser has drawn the change.
 */
import { useLayoutEffect, useRef, type RefObject } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

/** The list's name for assistive technology (the group that is disabled while busy). */
export const LIST_LABEL = "检查结果";

/** Griffel takes no border-color shorthand. */
function sidesColor(color: string) {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}

/** On the list's container: its buttons (`data-list-control`, "primary" for a primary one) greyed while it is busy. */
export const useListBusyStyles = makeStyles({
  list: {
    '&[aria-disabled="true"] [data-list-control]': {
      color: tokens.colorNeutralForegroundDisabled,
      ...sidesColor(tokens.colorNeutralStrokeDisabled),
      cursor: "not-allowed",
      "@media (forced-colors: active)": { color: "GrayText", ...sidesColor("GrayText") },
    },
    '&[aria-disabled="true"] [data-list-control="primary"]': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      "@media (forced-colors: active)": { backgroundColor: "ButtonFace" },
    },
    "&[data-list-switching] [data-list-control]": { transitionDuration: "0s" },
  },
});

/**
 * Takes the list's buttons' transitions away while its busy mark switches (the mark itself is the container's
 * aria-disabled, drawn by React in the same commit): only when `busy` changes, never on other renders.
 */
export function useListBusy(list: RefObject<HTMLElement | null>, busy: boolean): void {
  const frames = useRef<number[]>([]);
  const was = useRef(busy);
  useLayoutEffect(() => {
    const here = list.current;
    if (!here || was.current === busy) return;
    was.current = busy;
    here.setAttribute("data-list-switching", "");
    // The next frame draws the new marks (its style is computed after its animation-frame callbacks); the one
    // after it gives the transitions back. A later switch starts the wait again.
    for (const frame of frames.current) cancelAnimationFrame(frame);
    frames.current = [
      requestAnimationFrame(() => {
        frames.current = [requestAnimationFrame(() => here.removeAttribute("data-list-switching"))];
      }),
    ];
  }, [list, busy]);
  useLayoutEffect(
    () => () => {
      for (const frame of frames.current) cancelAnimationFrame(frame);
    },
    [],
  );
}
