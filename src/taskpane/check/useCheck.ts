import { useEffect, useSyncExternalStore } from "react";
import { useFluent } from "@fluentui/react-components";
import type { DocumentHost } from "../../host/port";
import { useHouseStyleStore } from "../settings/HouseStyleContext";
import { checkOptionsFrom } from "./checkOptions";
import { reviewSessionFor, type ReviewSession, type ReviewState } from "./reviewSession";

export type { Progress } from "./reviewSession";
export { byPosition, isBlocking } from "./reviewSession";

/**
 * The 检查 tab's state and actions: the document host's review session (./reviewSession.ts), which outlives this
 * component, so a check's results survive the tab being hidden or unmounted. Its scope is the pane's FluentProvider
 * (its context value is made once per provider): the session lives as long as the pane, and a pane mounted anew (the
 * playground mounts one for each document it opens) starts with no results. The house style (本单位规范) comes from
 * React context; the session asks for it at every check.
 */
export function useCheck(word: DocumentHost): { session: ReviewSession; state: ReviewState } {
  const pane = useFluent();
  const session = reviewSessionFor(word, pane);
  const houseStyle = useHouseStyleStore();
  useEffect(() => {
    session.setOptionsSource(() => (houseStyle ? checkOptionsFrom(houseStyle) : undefined));
  }, [session, houseStyle]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
