import { Badge, Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding";
import { PART_NAMES } from "../../core/messages";
import { UI } from "../strings";
import { isFixable } from "./fixes";
import type { Location } from "./locations";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalS, gap: tokens.spacingVerticalXS, cursor: "pointer" },
  context: {
    fontFamily: '"FangSong", "仿宋", "Noto Serif CJK SC", serif',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    wordBreak: "break-all",
  },
  excerpt: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: "2px",
    padding: "0 1px",
  },
  meta: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end" },
  basis: { color: tokens.colorNeutralForeground3 },
  part: { fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold },
});

const SEVERITY: Record<Severity, { label: string; color: "danger" | "warning" | "informative" }> = {
  error: { label: "错误", color: "danger" },
  warning: { label: "警告", color: "warning" },
  info: { label: "提示", color: "informative" },
};

export interface FindingCardProps {
  readonly finding: Finding;
  /** Where the writer finds it in Word (the heading it sits under, or the header, footer or note it is in). */
  readonly location?: Location;
  readonly ignored?: boolean;
  readonly disabled: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onIgnore(finding: Finding, ignored: boolean): void;
}

/** One finding: the excerpt in its context, what is wrong and what to write, the basis, and what can be done. */
export function FindingCard({ finding, location, ignored = false, disabled, onSelect, onFix, onIgnore }: FindingCardProps) {
  const styles = useStyles();
  const severity = SEVERITY[finding.severity];
  return (
    // A click anywhere on the card locates the text (mouse); the 定位 button does the same for keyboard and screen
    // readers, so the card itself is a plain group and its buttons stay separate controls.
    <Card
      className={styles.card}
      size="small"
      onClick={() => onSelect(finding)}
      role="group"
      aria-label={`${severity.label}：${finding.message}`}
      data-testid="finding"
      data-rule={finding.ruleId}
    >
      <div className={styles.meta}>
        <Badge appearance="tint" color={severity.color} size="small">
          {severity.label}
        </Badge>
        <Text size={200}>{describeLocation(location)}</Text>
      </div>
      <Text className={styles.context} data-testid="finding-context">
        {location?.kind === "part" ? (
          <span className={styles.part} data-testid="finding-part">
            {UI.check.inPart(PART_NAMES[location.part])}
          </span>
        ) : null}
        {finding.context.before}
        <mark className={styles.excerpt}>{finding.onListString ? "（自动编号）" : finding.excerpt}</mark>
        {finding.context.after}
      </Text>
      <Text data-testid="finding-message">{finding.message}</Text>
      {finding.onListString ? <Text size={200}>{UI.check.automaticNumber}</Text> : null}
      {finding.suggestions?.length ? (
        <Text size={200}>
          {UI.check.suggestion}：{finding.suggestions.join(" / ")}
        </Text>
      ) : null}
      <Text size={200} className={styles.basis}>
        {UI.check.basis}：{finding.basis}
      </Text>
      <div className={styles.actions} onClick={(event) => event.stopPropagation()}>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onSelect(finding)}>
          {UI.check.locate}
        </Button>
        {!ignored && isFixable(finding) ? (
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onFix(finding)}>
            {UI.check.fix}
          </Button>
        ) : null}
        <Button size="small" disabled={disabled} onClick={() => onIgnore(finding, !ignored)}>
          {ignored ? UI.check.undoIgnore : UI.check.ignore}
        </Button>
      </div>
    </Card>
  );
}

function describeLocation(location: Location | undefined): string {
  // A part is named before the context itself (页眉：…), where the eye reads it with the text.
  if (!location || location.kind === "part") return "";
  if (location.kind === "heading") return UI.check.isHeading;
  return location.kind === "under" ? UI.check.locatedUnder(location.heading) : UI.check.beforeFirstHeading;
}
