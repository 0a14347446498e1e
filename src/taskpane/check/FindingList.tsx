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
import { forwardRef, memo, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { CategorySection, sectionUnits } from "./CategorySection";
import { IgnoredSection } from "./IgnoredSection";
import type { FindingActions } from "./FindingCard";
import type { Location } from "./locations";
import { CATEGORY_ORDER, categoryLabel } from "./categories";
import { LIST_LABEL, useListBusyStyles } from "./listBusy";
import { shareOut, useRevealed } from "../shared/reveal";
import type { CheckResult } from "./session";
import { groupFindings, type FindingGroup } from "./groups";

/** Exported for ./StylesAhead.tsx. */
export const useListStyles = makeStyles({
  // A column of flex items, not a grid: when one section changed (a re-check's 格式 section leaving and coming back,
  // a card fixed), the grid laid out every section again and the browser then re-examined every box of the list for
  // paint (a traced re-check of 800 pages: 15,000 boxes, 997 as a flex column); flex keeps the unchanged sections'
  // layout. A grid would also stretch its rows to the height held below (useHeightHeld).
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * What the pane shows of the list under the verdict after a check, in units (../shared/reveal.ts): at 340 × 720 px
 * the verdict of an 800-page report ends some 410 px down, a plain card is about 170 px tall and a group's location
 * row about 60 px (measured in the bench's pane), so four units fill the screen. Twelve, as before, drew cards below
 * it in the task that shows the findings: 检查 after a pause on 800 pages at 4× took some 20 % more main-thread time
 * from click to findings (632 against 492 ms, traced, interleaved) and its longest task 170–180 ms against 100–170
 * (issue 11: no task over 100 ms). A taller pane gets the rest a frame later, in the first batch.
 */
const FIRST_SCREEN_UNITS = 4;

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
    const styles = useListStyles();
    const busyStyles = useListBusyStyles();
    const container = useRef<HTMLDivElement>(null);
    return (
      // One group for assistive technology, disabled as a whole while busy: aria-disabled on a group applies to the
      // focusable elements inside it (WAI-ARIA 1.2), so each button reads as unavailable yet stays in the Tab order.
      // Its content is not drawn again when only `busy` changes; a veil over it shows it (./listBusy.ts).
      <div role="group" aria-label={LIST_LABEL} aria-disabled={busy} className={`${styles.list} ${busyStyles.list}`} ref={container}>
        <ListContent {...content} container={container} paused={busy} ref={ignoredHeading} />
      </div>
    );
  }),
);

interface ListContentProps extends Omit<FindingListProps, "busy"> {
  readonly container: RefObject<HTMLDivElement | null>;
  /** No more of a long list is drawn while the tab is busy (its cards memoised, a change of this draws none again). */
  readonly paused: boolean;
}

const ListContent = memo(
  forwardRef<HTMLHeadingElement, ListContentProps>(function ListContent({ result, filter, notice, keyOf, locationOf, container, paused, actions: { onRestoreAll, ...actions } }, ignoredHeading) {
    // Each category's groups in the order last shown (see keepOrder), remembered for as long as the list is shown.
    const shownOrder = useRef(new Map<Category, ReadonlyMap<string, number>>());
    const sections = useMemo(
      () =>
        CATEGORY_ORDER.filter((category) => !filter || category === filter)
          .map((category) => {
            const findings = result.open.filter((finding) => finding.category === category);
            const groups = keepOrder(groupFindings(findings), shownOrder.current.get(category));
            shownOrder.current.set(category, new Map(groups.map((group, index) => [group.key, index])));
            return { category, findings, groups };
          })
          .filter((section) => section.findings.length > 0),
      [result, filter],
    );
    // A long list is drawn a screenful first, the rest in later turns (../shared/reveal.ts); the ignored findings come last.
    const units = useMemo(() => [...sections.map((section) => sectionUnits(section.groups)), result.ignored.map(() => 1)], [sections, result]);
    const total = units.reduce((n, costs) => costs.reduce((m, c) => m + c, n), 0);
    const revealed = useRevealed(total, FIRST_SCREEN_UNITS, paused);
    const limits = shareOut(revealed, units);
    useHeightHeld(container, result.layoutCheck === "pending" || revealed < total);
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
 * While the list is not all there, it keeps at least the height it had when it last was: a re-check (after each 修正)
 * shows its text findings first, without the 格式 section, which joins seconds later and is drawn again in batches
 * (../shared/reveal.ts). Meanwhile a long list was some 7,600 px shorter on 800 pages: a pane scrolled into its lower
 * part was pulled up to the new end, and stayed there when the section came back. `unsettled` is true while a 格式
 * part is pending or cards are still to be drawn; the height is read once the list is settled (one layout, which the
 * frame would do anyway), and the hold is let go then.
 */
function useHeightHeld(container: RefObject<HTMLDivElement | null>, unsettled: boolean): void {
  const settledHeight = useRef(0);
  useLayoutEffect(() => {
    const box = container.current;
    if (!box) return;
    if (unsettled) {
      if (settledHeight.current > 0) box.style.minHeight = `${settledHeight.current}px`;
      return;
    }
    box.style.minHeight = "";
    settledHeight.current = box.offsetHeight;
  });
}

/**
 * Groups that were shown before stay in the order they were shown in; a group new to the list comes right after the
 * shown group that precedes it in document order (the first of the category when none does). Groups come in the order
 * of their first finding (./groups.ts), so without this a 修正 of a group's first location moved the whole group below
 * the groups whose first finding was now earlier: on an 800-page report the group the writer was working on jumped
 * some 1,000 px down the pane and another group's card took its place under the pointer (found in the 340 px walk).
 */
export function keepOrder(groups: readonly FindingGroup[], shown: ReadonlyMap<string, number> | undefined): FindingGroup[] {
  if (!shown || shown.size === 0) return [...groups];
  const known = groups.filter((group) => shown.has(group.key)).sort((a, b) => (shown.get(a.key) ?? 0) - (shown.get(b.key) ?? 0));
  // New groups, by the shown group that precedes them in document order (undefined: none does).
  const following = new Map<string | undefined, FindingGroup[]>();
  let previous: string | undefined;
  for (const group of groups) {
    if (shown.has(group.key)) previous = group.key;
    else following.set(previous, [...(following.get(previous) ?? []), group]);
  }
  return [...(following.get(undefined) ?? []), ...known.flatMap((group) => [group, ...(following.get(group.key) ?? [])])];
}
