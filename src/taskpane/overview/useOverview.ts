import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentHost } from "../../host/port";
import { describeError } from "../shared/errors";
import { overviewOf, type Overview } from "./overviewOf";
import { takeEarlyRead } from "./earlyRead";

export type { Overview } from "./overviewOf";

export type OverviewState =
  | { readonly status: "loading"; readonly previous?: Overview }
  | { readonly status: "ready"; readonly overview: Overview }
  | { readonly status: "failed"; readonly message: string; readonly previous?: Overview };

/**
 * Reads the document once (one round trip) and derives the counts and the outline in JS. The first read of a pane
 * is the one its boot started before React loaded (./earlyRead.ts), when there was one.
 */
export function useOverview(word: DocumentHost) {
  const [state, setState] = useState<OverviewState>({ status: "loading" });
  // Only the latest read may land: an older one finishing last would show a document that no longer exists.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((current) => ({ status: "loading", previous: lastOverview(current) }));
    try {
      const overview = await (takeEarlyRead(word) ?? word.readSnapshot().then(overviewOf));
      if (request !== latest.current) return;
      setState({ status: "ready", overview });
    } catch (error) {
      if (request !== latest.current) return;
      setState((current) => ({ status: "failed", message: describeError(error), previous: lastOverview(current) }));
    }
  }, [word]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { state, refresh };
}

export function lastOverview(state: OverviewState): Overview | undefined {
  return state.status === "ready" ? state.overview : state.previous;
}
