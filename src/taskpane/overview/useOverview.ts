import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentHost } from "../../host/port";
import { isBodyParagraph, type DocSnapshot } from "../../core/model";
import { documentStats } from "../../core/stats/wordCount";
import type { DocumentStats } from "../../core/stats/wordCount";
import { outlineOf } from "../../core/stats/outline";
import type { OutlineEntry } from "../../core/stats/outline";
import { describeError } from "../shared/errors";

export interface Overview {
  readonly snapshot: DocSnapshot;
  readonly stats: DocumentStats;
  readonly outline: readonly OutlineEntry[];
}

export type OverviewState =
  | { readonly status: "loading"; readonly previous?: Overview }
  | { readonly status: "ready"; readonly overview: Overview }
  | { readonly status: "failed"; readonly message: string; readonly previous?: Overview };

/** Reads the document once (one round trip) and derives the counts and the outline in JS. */
export function useOverview(word: DocumentHost) {
  const [state, setState] = useState<OverviewState>({ status: "loading" });
  // Only the latest read may land: an older one finishing last would show a document that no longer exists.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((current) => ({ status: "loading", previous: lastOverview(current) }));
    try {
      const snapshot = await word.readSnapshot();
      if (request !== latest.current) return;
      // The counts and the outline are the main text's, as before headers and notes were read: Word's 字数统计 leaves
      // headers and footers out (its notes and text boxes option is not followed: text boxes cannot be read).
      const body: DocSnapshot = { paragraphs: snapshot.paragraphs.filter(isBodyParagraph) };
      setState({ status: "ready", overview: { snapshot, stats: documentStats(body), outline: outlineOf(body) } });
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
