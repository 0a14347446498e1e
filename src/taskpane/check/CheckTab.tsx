import { useMemo, useRef, useState } from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowNextRegular, CommentAddRegular, TaskListLtrRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/finding";
import type { DocumentHost } from "../../host/port";
import { ConfirmDialog } from "../library/ConfirmDialog";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { NoticeBar } from "../shared/ErrorBar";
import { UI } from "../strings";
import { CategorySection } from "./CategorySection";
import { IgnoredSection } from "./IgnoredSection";
import { VerdictBanner } from "./VerdictBanner";
import { CATEGORY_ORDER, categoryLabel } from "./categories";
import { headingLocations } from "./locations";
import { useCheck } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** 检查: one button, a verdict, findings by category, every one a click away in the document. */
export function CheckTab({ word }: { word: DocumentHost }) {
  const styles = useStyles();
  const state = useCheck(word);
  const { result, progress, notice, busy } = state;
  const nextPlaceholder = useRef(0);
  const [confirm, setConfirm] = useState<ConfirmRequest>();
  const locations = useMemo(() => (result ? headingLocations(result.snapshot) : []), [result]);
  const locationOf = (finding: Finding) => locations[finding.paragraphIndex];
  const idle = !busy && !progress;

  const placeholders = result?.open.filter((finding) => finding.category === "placeholder") ?? [];
  const jumpToNextPlaceholder = () => {
    if (placeholders.length === 0) {
      state.setNotice({ intent: "success", text: UI.check.placeholdersDone });
      return;
    }
    const finding = placeholders[nextPlaceholder.current % placeholders.length];
    nextPlaceholder.current += 1;
    void state.select(finding);
  };
  const askToAddComments = () => {
    if (state.commentable.length === 0) {
      state.setNotice({ intent: "info", text: UI.check.allCommented });
      return;
    }
    setConfirm({
      title: UI.check.addCommentsConfirmTitle,
      text: UI.check.addCommentsConfirmText(state.commentable.length),
      confirm: UI.check.addCommentsConfirm,
      onConfirm: () => void state.addComments(),
    });
  };
  const cardActions = {
    disabled: !idle,
    onSelect: (finding: Finding) => void state.select(finding),
    onFix: (finding: Finding) => void state.fix([finding]),
    onIgnore: (finding: Finding, ignored: boolean) => void state.setIgnored(finding, ignored),
  };

  return (
    <section className={styles.root} aria-label={UI.tabs.check}>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<TaskListLtrRegular />}
          disabled={!idle}
          onClick={() => {
            nextPlaceholder.current = 0;
            void state.check();
          }}
        >
          {result ? UI.check.rerun : UI.check.run}
        </Button>
        {result ? (
          <>
            <Button icon={<ArrowNextRegular />} disabled={!idle} onClick={jumpToNextPlaceholder}>
              {UI.check.nextPlaceholder}
            </Button>
            <Button icon={<CommentAddRegular />} disabled={!idle || !word.capabilities.comments} onClick={askToAddComments}>
              {UI.check.addComments}
            </Button>
          </>
        ) : null}
      </div>
      {result && !word.capabilities.comments ? (
        <Text size={200} data-testid="comments-unavailable">
          {word.capabilities.commentsUnavailableReason ?? UI.check.commentsUnavailable}
        </Text>
      ) : null}
      {progress ? (
        <div className={styles.progress} role="status">
          <Spinner size="tiny" />
          <Text>{progress.phase === "reading" ? UI.check.readingDocument : UI.check.analysing(progress.paragraphs ?? 0)}</Text>
          <Button size="small" onClick={state.cancel}>
            {UI.check.cancel}
          </Button>
        </div>
      ) : null}
      <NoticeBar notice={notice} />
      {!result && !progress ? <Text>{UI.check.intro}</Text> : null}
      {result ? (
        <>
          <VerdictBanner open={result.open} unchecked={result.snapshot.unchecked} />
          {CATEGORY_ORDER.map((category) => {
            const findings = result.open.filter((finding) => finding.category === category);
            return findings.length === 0 ? null : (
              <CategorySection
                key={category}
                category={category}
                label={categoryLabel(category)}
                findings={findings}
                locationOf={locationOf}
                onFixAll={(fixable) => void state.fix(fixable)}
                {...cardActions}
              />
            );
          })}
          <IgnoredSection
            findings={result.ignored}
            locationOf={locationOf}
            onRestoreAll={() => void state.restoreAllIgnored()}
            disabled={!idle}
            onSelect={cardActions.onSelect}
            onIgnore={cardActions.onIgnore}
          />
        </>
      ) : null}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(undefined)} />
    </section>
  );
}
