import { memo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { summarizeFindings } from "../../core/engine";
import { PART_NAMES } from "../../core/messages";
import type { DocPart } from "../../core/model";
import { UI } from "../strings";
import { REVIEW } from "./reviewStrings";
import type { LayoutProperty } from "../../core/layout/types";
import { LAYOUT, PROPERTY_NAMES, joinNames } from "./layoutStrings";
import { chipText, verdictChips, verdictHead } from "./verdict";
import type { LayoutCheck } from "./session";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
  pending: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", marginTop: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  // A chip's hints, apart from the count the title adds up (a selected chip's text is already light on dark).
  chipHints: { fontWeight: tokens.fontWeightRegular, opacity: 0.8 },
  // A limit of this Word rather than of the document: said once, quietly, at the end of the verdict (see below).
  detail: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface VerdictBannerProps {
  readonly open: readonly Finding[];
  /** How many findings the writer ignored: shown in the verdict, one click from review. */
  readonly ignored: number;
  /** The assistant's comments still in the document; undefined where the host cannot list comments. */
  readonly assistantComments: number | undefined;
  /** Parts of the document that could not be read: 可以提交 must not be read as covering them. */
  readonly unchecked?: readonly DocPart[];
  /** Checks the house style switched off (本单位规范): 可以提交 must not be read as covering them either. */
  readonly switchedOff?: readonly string[];
  /** Layout properties this host could not read (issue 13): the 格式 check did not cover them, and the verdict says so. */
  readonly unreadable?: readonly LayoutProperty[];
  /** The 格式 part of the check when it is not in: still running ("pending"), or stopped (CheckResult.layoutCheck). */
  readonly layoutCheck?: LayoutCheck;
  /** 取消 beside "正在检查格式……": stops the 格式 part, the text's findings stay. */
  onCancelLayout?(): void;
  /** The category the chips filter the list to. */
  readonly filter?: Category;
  readonly disabled: boolean;
  onFilter(category: Category | undefined): void;
  onReviewIgnored(): void;
  onDeleteComments(): void;
  /** A notice placed in the verdict (the outcome of 删除助手批注). */
  readonly notice?: ReactNode;
}

/**
 * The one-glance answer, and a true one: 可以提交 only when no error or warning is open and none of the assistant's
 * comments is left in the document; what was ignored is said (可以提交 · 已忽略 2 处) and one click away; a chip per
 * category filters the list; and what was not checked is named.
 */
/** One more sentence of the verdict, on a line of its own. */
function Line({ testId, children }: { testId?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.line} data-testid={testId}>
      {children}
    </span>
  );
}

/** Drawn again only when what it is given changes: not at each step of a check's analysis (the 检查 tab passes stable actions). */
export const VerdictBanner = memo(VerdictBannerView);

function VerdictBannerView(props: VerdictBannerProps) {
  const { open, ignored, assistantComments, unchecked = [], switchedOff = [], unreadable = [], layoutCheck, onCancelLayout, filter, disabled, onFilter, onReviewIgnored, onDeleteComments, notice } = props;
  const styles = useStyles();
  const summary = summarizeFindings(open);
  const hints = open.length - summary.blocking;
  const comments = assistantComments ?? 0;
  const { ready, title } = verdictHead(summary, comments, ignored, unreadable, layoutCheck);
  const chips = verdictChips(summary);
  // Parts this Word can never read (text boxes; notes before WordApi 1.5) are no sign that this document has any: a
  // warning at every check would teach the writer to skip the verdict. Parts that failed to read (a header) are.
  const failedParts = unchecked.includes("header") || unchecked.includes("footer");
  // Nothing open in the text while 格式 is unknown is neither a success nor a warning yet.
  const intent = ready ? "success" : layoutCheck && summary.ready && comments === 0 ? "info" : "warning";
  return (
    // data-layout-check: whether the check is complete ("done"), for the bench and the tests, as the writer sees it.
    <MessageBar intent={intent} layout="multiline" data-testid="verdict" data-layout-check={layoutCheck ?? "done"}>
      <MessageBarBody>
        <MessageBarTitle data-testid="verdict-title">{title}</MessageBarTitle>
        {ready ? UI.check.readyText : null}
        {chips.length > 0 ? (
          <div className={styles.counts} role="group" aria-label={REVIEW.filterGroup}>
            {chips.map((chip) => {
              const { category } = chip;
              const text = chipText(chip);
              return (
                <ToggleButton
                  key={category}
                  size="small"
                  shape="circular"
                  appearance={filter === category ? "primary" : "outline"}
                  checked={filter === category}
                  data-testid={`count-${category}`}
                  onClick={() => onFilter(filter === category ? undefined : category)}
                >
                  {text.main}
                  {text.hints ? (
                    <>
                      {" "}
                      <span className={styles.chipHints}>· {text.hints}</span>
                    </>
                  ) : null}
                </ToggleButton>
              );
            })}
            {filter ? (
              <Button size="small" shape="circular" appearance="subtle" onClick={() => onFilter(undefined)}>
                {REVIEW.showAll}
              </Button>
            ) : null}
          </div>
        ) : null}
        {layoutCheck === "pending" ? (
          <span className={styles.pending} data-testid="verdict-layout-pending">
            <Spinner size="extra-tiny" label={REVIEW.layoutPending} />
            {onCancelLayout ? (
              <Button size="small" appearance="subtle" data-action="cancel-layout" onClick={onCancelLayout}>
                {REVIEW.cancelLayout}
              </Button>
            ) : null}
          </span>
        ) : null}
        {layoutCheck === "stopped" ? <Line testId="verdict-layout-stopped">{REVIEW.layoutStopped}</Line> : null}
        {hints > 0 ? <Line>{UI.check.hintsOnly(hints)}</Line> : null}
        {comments > 0 ? <Line testId="verdict-comments">{REVIEW.assistantCommentsLeft(comments)}</Line> : null}
        {assistantComments === undefined ? <Line testId="verdict-comments-unknown">{REVIEW.commentsNotCounted}</Line> : null}
        {unchecked.length > 0 && failedParts ? <Line testId="verdict-unchecked">{UI.check.uncheckedParts(unchecked.map((part) => PART_NAMES[part]))}</Line> : null}
        {unreadable.length > 0 ? <Line testId="verdict-unreadable">{LAYOUT.unreadable(joinNames(unreadable.map((property) => PROPERTY_NAMES[property])))}</Line> : null}
        {switchedOff.map((line) => (
          <Line key={line} testId="verdict-switched-off">
            {line}
          </Line>
        ))}
        {ignored > 0 || comments > 0 ? (
          <div className={styles.actions}>
            {comments > 0 ? (
              <Button size="small" appearance="primary" disabledFocusable={disabled} data-card-key="verdict" data-action="delete-comments" onClick={onDeleteComments}>
                {REVIEW.deleteAssistantComments}
              </Button>
            ) : null}
            {ignored > 0 ? (
              <Button size="small" appearance="secondary" data-testid="review-ignored" onClick={onReviewIgnored}>
                {REVIEW.reviewIgnored(ignored)}
              </Button>
            ) : null}
          </div>
        ) : null}
        {notice}
        {unchecked.length > 0 && !failedParts ? (
          <span className={styles.detail} data-testid="verdict-unchecked">
            {UI.check.partsNeverRead(unchecked.map((part) => PART_NAMES[part]))}
          </span>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
