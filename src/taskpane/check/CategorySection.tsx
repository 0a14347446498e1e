import { memo, useMemo, useState, type ReactNode } from "react";
import { Button, CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { UI } from "../strings";
import { FindingCard, type FindingActions } from "./FindingCard";
import { GroupCard, LOCATIONS_PAGE } from "./GroupCard";
import type { Location } from "./locations";
import { isFixable } from "./fixes";
import { groupFindings, type FindingGroup } from "./groups";
import { AT } from "./places";
import { shareOut, useRevealed } from "../shared/reveal";

/** Cards are rendered a page at a time: an 800-page document can hold thousands of findings. */
export const PAGE_SIZE = 50;

/** What a card costs to draw, in units of ../shared/reveal.ts: a card, or a group's rows with its head. */
function groupUnits(group: FindingGroup): number {
  return group.findings.length === 1 ? 1 : 1 + Math.min(group.findings.length, LOCATIONS_PAGE);
}

/** What each card of the section's first page costs to draw (the 检查 tab shares its units out over sections). */
export function sectionUnits(groups: readonly FindingGroup[]): number[] {
  return groups.slice(0, PAGE_SIZE).map(groupUnits);
}

/** Exported for ./StylesAhead.tsx. */
export const useSectionStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  grow: { flexGrow: 1 },
});

export interface CategorySectionProps extends FindingActions {
  readonly category: Category;
  readonly label: string;
  readonly findings: readonly Finding[];
  /** The findings' groups (./groups.ts), when the caller has them already; worked out here otherwise. */
  readonly groups?: readonly FindingGroup[];
  keyOf(finding: Finding): string;
  locationOf(finding: Finding): Location | undefined;
  onFixAll(findings: readonly Finding[], at: string): void;
  onWalkGroup(groupKey: string, direction: "previous" | "next"): void;
  onIgnoreAllLike(finding: Finding, at: string): void;
  /** The notice, when it is placed in this section: at the section, a group or a finding (by key). */
  readonly notice?: { readonly at: string; readonly node: ReactNode };
  /** How many of its cards to draw for now (the rest come in later turns: ../shared/reveal.ts); all when absent. */
  readonly limit?: number;
}

/**
 * Drawn again only when one of its props changes (all are stable for as long as the result is): the 检查 tab's
 * reveal adds cards to one section at a time, and drawing every section again at each of its turns compared every
 * card drawn so far, ~1,000 on an 800-page report, at every turn.
 */
export const CategorySection = memo(CategorySectionView);

function CategorySectionView({ category, label, findings, groups: given, keyOf, locationOf, onFixAll, onWalkGroup, onIgnoreAllLike, notice, limit, ...actions }: CategorySectionProps) {
  const styles = useSectionStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  // 全部修正 settles errors and warnings; a hint's fix (统一改为 1. for a house style) is only offered on its card,
  // so it neither changes a writer's chosen style unasked nor takes a renumbering's place in the plan.
  // Once per result: the 检查 tab draws the list again on every turn of its reveal (../shared/reveal.ts).
  const fixable = useMemo(() => findings.filter((finding) => isFixable(finding) && finding.severity !== "info"), [findings]);
  const groups = useMemo(() => given ?? groupFindings(findings), [given, findings]);
  const at = AT.category(category);
  // The first page is drawn as the 检查 tab's share allows (`limit`); the pages 再显示 adds come in later turns too.
  const firstPage = Math.min(groups.length, PAGE_SIZE);
  const firstDrawn = Math.min(limit ?? firstPage, firstPage);
  const added = groups.slice(PAGE_SIZE, shown).map(groupUnits);
  const addedRevealed = useRevealed(added.reduce((n, units) => n + units, 0));
  const drawn = firstDrawn + (firstDrawn === firstPage ? shareOut(addedRevealed, [added])[0] : 0);
  return (
    <section className={styles.section} aria-label={label} data-testid={`category-${category}`}>
      <div className={styles.header}>
        {/* Takes focus (by script only) after an action whose group is gone: its notice is then under it. */}
        <h3 tabIndex={-1} className={styles.heading}>
          <Text weight="semibold">{label}</Text>
        </h3>
        <CounterBadge count={findings.length} color="informative" size="small" overflowCount={9999} data-testid="category-count" />
        <span className={styles.grow} />
        {fixable.length > 0 ? (
          <Button size="small" data-list-control="" data-card-key={at} data-action="fix-category" onClick={() => onFixAll(fixable, at)}>
            {UI.check.fixAll(fixable.length)}
          </Button>
        ) : null}
      </div>
      {notice?.at === at ? notice.node : null}
      {groups.slice(0, drawn).map((group) => {
        if (group.findings.length === 1) {
          const finding = group.findings[0];
          const key = keyOf(finding);
          return (
            <FindingCard
              key={key}
              cardKey={key}
              finding={finding}
              location={locationOf(finding)}
              notice={notice?.at === key ? notice.node : undefined}
              {...actions}
            />
          );
        }
        return (
          <GroupCard
            key={group.key}
            group={group}
            keyOf={keyOf}
            locationOf={locationOf}
            onWalk={(direction) => onWalkGroup(group.key, direction)}
            onFixGroup={(list) => onFixAll(list, AT.group(group.key))}
            onIgnoreAllLike={(finding) => onIgnoreAllLike(finding, AT.group(group.key))}
            notice={notice}
            {...actions}
          />
        );
      })}
      {groups.length > shown && drawn >= shown ? (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE_SIZE)}>
          {UI.check.showMore(Math.min(PAGE_SIZE, groups.length - shown), groups.length - shown)}
        </Button>
      ) : null}
    </section>
  );
}
