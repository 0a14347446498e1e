import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowNextRegular, ArrowPreviousRegular, CommentAddRegular, TaskListLtrRegular, WrenchRegular } from "@fluentui/react-icons";
import type { Category, Finding } from "../../core/finding";
import type { DocSnapshot } from "../../core/model";
import { previewFixes, type FixPreview } from "../../core/fixPreview";
import type { DocumentHost } from "../../host/port";
import { ConfirmDialog } from "../library/ConfirmDialog";
import type { ConfirmRequest } from "../library/ConfirmDialog";
import { UI } from "../strings";
import { Announcer } from "../shared/Announcer";
import { NoticeHere } from "./NoticeHere";
import { FixAllDialog } from "./FixAllDialog";
import { LayoutFixDialog } from "./LayoutFixDialog";
import { TypesetButton } from "../typeset/TypesetButton";
import { ToolbarStatus } from "./ToolbarStatus";
import { VerdictBanner } from "./VerdictBanner";
import { FindingList } from "./FindingList";
import { CheckStylesAhead } from "./StylesAhead";
import { isFixable } from "./fixes";
import { AT, noticePlace } from "./places";
import { headingLocator, sameHeadingsInput, type Location } from "./locations";
import { focusAfterAction, placeOf, type Place } from "./nextFocus";
import { isBlocking, type WalkScope } from "./reviewSession";
import { REVIEW } from "./reviewStrings";
import { keyOf, type CheckResult } from "./session";
import { useCheck } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, position: "relative" },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // 上一处 and 下一处 as one control that wraps as a whole: at 340 px they were split over two lines (found in the walk).
  walk: { display: "inline-flex", flexWrap: "nowrap" },
  walkPrevious: { minWidth: "auto", borderTopRightRadius: 0, borderBottomRightRadius: 0 },
  walkNext: { minWidth: "auto", borderTopLeftRadius: 0, borderBottomLeftRadius: 0, marginInlineStart: "-1px" },
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Each result's findings by occurrence key: a card not drawn again since a re-check holds the earlier object. */
const byKeyOf = new WeakMap<CheckResult, ReadonlyMap<string, Finding>>();
function findingsByKey(result: CheckResult): ReadonlyMap<string, Finding> {
  let map = byKeyOf.get(result);
  if (!map) {
    map = new Map([...result.keys].map(([finding, key]) => [key, finding] as const));
    byKeyOf.set(result, map);
  }
  return map;
}

