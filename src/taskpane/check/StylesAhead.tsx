/**
 * Works out the styles of what a check draws ahead of its drawing: the progress line a click on 检查 shows, and the
 * finding list its result shows. Griffel (Fluent UI's CSS-in-JS) resolves a component's styles and inserts its CSS
 * the first time its hook is called; at 4× CPU slowdown that was some 90 ms of the task that drew the first result
 * (issue 11), and the spinner's 46 rules were inserted by the click's own task, the style sheets then matched anew
 * before the tab could be painted busy. Shown by the 检查 tab while it waits for its first check and while a check
 * runs; it works a turn after it is shown, in a task of its own, and draws nothing. Afterwards each hook finds its
 * styles ready (src/taskpane/shared/styleRenderer.ts skips a set of rules inserted before).
 */
import { useEffect, useRef, useState } from "react";
import { useSpinnerStyles_unstable, useSpinner_unstable } from "@fluentui/react-components";
import { nextTurn } from "../../host/turns";
import { useSectionStyles } from "./CategorySection";
import { useCardStyles } from "./FindingCard";
import { useListStyles } from "./FindingList";
import { useGroupCardStyles } from "./GroupCard";
import { useIgnoredStyles } from "./IgnoredSection";
import { useListBusyStyles } from "./listBusy";

export function CheckStylesAhead() {
  const [now, setNow] = useState(false);
  useEffect(() => {
    let stopped = false;
    void nextTurn().then(() => {
      if (!stopped) setNow(true);
    });
    return () => {
      stopped = true;
    };
  }, []);
  return now ? <ResolveStyles /> : null;
}

function ResolveStyles() {
  // The progress line's spinner (./CheckTab.tsx), as it is drawn there: its state is built only to be styled.
  const spinnerRef = useRef<HTMLDivElement>(null);
  useSpinnerStyles_unstable(useSpinner_unstable({ size: "tiny" }, spinnerRef));
  useListStyles();
  useListBusyStyles();
  useSectionStyles();
  useCardStyles();
  useGroupCardStyles();
  useIgnoredStyles();
  return null;
}
