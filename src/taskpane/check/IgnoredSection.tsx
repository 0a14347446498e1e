import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { UI } from "../strings";
import { FindingCard } from "./FindingCard";
import type { FindingCardProps } from "./FindingCard";
import type { Location } from "./locations";
import { findingKeys } from "./categories";

const useStyles = makeStyles({ section: { display: "grid", gap: tokens.spacingVerticalS } });

export interface IgnoredSectionProps extends Omit<FindingCardProps, "finding" | "ignored" | "onFix" | "location"> {
  readonly findings: readonly Finding[];
  locationOf(finding: Finding): Location | undefined;
  onRestoreAll(): void;
}

/** Findings the writer chose to ignore: kept in the document, each one can be taken back. */
export function IgnoredSection({ findings, locationOf, onRestoreAll, ...cardProps }: IgnoredSectionProps) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  const keys = findingKeys(findings);
  return (
    <section className={styles.section} aria-label={UI.check.ignoredCount(findings.length)} data-testid="ignored">
      <Text weight="semibold">{UI.check.ignoredCount(findings.length)}</Text>
      {findings.map((finding, index) => (
        <FindingCard
          key={keys[index]}
          finding={finding}
          location={locationOf(finding)}
          ignored
          onFix={() => undefined}
          {...cardProps}
        />
      ))}
      <Button appearance="subtle" disabled={cardProps.disabled} onClick={onRestoreAll}>
        {UI.check.restoreIgnored}
      </Button>
    </section>
  );
}
