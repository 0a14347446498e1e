import { Badge, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { summarizeFindings } from "../../core/engine";
import { PART_NAMES } from "../../core/messages";
import type { DocPart } from "../../core/model";
import { UI } from "../strings";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  unchecked: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export interface VerdictBannerProps {
  readonly open: readonly Finding[];
  /** Parts of the document that could not be read: 可以提交 must not be read as covering them. */
  readonly unchecked?: readonly DocPart[];
}

/** The one-glance answer: 可以提交, or how many places still need work, per category; and what was not checked. */
export function VerdictBanner({ open, unchecked = [] }: VerdictBannerProps) {
  const styles = useStyles();
  const summary = summarizeFindings(open);
  const hints = open.length - summary.blocking;
  return (
    <MessageBar intent={summary.ready ? "success" : "warning"} layout="multiline" data-testid="verdict">
      <MessageBarBody>
        <MessageBarTitle>{summary.verdict}</MessageBarTitle>
        {summary.ready ? UI.check.readyText : null}
        {summary.ready ? null : (
          <div className={styles.counts}>
            {summary.categories.map(({ category, name, error, warning }) => (
              <Badge
                key={category}
                appearance="outline"
                color={error + warning > 0 ? "danger" : "informative"}
                data-testid={`count-${category}`}
              >
                {name} {error + warning}
              </Badge>
            ))}
          </div>
        )}
        {hints > 0 ? ` ${UI.check.hintsOnly(hints)}` : null}
        {unchecked.length > 0 ? (
          <span className={styles.unchecked} data-testid="verdict-unchecked">
            {UI.check.uncheckedParts(unchecked.map((part) => PART_NAMES[part]))}
          </span>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
