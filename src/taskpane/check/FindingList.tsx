/**
 * The 检查 tab's finding list: its categories' sections and the ignored findings, drawn apart from the rest of the
 * tab. While a check runs, the tab around it is drawn again (its progress line, its busy state, its notices); the list
 * is not: it takes only what it shows (the result, the filter, the notice placed in it, whether the pane is busy) and
 * stable functions, so the tab's updates cost nothing here. Drawing the list again with the tab, with its
 * ~1,000 cards compared and their buttons rescanned, held the page for half a second around every 重新检查 at 4×
 * CPU slowdown (issue 11, item 8).
 *
 * Busy is said once, on the list's container (./listBusy.ts), never on each of its buttons.
 */
import { forwardRef, memo, useEffect, useMemo, useState, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { CategorySection, sectionUnits, useSectionStyles } from "./CategorySection";
import { IgnoredSection, useIgnoredStyles } from "./IgnoredSection";
import { useCardStyles, type FindingActions } from "./FindingCard";
import { useGroupCardStyles } from "./GroupCard";
import { nextTurn } from "../../host/turns";
import type { Location } from "./locations";
import { CATEGORY_ORDER, categoryLabel } from "./categories";
import { LIST_LABEL, useListBusyStyles } from "./listBusy";
import { shareOut, useRevealed } from "../shared/reveal";
import type { CheckResult } from "./session";
import { groupFindings } from "./groups";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalM },
});

export interface ListActions extends FindingActions {
  onFixAll(findings: readonly Finding[], at: string): void;
  onWalkGroup(groupKey: string, direction: "previous" | "next"): void;
  onIgnoreAllLike(finding: Finding, at: string): void;
  onRestoreAll(): void;
}

export interface FindingListProps {
  readonly result: CheckResult;
  readonly filter: Category | undefined;
  /** True while a check or an action runs: the list's buttons are marked busy and do nothing. */
  readonly busy: boolean;
  /** The notice, when it is placed in the list (a section, a group, a card, the ignored findings). */
  readonly notice: { readonly at: string; readonly node: ReactNode } | undefined;
  /** Each of these is the same function for as long as the result is (the memo below relies on it). */
  keyOf(finding: Finding): string;
  locationOf(finding: Finding): Location | undefined;
  readonly actions: ListActions;
}

export const FindingList = memo(
  forwardRef<HTMLHeadingElement, FindingListProps>(function FindingList({ busy, ...content }, ignoredHeading) {
    const styles = useStyles();
    const busyStyles = useListBusyStyles();
    return (
      // One group for assistive technology, disabled as a whole while busy: aria-disabled on a group applies to the
      // focusable elements inside it (WAI-ARIA 1.2), so each button reads as unavailable yet stays in the Tab order.
      // Its content is not drawn again when only `busy` changes; a veil over it shows it (./listBusy.ts).
      <div role="group" aria-label={LIST_LABEL} aria-disabled={busy} className={`${styles.list} ${busyStyles.list}`}>
        <ListContent {...content} ref={ignoredHeading} />
      </div>
    );
  }),
);

const ListContent = memo(
  forwardRef<HTMLHeadingElement, Omit<FindingListProps, "busy">>(function ListContent({ result, filter, notice, keyOf, locationOf, actions: { onRestoreAll, ...actions } }, ignoredHeading) {
    const sections = useMemo(
      () =>
        CATEGORY_ORDER.filter((category) => !filter || category === filter)
          .map((category) => {
            const findings = result.open.filter((finding) => finding.category === category);
            return { category, findings, groups: groupFindings(findings) };
          })
          .filter((section) => section.findings.length > 0),
      [result, filter],
    );
    // A long list is drawn a screenful first, the rest in later turns (../shared/reveal.ts); the ignored findings come last.
    const units = useMemo(() => [...sections.map((section) => sectionUnits(section.groups)), result.ignored.map(() => 1)], [sections, result]);
    const revealed = useRevealed(units.reduce((n, costs) => costs.reduce((m, c) => m + c, n), 0));
    const limits = shareOut(revealed, units);
    return (
      <>
        {sections.map(({ category, findings, groups }, index) => (
          <CategorySection
            key={category}
            category={category}
            label={categoryLabel(category)}
            findings={findings}
            groups={groups}
            keyOf={keyOf}
            locationOf={locationOf}
            notice={notice}
            limit={limits[index]}
            {...actions}
          />
        ))}
        <IgnoredSection
          ref={ignoredHeading}
          findings={result.ignored}
          keyOf={keyOf}
          locationOf={locationOf}
          onRestoreAll={onRestoreAll}
          notice={notice}
          limit={limits[sections.length]}
          onSelect={actions.onSelect}
          onIgnore={actions.onIgnore}
        />
      </>
    );
  }),
);

/**
 * Works out the list's styles ahead of its first drawing, while a check runs (the 检查 tab shows this with its
 * progress): Griffel resolves a component's styles and inserts its CSS the first time its hook is called, which
 * took some 90 ms of the task that drew the first result at 4× CPU slowdown (issue 11). Done a turn after it is
 * shown, in a task of its own; afterwards each hook finds its styles ready. Draws nothing.
 */
export function ListStylesAhead() {
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
  return now ? <ResolveListStyles /> : null;
}

function ResolveListStyles() {
  useStyles();
  useListBusyStyles();
  useSectionStyles();
  useCardStyles();
  useGroupCardStyles();
  useIgnoredStyles();
  return null;
}
