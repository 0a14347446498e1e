import { forwardRef, memo, type ReactNode } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { UI } from "../strings";
import { FindingCard, type FindingActions } from "./FindingCard";
import type { Location } from "./locations";

/** Exported for ./StylesAhead.tsx. */
export const useIgnoredStyles = makeStyles({ section: { display: "grid", gap: tokens.spacingVerticalS } });

export interface IgnoredSectionProps extends Omit<FindingActions, "onFix"> {
  readonly findings: readonly Finding[];
  keyOf(finding: Finding): string;
  locationOf(finding: Finding): Location | undefined;
  onRestoreAll(): void;
  readonly notice?: { readonly at: string; readonly node: ReactNode };
  /** How many of its cards to draw for now (the rest come in later turns: ../shared/reveal.ts); all when absent. */
  readonly limit?: number;
}

/**
 * Findings the writer chose to ignore: kept in the document, each one can be taken back. The heading takes focus
 * when the verdict's “查看已忽略” brings the writer here. Drawn again only when its props change (as a category's
 * section, ./CategorySection.tsx).
 */
export const IgnoredSection = memo(forwardRef<HTMLHeadingElement, IgnoredSectionProps>(function IgnoredSection(
  { findings, keyOf, locationOf, onRestoreAll, notice, limit, ...actions },
  headingRef,
) {
  const styles = useIgnoredStyles();
  if (findings.length === 0) return null;
  return (
    <section className={styles.section} aria-label={UI.check.ignoredCount(findings.length)} data-testid="ignored">
      <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
        <Text weight="semibold">{UI.check.ignoredCount(findings.length)}</Text>
      </h3>
      {notice?.at === "ignored" ? notice.node : null}
      {findings.slice(0, limit ?? findings.length).map((finding) => {
        const key = keyOf(finding);
        return (
          <FindingCard
            key={key}
            cardKey={key}
            finding={finding}
            location={locationOf(finding)}
            ignored
            onFix={() => undefined}
            notice={notice?.at === key ? notice.node : undefined}
            {...actions}
          />
        );
      })}
      <Button appearance="subtle" data-list-control="" data-card-key="ignored" data-action="restore" onClick={onRestoreAll}>
        {UI.check.restoreIgnored}
      </Button>
    </section>
  );
}));