/** 检查: one button, a true verdict, findings by category and group, a walk from the cursor, every control on Tab. */
export function CheckTab({ word }: { word: DocumentHost }) {
  const styles = useStyles();
  const { session, state } = useCheck(word);
  const { result, progress, notice, busy, filter } = state;
  const root = useRef<HTMLElement>(null);
  const ignoredHeading = useRef<HTMLHeadingElement>(null);
  const commentsButton = useRef<HTMLButtonElement>(null);
  const fixAllButton = useRef<HTMLButtonElement>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest>();
  const [preview, setPreview] = useState<{ readonly text: FixPreview; readonly layout: readonly Finding[] }>();
  // The 格式 category's 全部修正 shows what it changes first (the text categories' apply at once, as before).
  const [layoutFixes, setLayoutFixes] = useState<{ readonly findings: readonly Finding[]; readonly at: string; readonly from: HTMLElement | undefined }>();
  // Each card's place (./locations.ts), worked out when it is drawn. One function per reading: a card drawn again
  // with the same one need not compare its findings' places (./GroupCard.tsx). A re-check of a document whose
  // headings did not change (the common case), or the 格式 part joining, keeps the reading and what it found.
  const snapshot = result?.snapshot;
  const located = useRef<{ readonly snapshot: DocSnapshot; readonly locate: (paragraphIndex: number) => Location | undefined }>(undefined);
  const locate = useMemo(() => {
    if (!snapshot) return undefined;
    const before = located.current;
    if (before && (before.snapshot === snapshot || sameHeadingsInput(before.snapshot, snapshot))) return before.locate;
    const fresh = headingLocator(snapshot);
    located.current = { snapshot, locate: fresh };
    return fresh;
  }, [snapshot]);
  const locationOf = useMemo(() => (finding: Finding) => locate?.(finding.paragraphIndex), [locate]);
  const keyOfFinding = useCallback((finding: Finding) => (result ? keyOf(result, finding) : ""), [result]);
  const idle = !busy && !progress;

  /**
   * Runs an action taken from a control in the list. When that control is gone afterwards (its finding fixed,
   * ignored), focus goes on to the next control that makes sense there (./nextFocus.ts): focus never drops to the
   * page and never lands on another group's action. The move waits for React to have drawn the session's latest
   * state (see the layout effect below). The notice finds its own place (`placed` below).
   */
  const pendingPlace = useRef<Place>(undefined);
  const drawn = useRef(state);
  const restorePlace = () => {
    const place = pendingPlace.current;
    const here = root.current;
    if (!place || !here || drawn.current !== session.getState()) return;
    pendingPlace.current = undefined;
    focusAfterAction(here, place);
  };
  useLayoutEffect(() => {
    drawn.current = state;
    restorePlace();
  });
  const keepPlace = (action: () => Promise<void>) => {
    const place = placeOf(root.current, document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
    const putBack = () => {
      pendingPlace.current = place;
      restorePlace();
    };
    // Once when the action's re-check shows its text findings, and again when its 格式 part has joined: that redraws
    // the list (a section going or coming), and focus on a control it replaced fell to the page (layout.spec's 格式
    // 全部修正 by keyboard). The second time moves focus only if it was lost (focusAfterAction).
    void action().then(() => {
      putBack();
      void session.settled().then(putBack);
    });
  };

  const walkScope: WalkScope = filter ? { kind: "category", category: filter } : { kind: "all" };
  /** The finding as in the latest result (a card not drawn again since a re-check holds the earlier object). */
  const current = (finding: Finding) => (result ? (findingsByKey(result).get(keyOf(result, finding)) ?? finding) : finding);
  /** The list's buttons are marked busy on its container (./listBusy.ts) and do nothing then. */
  const idleNow = () => !session.getState().busy && !session.getState().progress;
  const handlers = {
    onSelect: (was: Finding) => {
      const finding = current(was);
      if (idleNow()) keepPlace(() => session.select(finding, keyOfFinding(finding)));
    },
    onFix: (was: Finding) => {
      const finding = current(was);
      if (idleNow()) keepPlace(() => session.fix([finding], keyOfFinding(finding)));
    },
    onIgnore: (was: Finding, ignored: boolean) => {
      const finding = current(was);
      if (idleNow()) keepPlace(() => session.setIgnored(finding, ignored, ignored ? keyOfFinding(finding) : "ignored"));
    },
    onFixAll: (was: readonly Finding[], at: string) => {
      if (!idleNow()) return;
      const fixable = was.map(current);
      if (fixable[0]?.category === "layout")
        setLayoutFixes({ findings: fixable, at, from: document.activeElement instanceof HTMLElement ? document.activeElement : undefined });
      else keepPlace(() => session.fix(fixable, at));
    },
    onWalkGroup: (key: string, direction: "previous" | "next") => {
      if (idleNow()) keepPlace(() => session.walk(direction, { kind: "group", key }, AT.group(key)));
    },
    onIgnoreAllLike: (was: Finding, at: string) => {
      if (idleNow()) keepPlace(() => session.setIgnored(current(was), true, at, true));
    },
    onRestoreAll: () => {
      if (idleNow()) keepPlace(() => session.restoreAllIgnored("verdict"));
    },
    onDeleteComments: () => keepPlace(() => session.deleteAssistantComments("verdict")),
  };
  // The cards are memoised (./cardMemo.ts): they get actions that stay the same object and call this render's.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const actions = useMemo(
    () => ({
      onSelect: (finding: Finding) => latest.current.onSelect(finding),
      onFix: (finding: Finding) => latest.current.onFix(finding),
      onIgnore: (finding: Finding, ignored: boolean) => latest.current.onIgnore(finding, ignored),
      onFixAll: (findings: readonly Finding[], at: string) => latest.current.onFixAll(findings, at),
      onWalkGroup: (key: string, direction: "previous" | "next") => latest.current.onWalkGroup(key, direction),
      onIgnoreAllLike: (finding: Finding, at: string) => latest.current.onIgnoreAllLike(finding, at),
      onRestoreAll: () => latest.current.onRestoreAll(),
    }),
    [],
  );

  // The verdict's actions, the same functions at every render: the verdict is not drawn again at each step of a check.
  const verdictActions = useMemo(
    () => ({
      onCancelLayout: () => session.cancel(),
      onFilter: (category: Category | undefined) => session.setFilter(category),
      onReviewIgnored: () => {
        ignoredHeading.current?.scrollIntoView({ block: "start" });
        ignoredHeading.current?.focus();
      },
      onDeleteComments: () => latest.current.onDeleteComments(),
    }),
    [session],
  );

  const askToAddComments = () => {
    const commentable = session.commentable();
    const elsewhere = session.uncommentable();
    if (commentable.length === 0) {
      session.setNotice({ intent: "info", text: [UI.check.allCommented, elsewhere > 0 ? UI.check.notCommentedInParts(elsewhere) : ""].join(""), at: "toolbar" });
      return;
    }
    setConfirm({
      title: UI.check.addCommentsConfirmTitle,
      text: UI.check.addCommentsConfirmText(commentable.length) + (elsewhere > 0 ? UI.check.notCommentedInParts(elsewhere) : ""),
      confirm: UI.check.addCommentsConfirm,
      onConfirm: () => void session.addComments("toolbar"),
    });
  };

  const askToFixEverything = () => {
    if (!result) return;
    const fixable = result.open.filter((f) => isFixable(f) && isBlocking(f));
    const next = previewFixes(result.snapshot, fixable);
    const layout = fixable.filter((f) => f.layoutFix);
    if (next.changes.length === 0 && layout.length === 0) {
      session.setNotice({ intent: "info", text: REVIEW.fixEverythingNothing, at: "toolbar" });
      return;
    }
    setPreview({ text: next, layout });
  };

  // Made again only when the notice, the result or the filter change: the list (./FindingList.tsx) is drawn again then only.
  const placed = useMemo(
    () => (notice ? { at: noticePlace(notice, result, filter), node: <NoticeHere notice={notice} /> } : undefined),
    [notice, result, filter],
  );
  // The list is given a notice only when it is placed in it: a notice at the toolbar or the verdict coming or going
  // (each 重新检查 takes the last one away) does not draw the list's ~1,000 cards again.
  const placedInList = placed && placed.at !== "toolbar" && placed.at !== "verdict" ? placed : undefined;

  return (
    // aria-busy: while a check or an action runs (its buttons stay focusable, marked aria-disabled).
    <section className={styles.root} aria-label={UI.tabs.check} aria-busy={!idle} ref={root}>
      <Announcer notice={notice} />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<TaskListLtrRegular />} disabledFocusable={!idle} data-action="check" onClick={() => void session.check()}>
          {result ? UI.check.rerun : UI.check.run}
        </Button>
        {result ? (
          <>
            <span className={styles.walk} role="group" aria-label={REVIEW.walkGroup} data-testid="walk-buttons">
              <Button
                className={styles.walkPrevious}
                icon={<ArrowPreviousRegular />}
                disabledFocusable={!idle}
                data-action="previous"
                onClick={() => keepPlace(() => session.walk("previous", walkScope, "toolbar"))}
              >
                {REVIEW.previous}
              </Button>
              <Button
                className={styles.walkNext}
                icon={<ArrowNextRegular />}
                iconPosition="after"
                disabledFocusable={!idle}
                data-action="next"
                onClick={() => keepPlace(() => session.walk("next", walkScope, "toolbar"))}
              >
                {REVIEW.next}
              </Button>
            </span>
            {/* Always there, so that focus stays on it after the fixes it made are gone from the list. */}
            <Button icon={<WrenchRegular />} ref={fixAllButton} disabledFocusable={!idle} data-action="fix-everything" onClick={askToFixEverything}>
              {REVIEW.fixEverything}
            </Button>
            <Button
              icon={<CommentAddRegular />}
              ref={commentsButton}
              disabled={!word.capabilities.comments}
              disabledFocusable={word.capabilities.comments && !idle}
              data-action="add-comments"
              onClick={askToAddComments}
            >
              {UI.check.addComments}
            </Button>
          </>
        ) : null}
        {/* Last, so the review loop's buttons stay together; there before the first check too. */}
        <TypesetButton word={word} session={session} disabled={!idle} />
      </div>
      {/* A check's progress and the toolbar's notices, in a line kept for them: the verdict and the list stay put. */}
      <ToolbarStatus notice={placed?.at === "toolbar" ? notice : undefined}>
        {progress ? (
          <div className={styles.progress}>
            <Spinner size="tiny" />
            <Text>{progress.phase === "reading" ? UI.check.readingDocument : UI.check.analysing(progress.paragraphs ?? 0)}</Text>
            <Button size="small" onClick={() => session.cancel()}>
              {UI.check.cancel}
            </Button>
          </div>
        ) : null}
      </ToolbarStatus>
      {result && !word.capabilities.comments ? (
        <Text size={200} data-testid="comments-unavailable">
          {word.capabilities.commentsUnavailableReason ?? UI.check.commentsUnavailable}
        </Text>
      ) : null}
      {/* Before the first check and while one runs: what it will draw, styled ahead (./StylesAhead.tsx). */}
      {!result || progress ? <CheckStylesAhead /> : null}
      {!result && !progress ? <Text>{UI.check.intro}</Text> : null}
      {result ? (
        <>
          <VerdictBanner
            open={result.open}
            ignored={result.ignored.length}
            assistantComments={state.comments?.length}
            unchecked={result.snapshot.unchecked}
            unreadable={result.snapshot.layout?.unreadable}
            layoutCheck={result.layoutCheck}
            onCancelLayout={verdictActions.onCancelLayout}
            switchedOff={state.switchedOff}
            filter={filter}
            disabled={!idle}
            onFilter={verdictActions.onFilter}
            onReviewIgnored={verdictActions.onReviewIgnored}
            onDeleteComments={verdictActions.onDeleteComments}
            notice={placed?.at === "verdict" ? placed.node : undefined}
          />
          <FindingList
            ref={ignoredHeading}
            result={result}
            filter={filter}
            busy={!idle}
            notice={placedInList}
            keyOf={keyOfFinding}
            locationOf={locationOf}
            actions={actions}
          />
        </>
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => {
          setConfirm(undefined);
          // The dialog hands focus back to the button that opened it, never to the page.
          requestAnimationFrame(() => commentsButton.current?.focus());
        }}
      />
      <LayoutFixDialog
        findings={layoutFixes?.findings}
        onConfirm={() => {
          const request = layoutFixes;
          if (request) requestAnimationFrame(() => keepPlace(() => session.fix(request.findings, request.at)));
        }}
        onClose={() => {
          const from = layoutFixes?.from;
          setLayoutFixes(undefined);
          requestAnimationFrame(() => from?.focus());
        }}
      />
      <FixAllDialog
        preview={preview?.text}
        layout={preview?.layout}
        onConfirm={() => {
          const planned = [...(preview?.layout ?? []), ...(preview?.text.plan.planned.map((p) => p.finding) ?? [])];
          // After onClose's frame has given focus back to 全部修正…, which keeps it when the fix is done, even where
          // the document takes focus as its text changes (the playground's does, a round trip after the click).
          requestAnimationFrame(() => keepPlace(() => session.fix(planned, "toolbar")));
        }}
        onClose={() => {
          setPreview(undefined);
          requestAnimationFrame(() => fixAllButton.current?.focus());
        }}
      />
    </section>
  );
}
