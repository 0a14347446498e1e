import { memo, useState, type ReactNode } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { UI } from "../strings";
import { ExcerptInContext, FindingAdvice, FindingButtons, SEVERITY, describeLocation, useCardStyles, type FindingActions } from "./FindingCard";
import { sameFinding, sameLocation } from "./cardMemo";
import { isFixable } from "./fixes";
import type { FindingGroup } from "./groups";
import { AT } from "./places";
import type { Location } from "./locations";
import { REVIEW } from "./reviewStrings";

/** Locations are listed a page at a time: a fresh skeleton can hold dozens of the same placeholder. */
export const LOCATIONS_PAGE = 10;

/** Exported for ./StylesAhead.tsx. */
export const useGroupCardStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXS, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap", cursor: "pointer" },
  where: { flexGrow: 1, minWidth: "8em" },
});

export interface GroupCardProps extends FindingActions {
  readonly group: FindingGroup;
  keyOf(finding: Finding): string;
  locationOf(finding: Finding): Location | undefined;
  onWalk(direction: "previous" | "next"): void;
  onFixGroup(findings: readonly Finding[]): void;
  onIgnoreAllLike(finding: Finding): void;
  /** A notice placed in this card, with the key it is placed at (the group's or one location's). */
  readonly notice?: { readonly at: string; readonly node: ReactNode };
}

/**
 * Identical findings as one card: what is wrong once, how many, where each one is, and what can be done to all.
 * Drawn again only when what it shows changed (./cardMemo.ts): its findings and their places, or a notice in it.
 */
export const GroupCard = memo(GroupCardView, (a, b) => {
  if (a.group.key !== b.group.key || a.group.findings.length !== b.group.findings.length) return false;
  const noticeIn = (props: GroupCardProps) =>
    props.notice && (props.notice.at === AT.group(props.group.key) || props.group.findings.some((f) => props.keyOf(f) === props.notice?.at)) ? props.notice.node : undefined;
  if (noticeIn(a) !== noticeIn(b)) return false;
  return a.group.findings.every((f, i) => {
    const g = b.group.findings[i];
    // The same locationOf reads the same document: no place to compare (reading them all took the first drawing's time).
    return sameFinding(f, g) && a.keyOf(f) === b.keyOf(g) && (a.locationOf === b.locationOf || sameLocation(a.locationOf(f), b.locationOf(g)));
  });
});

function GroupCardView({ group, keyOf, locationOf, onWalk, onFixGroup, onIgnoreAllLike, notice, ...actions }: GroupCardProps) {
  const styles = { ...useCardStyles(), ...useGroupCardStyles() };
  const [shown, setShown] = useState(LOCATIONS_PAGE);
  const first = group.findings[0];
  const severity = SEVERITY[first.severity];
  const fixable = group.findings.filter(isFixable);
  const groupAt = AT.group(group.key);
  return (
    // Focusable by script only (tabIndex -1): it takes focus, with its name and count, when the location acted on
    // was its last (./nextFocus.ts), and its notice is then right there, above its locations.
    <div
      className={styles.card}
      role="group"
      aria-label={`${severity.label}：${first.message}（${REVIEW.occurrences(group.findings.length)}）`}
      tabIndex={-1}
      data-testid="finding-group"
      data-card-key={groupAt}
    >
      <div className={styles.meta}>
        <Badge appearance="tint" color={severity.color} size="small">
          {severity.label}
        </Badge>
        <Text weight="semibold" data-testid="group-count">
          {REVIEW.occurrences(group.findings.length)}
        </Text>
      </div>
      <Text className={styles.context}>
        <mark className={styles.excerpt}>{first.onListString ? "（自动编号）" : first.excerpt}</mark>
      </Text>
      <Text data-testid="finding-message">{first.message}</Text>
      <FindingAdvice finding={first} />
      <div className={styles.actions} role="group" aria-label={REVIEW.groupActions}>
        <Button size="small" data-list-control="" data-action="previous" onClick={() => onWalk("previous")}>
          {REVIEW.previous}
        </Button>
        <Button size="small" data-list-control="" data-action="next" onClick={() => onWalk("next")}>
          {REVIEW.next}
        </Button>
        {fixable.length > 0 ? (
          <Button size="small" appearance="primary" data-list-control="primary" data-action="fix-group" onClick={() => onFixGroup(fixable)}>
            {REVIEW.fixGroup(fixable.length)}
          </Button>
        ) : null}
        <Button size="small" data-list-control="" data-action="ignore-all" onClick={() => onIgnoreAllLike(first)}>
          {REVIEW.ignoreAllLike}
        </Button>
      </div>
      {notice?.at === groupAt ? notice.node : null}
      <ol className={styles.list}>
        {group.findings.slice(0, shown).map((finding, index) => {
          const key = keyOf(finding);
          const location = locationOf(finding);
          const where = describeLocation(location);
          return (
            // A click on the row locates it (mouse); its 定位 button does the same from the keyboard.
            <li key={key} data-testid="finding" data-rule={finding.ruleId} data-card-key={key} onClick={() => actions.onSelect(finding)}>
              <div className={styles.row}>
                <Text size={200} className={`${styles.context} ${styles.where}`} data-testid="finding-context">
                  <ExcerptInContext finding={finding} location={location} />
                  {where && location?.kind !== "part" ? <Text size={100}>{`（${where}）`}</Text> : null}
                </Text>
                <span className={styles.actions} onClick={(event) => event.stopPropagation()}>
                  <FindingButtons finding={finding} ignored={false} label={REVIEW.locateOccurrence(index + 1, where)} {...actions} />
                </span>
              </div>
              {notice?.at === key ? notice.node : null}
            </li>
          );
        })}
      </ol>
      {group.findings.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + LOCATIONS_PAGE)}>
          {UI.check.showMore(Math.min(LOCATIONS_PAGE, group.findings.length - shown), group.findings.length - shown)}
        </Button>
      ) : null}
    </div>
  );
}
