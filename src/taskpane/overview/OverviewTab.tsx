import { Suspense, useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { DocumentHost } from "../../host/port";
import type { DocSnapshot } from "../../core/model";
import { UI } from "../strings";
import type { Notice } from "../shared/ErrorBar";
import { OverviewNotice } from "./OverviewNotice";
import { describeError } from "../shared/errors";
import { lastOverview, useOverview } from "./useOverview";
import type { OutlineEntry } from "../../core/stats/outline";
import { onDemandComponent } from "../shared/onDemandComponent";
import { OverviewFigures } from "./OverviewFigures";
import { LOADING_SLOT_ATTRIBUTE, loadingSlotHtml } from "./loadingSlot";

/**
 * The outline comes in a chunk of its own (with the list-in-turns code it shares with the check's findings), fetched
 * as soon as this tab's code runs: the pane's first screen (the shell, the figures) does not wait for it, and the
 * initial download stays within issue 11's 150 KB.
 */
const OutlineList = onDemandComponent(() => import(/* webpackChunkName: "outline" */ "./OutlineList").then((m) => m.OutlineList));
if (typeof window !== "undefined") OutlineList.preload();

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

/**
 * 概览: 字数, 段落数 and the heading outline, each heading one click from the document. `onShown` is told of each read
 * once its figures are on the page (App: the check's preparation, ../lazyViews.tsx prepareCheckWhenIdle, which
 * outlives this tab).
 */
export function OverviewTab({ word, onShown }: { word: DocumentHost; onShown?: (snapshot: DocSnapshot) => void }) {
  const styles = useStyles();
  // Mounted only while shown (App.tsx): coming back to 概览 after inserting or fixing in another tab reads the
  // document again (one round trip) as useOverview reads on mount.
  const { state, refresh } = useOverview(word);
  const [notice, setNotice] = useState<Notice>();
  const overview = lastOverview(state);
  // The pane is ready once the figures show: only then may the check be prepared, not while starting up.
  const shownSnapshot = overview?.snapshot;
  useEffect(() => {
    if (shownSnapshot && onShown) onShown(shownSnapshot);
  }, [shownSnapshot, onShown]);

  const selectHeading = async (entry: OutlineEntry) => {
    setNotice(undefined);
    try {
      const status = await word.selectParagraph(entry.paragraphIndex, entry.paragraphText);
      if (status !== "ok") {
        setNotice({ intent: "warning", text: status === "changed" ? UI.changedSinceRead : UI.missingInDocument });
        void refresh();
      }
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error) });
    }
  };

  return (
    <section className={styles.root} aria-label={UI.tabs.overview}>
      <div className={styles.header}>
        <Text weight="semibold">{UI.tabs.overview}</Text>
        <Button icon={<ArrowClockwiseRegular />} onClick={() => void refresh()} disabled={state.status === "loading"}>
          {UI.overview.refresh}
        </Button>
      </div>
      {state.status === "failed" ? <OverviewNotice notice={{ intent: "error", text: state.message }} /> : null}
      <OverviewNotice notice={notice} />
      {/*
        The first read's place: its status, as plain HTML (not Fluent's Spinner: this tab is in the pane's first
        download). React never looks inside it (dangerouslySetInnerHTML), so the pane's boot may draw the figures of
        the read it started into it before React has loaded (../shell/boot.ts); the ready state then replaces it with
        the same OverviewFigures drawn by React.
      */}
      {state.status === "loading" && !overview ? (
        // Its inside may differ from what React renders (the boot's figures), by design: no hydration warning for it.
        <div {...{ [LOADING_SLOT_ATTRIBUTE]: "" }} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: loadingSlotHtml() }} />
      ) : null}
      {overview ? (
        <>
          <OverviewFigures words={overview.stats.words} paragraphs={overview.stats.paragraphs} headings={overview.outline.length} />
          {overview.stats.paragraphs === 0 ? <Text>{UI.overview.emptyDocument}</Text> : null}
          <Suspense fallback={null}>
            <OutlineList outline={overview.outline} onSelect={selectHeading} />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}
