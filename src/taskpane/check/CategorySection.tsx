import { useState } from "react";
import { Button, CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Finding } from "../../core/finding";
import { UI } from "../strings";
import { FindingCard } from "./FindingCard";
import type { FindingCardProps } from "./FindingCard";
import type { Location } from "./locations";
import { isFixable } from "./fixes";
import { findingKeys } from "./categories";

/** Cards are rendered a page at a time: an 800-page document can hold thousands of findings. */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

export interface CategorySectionProps extends Omit<FindingCardProps, "finding" | "location" | "ignored"> {
  readonly category: Category;
  readonly label: string;
  readonly findings: readonly Finding[];
  locationOf(finding: Finding): Location | undefined;
  onFixAll(findings: readonly Finding[]): void;
}

export function CategorySection({ category, label, findings, locationOf, onFixAll, ...cardProps }: CategorySectionProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  // 全部修正 settles errors and warnings; a hint's fix (统一改为 1. for a house style) is only offered on its card,
  // so it neither changes a writer's chosen style unasked nor takes a renumbering's place in the plan.
  const fixable = findings.filter((finding) => isFixable(finding) && finding.severity !== "info");
  const keys = findingKeys(findings);
  return (
    <section className={styles.section} aria-label={label} data-testid={`category-${category}`}>
      <div className={styles.header}>
        <Text weight="semibold">{label}</Text>
        <CounterBadge count={findings.length} color="informative" size="small" overflowCount={9999} />
        <span className={styles.grow} />
        {fixable.length > 0 ? (
          <Button size="small" disabled={cardProps.disabled} onClick={() => onFixAll(fixable)}>
            {UI.check.fixAll(fixable.length)}
          </Button>
        ) : null}
      </div>
      {findings.slice(0, shown).map((finding, index) => (
        <FindingCard key={keys[index]} finding={finding} location={locationOf(finding)} {...cardProps} />
      ))}
      {findings.length > shown ? (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE_SIZE)}>
          {UI.check.showMore(Math.min(PAGE_SIZE, findings.length - shown), findings.length - shown)}
        </Button>
      ) : null}
    </section>
  );
}
