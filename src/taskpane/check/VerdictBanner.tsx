import { Badge, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import { summarizeFindings } from "../../core/engine";
import { UI } from "../strings";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

/** The one-glance answer: 可以提交, or how many places still need work, per category. */
export function VerdictBanner({ open }: { open: readonly Finding[] }) {
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
      </MessageBarBody>
    </MessageBar>
  );
}
