/**
 * While a check or an action runs, the finding list's buttons are busy: focusable (focus is never dropped to the
 * page) but unavailable, and their handlers do nothing. The list can hold some 1,000 buttons. Busy is said once, on
 * the list's container (./FindingList.tsx): a group with aria-disabled, which WAI-ARIA 1.2 applies to every focusable
 * element inside it (browsers expose each button as disabled); no button is written to.
 *
 * What the writer sees is drawn by one element too: a veil over the list (the container's ::after), not a disabled
 * look on each button. Greying each button through a rule on the container restyled every one of them when busy
 * came and again when it went (a Fluent button matches some hundred rules): on an 800-page report some 1,000
 * buttons, twice per switch with the fade guard it needed, 200–1,000 ms of style work per 重新检查 at 4× CPU
 * slowdown, most of it in the task that showed the new findings (issue 11, item 8). The veil is one box: the
 * container's own style changes, no button's, so no button's colour fades either (their transitions once fired some
 * 31,000 events per re-check). It lets clicks through to the cards, whose handlers do nothing while busy, as before;
 * a notice's own button in the list (撤消排版) stays usable.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** The list's name for assistive technology (the group that is disabled while busy). */
export const LIST_LABEL = "检查结果";

/** On the list's container: a veil over it while it is busy (aria-disabled). */
export const useListBusyStyles = makeStyles({
  list: {
    position: "relative",
    // Isolates the list's drawing from what moves it (issue 11, item 8). The progress line above it comes at
    // each 重新检查 and goes when the findings show; each time, every box of a long list (some 8,000) moved, and the
    // browser walked them all to work out their paint (PrePaint: a trace at 4× showed 70–120 ms of CPU in the task
    // that started the re-check and again in the one that showed its findings). With layout and style containment
    // the list is an isolation root: moving it moves one offset. No size containment (its height is its content's)
    // and no paint containment (nothing it draws is clipped: focus rings, the veil below).
    contain: "layout style",
    '&[aria-disabled="true"]::after': {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
      zIndex: 1,
      pointerEvents: "none",
      backgroundColor: tokens.colorNeutralBackground1,
      opacity: 0.5,
      // In high contrast the system's colours would make the veil opaque: a half-transparent system background.
      "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Canvas" },
    },
  },
});
