import { useRef } from "react";
import { Button, Spinner, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowNextRegular, CommentAddRegular, TaskListLtrRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/finding";
import type { WordGateway } from "../../word/gateway";
import { NoticeBar } from "../shared/ErrorBar";
import { UI } from "../strings";
import { CategorySection } from "./CategorySection";
import { VerdictBanner } from "./VerdictBanner";
import { CATEGORY_ORDER, categoryLabel } from "./categories";
import { useCheck } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** 检查: one button, a verdict, findings by category, every one a click away in the document. */
export function CheckTab({ word }: { word: WordGateway }) {
  const styles = useStyles();
  const state = useCheck(word);
  const { result, progress, notice, busy } = state;
  const nextPlaceholder = useRef(0);

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
  const cardActions = {
    disabled: busy || !!progress,
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
          disabled={!!progress || busy}
          onClick={() => {
            nextPlaceholder.current = 0;
            void state.check();
          }}
        >
          {result ? UI.check.rerun : UI.check.run}
        </Button>
        {result ? (
          <>
            <Button icon={<ArrowNextRegular />} disabled={busy || !!progress} onClick={jumpToNextPlaceholder}>
              {UI.check.nextPlaceholder}
            </Button>
            <CommentsButton word={word} disabled={busy || !!progress || result.open.length === 0} onClick={() => void state.addComments(result.open)} />
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
          <VerdictBanner open={result.open} />
          {CATEGORY_ORDER.map((category) => {
            const findings = result.open.filter((finding) => finding.category === category);
            return findings.length === 0 ? null : (
              <CategorySection
                key={category}
                category={category}
                label={categoryLabel(category)}
                findings={findings}
                onFixAll={(fixable) => void state.fix(fixable)}
                {...cardActions}
              />
            );
          })}
          {result.ignored.length > 0 ? (
            <>
              <CategorySection
                category="structure"
                label={UI.check.ignoredCount(result.ignored.length)}
                findings={result.ignored}
                ignored
                testId="ignored"
                onFixAll={() => undefined}
                {...cardActions}
              />
              <Button appearance="subtle" disabled={busy} onClick={() => void state.restoreAllIgnored()}>
                {UI.check.restoreIgnored}
              </Button>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function CommentsButton({ word, disabled, onClick }: { word: WordGateway; disabled: boolean; onClick(): void }) {
  const { comments, commentsUnavailableReason } = word.capabilities;
  const button = (
    <Button icon={<CommentAddRegular />} disabled={disabled || !comments} onClick={onClick}>
      {UI.check.addComments}
    </Button>
  );
  if (comments) return button;
  return (
    <Tooltip content={commentsUnavailableReason ?? UI.check.commentsUnavailable} relationship="description">
      <span>{button}</span>
    </Tooltip>
  );
}
