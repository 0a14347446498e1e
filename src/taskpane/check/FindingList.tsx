/**
 * The 检查 tab's finding list: its categories' sections and the ignored findings, drawn apart from the rest of the
 * tab. While a check runs, the tab is drawn again at every step of the analysis (its progress line changes every
 * 25 ms); the list is not: it takes only what it shows (the result, the filter, the notice placed in it, whether the
 * pane is busy) and stable functions, so a step costs nothing here. Drawing the list again at each step, with its
 * ~1,000 cards compared and their buttons rescanned, held the page for half a second around every 重新检查 at 4×
 * CPU slowdown (issue 11, item 8).
 *
 * Busy is said once, on the list's container (./listBusy.ts), never on each of its buttons.
 */
import { forwardRef, memo, useMemo, useRef, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { CategorySection, sectionUnits } from "./CategorySection";
import { IgnoredSection } from "./IgnoredSection";
import type { FindingActions } from "./FindingCard";
import type { Location } from "./locations";
import { CATEGORY_ORDER, categoryLabel } from "./categories";
import { LIST_LABEL, useListBusy, useListBusyStyles } from "./listBusy";
import { shareOut, useRevealed } from "../shared/reveal";
import type { CheckResult } from "./session";

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
  forwardRef<HTMLHeadingElement, FindingListProps>(function FindingList({ result, filter, busy, notice, keyOf, locationOf, actions: { onRestoreAll, ...actions } }, ignoredHeading) {
    const styles = useStyles();
    const busyStyles = useListBusyStyles();
    const list = useRef<HTMLDivElement>(null);
    useListBusy(list, busy);
    const sections = useMemo(
      () =>
        CATEGORY_ORDER.filter((category) => !filter || category === filter)
          .map((category) => ({ category, findings: result.open.filter((finding) => finding.category === category) }))
          .filter((section) => section.findings.length > 0),
      [result, filter],
    );
    // A long list is drawn a screenful first, the rest in later turns (../shared/reveal.ts); the ignored findings come last.
    const units = useMemo(() => [...sections.map((section) => sectionUnits(section.findings)), result.ignored.map(() => 1)], [sections, result]);
    const revealed = useRevealed(units.reduce((n, costs) => costs.reduce((m, c) => m + c, n), 0));
    const limits = shareOut(revealed, units);
    return (
      // One group for assistive technology, disabled as a whole while busy: aria-disabled on a group applies to the
      // focusable elements inside it (WAI-ARIA 1.2), so each button reads as unavailable yet stays in the Tab order.
      <div role="group" aria-label={LIST_LABEL} aria-disabled={busy} className={`${styles.list} ${busyStyles.list}`} ref={list}>
        {sections.map(({ category, findings }, index) => (
          <CategorySection
            key={category}
            category={category}
            label={categoryLabel(category)}
            findings={findings}
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
      </div>
    );
  }),
);
