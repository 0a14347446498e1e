/**
 * While a check or an action runs, the finding list's buttons are busy: focusable (focus is never dropped to the
 * page) but marked aria-disabled, and their handlers do nothing. The list can hold some 900 buttons; passing `busy`
 * to each as a prop drew every card again when a check began and again when it ended, which held the page for
 * about a second at 4× CPU slowdown (issue 11). Instead the 检查 tab marks them in one pass over the DOM after each
 * of its renders: the list's buttons carry `data-list-control` ("primary" for a primary one, whose brand fill
 * must turn grey too), and the styles below draw them as Fluent draws a disabledFocusable button.
 *
 * The marks change without Fluent's colour transition (a button fades its colours in 100 ms). A transition starts
 * on every button whose colours change, and each fires transitionrun, transitionstart and transitionend for each of
 * its colours, which React's root listener dispatches: some 31,000 events per re-check of an 800-page report, and
 * over three seconds of the page held at 4× CPU slowdown (issue 11). So while the marks switch, the list carries
 * `data-list-switching` and its buttons no transition; it is taken away once the browser has drawn the change.
 */
import { useLayoutEffect, useRef, type RefObject } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

/** Griffel takes no border-color shorthand. */
function sidesColor(color: string) {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}

export const useListBusyStyles = makeStyles({
  list: {
    '& [data-list-control][aria-disabled="true"]': {
      color: tokens.colorNeutralForegroundDisabled,
      ...sidesColor(tokens.colorNeutralStrokeDisabled),
      cursor: "not-allowed",
      "@media (forced-colors: active)": { color: "GrayText", ...sidesColor("GrayText") },
    },
    '& [data-list-control="primary"][aria-disabled="true"]': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      "@media (forced-colors: active)": { backgroundColor: "ButtonFace" },
    },
    "&[data-list-switching] [data-list-control]": { transitionDuration: "0s" },
  },
});

/** Marks every list button under `root` busy or not, after each render of the component that calls it. */
export function useListBusy(root: RefObject<HTMLElement | null>, busy: boolean): void {
  const frames = useRef<number[]>([]);
  useLayoutEffect(() => {
    const here = root.current;
    if (!here) return;
    let switched = false;
    for (const control of here.querySelectorAll<HTMLElement>("[data-list-control]")) {
      const marked = control.getAttribute("aria-disabled") === "true";
      if (busy && !marked) control.setAttribute("aria-disabled", "true");
      else if (!busy && marked) control.removeAttribute("aria-disabled");
      else continue;
      switched = true;
    }
    if (!switched) return;
    here.setAttribute("data-list-switching", "");
    // The next frame draws the new marks (its style is computed after its animation-frame callbacks); the one
    // after it gives the transitions back. A later switch starts the wait again.
    for (const frame of frames.current) cancelAnimationFrame(frame);
    frames.current = [
      requestAnimationFrame(() => {
        frames.current = [requestAnimationFrame(() => here.removeAttribute("data-list-switching"))];
      }),
    ];
  });
  useLayoutEffect(
    () => () => {
      for (const frame of frames.current) cancelAnimationFrame(frame);
    },
    [],
  );
}
