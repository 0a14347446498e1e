import { useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { DocumentHost } from "../../host/port";
import { UI } from "../strings";
import type { Notice } from "../shared/ErrorBar";
import { OverviewNotice } from "./OverviewNotice";
import { describeError } from "../shared/errors";
import { lastOverview, useOverview } from "./useOverview";
import { OutlineList } from "./OutlineList";
import { formatCount } from "../shared/formatCount";
import type { OutlineEntry } from "../../core/stats/outline";
import { prefetchCheckWhenIdle } from "../lazyViews";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  figures: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  figure: {
    display: "grid",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** 概览: 字数, 段落数 and the heading outline, each heading one click from the document. */
export function OverviewTab({ word }: { word: DocumentHost }) {
  const styles = useStyles();
  // Mounted only while shown (App.tsx): coming back to 概览 after inserting or fixing in another tab reads the
  // document again (one round trip) as useOverview reads on mount.
  const { state, refresh } = useOverview(word);
  const [notice, setNotice] = useState<Notice>();
  const overview = lastOverview(state);
  // The pane is ready once the figures show: only then may the check's code be fetched, not while starting up.
  const shown = overview !== undefined;
  useEffect(() => (shown ? prefetchCheckWhenIdle() : undefined), [shown]);

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
      {/* Plain text, not Fluent's Spinner: this tab is in the pane's first download, kept small (issue 11). */}
      {state.status === "loading" && !overview ? <Text role="status">{UI.overview.loading}</Text> : null}
      {overview ? (
        <>
          <div className={styles.figures}>
            <Figure className={styles.figure} label={UI.overview.words} value={overview.stats.words} testId="stat-words" />
            <Figure className={styles.figure} label={UI.overview.paragraphs} value={overview.stats.paragraphs} testId="stat-paragraphs" />
            <Figure className={styles.figure} label={UI.overview.headings} value={overview.outline.length} testId="stat-headings" />
          </div>
          {overview.stats.paragraphs === 0 ? <Text>{UI.overview.emptyDocument}</Text> : null}
          <OutlineList outline={overview.outline} onSelect={selectHeading} />
        </>
      ) : null}
    </section>
  );
}

function Figure({ className, label, value, testId }: { className: string; label: string; value: number; testId: string }) {
  return (
    <div className={className}>
      <Text size={200}>{label}</Text>
      <Text size={500} weight="semibold" data-testid={testId}>
        {formatCount(value)}
      </Text>
    </div>
  );
}
