import { memo, type ReactNode } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding";
import { PART_NAMES } from "../../core/messages";
import { UI } from "../strings";
import { sameFinding, sameLocation } from "./cardMemo";
import { isFixable } from "./fixes";
import type { Location } from "./locations";

export const useCardStyles = makeStyles({
  // A plain bordered block, not a Fluent Card: an interactive Card is one focus group that Tab skips over, and the
  // writer must reach 定位 / 修正 / 忽略 with Tab (issue 11).
  card: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    // A card out of the pane's view is not styled, laid out or painted (issue 11, item 8). With an 800-page report's
    // 330 cards drawn, each frame of a re-check (its progress line, the list's update) laid out and painted them
    // all: at 4× CPU the re-check's layout went from 220–310 ms to 17–34 and paint from 280–430 to 41–59, the
    // longest task from 154–235 ms to 60–80 (Chromium traces, 3 interleaved pairs). Its height until first drawn is
    // a guess (a card is some 100–250 px); once drawn, its own ("auto"), so the scroll bar settles as the writer
    // scrolls. Still in the accessibility tree and found by the browser's search; innerText skips it.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 160px",
  },
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
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end", flexWrap: "wrap" },
  basis: { color: tokens.colorNeutralForeground3 },
  part: { fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The finding's words in their sentence with the excerpt marked, and the header's or note's name before them. A side
 * of the context cut mid-phrase shows "…"; a finding about a whole paragraph (格式) has no words to mark.
 */
export function ExcerptInContext({ finding, location }: { finding: Finding; location: Location | undefined }) {
  const styles = useCardStyles();
  const { before, after, cutBefore, cutAfter } = finding.context;
  return (
    <>
      {location?.kind === "part" ? (
        <span className={styles.part} data-testid="finding-part">
          {UI.check.inPart(PART_NAMES[location.part])}
        </span>
      ) : null}
      {cutBefore ? `…${before}` : before}
      {finding.onListString || finding.excerpt ? <mark className={styles.excerpt}>{finding.onListString ? "（自动编号）" : finding.excerpt}</mark> : null}
      {cutAfter ? `${after}…` : after}
    </>
  );
}

export const SEVERITY: Record<Severity, { label: string; color: "danger" | "warning" | "informative" }> = {
  error: { label: "错误", color: "danger" },
  warning: { label: "警告", color: "warning" },
  info: { label: "提示", color: "informative" },
};

/**
 * A card's actions. While the pane is busy they do nothing and the list shows it: its container is aria-disabled,
 * which covers every button in it, and veiled (see listBusy.ts), rather than hundreds of cards drawn again; the
 * buttons stay focusable, so focus is never dropped to the page.
 */
export interface FindingActions {
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onIgnore(finding: Finding, ignored: boolean): void;
}

export interface FindingCardProps extends FindingActions {
  readonly finding: Finding;
  /** The finding's occurrence key: names the card for focus and for a notice placed under it. */
  readonly cardKey: string;
  /** Where the writer finds it in Word (the heading it sits under, or the header, footer or note it is in). */
  readonly location?: Location;
  readonly ignored?: boolean;
  /** A notice placed under this card (the outcome of an action taken on it). */
  readonly notice?: ReactNode;
}

/** One finding: the excerpt in its context, what is wrong and what to write, the basis, and what can be done. */
export const FindingCard = memo(FindingCardView, (a, b) => a.cardKey === b.cardKey && a.ignored === b.ignored && a.notice === b.notice && sameLocation(a.location, b.location) && sameFinding(a.finding, b.finding));

function FindingCardView({ finding, cardKey, location, ignored = false, notice, ...actions }: FindingCardProps) {
  const styles = useCardStyles();
  const severity = SEVERITY[finding.severity];
  return (
    // A click anywhere on the card locates the text (mouse); the 定位 button does the same for keyboard and screen
    // readers, so the card itself is a plain group and its buttons stay separate controls in the Tab order.
    <div
      className={styles.card}
      onClick={() => actions.onSelect(finding)}
      role="group"
      aria-label={`${severity.label}：${finding.message}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-card-key={cardKey}
    >
      <div className={styles.meta}>
        <Badge appearance="tint" color={severity.color} size="small">
          {severity.label}
        </Badge>
        <Text size={200}>{location?.kind === "part" ? "" : describeLocation(location)}</Text>
      </div>
      <Text className={styles.context} data-testid="finding-context">
        <ExcerptInContext finding={finding} location={location} />
      </Text>
      <Text data-testid="finding-message">{finding.message}</Text>
      <FindingAdvice finding={finding} />
      <div className={styles.actions} onClick={(event) => event.stopPropagation()}>
        <FindingButtons finding={finding} ignored={ignored} {...actions} />
      </div>
      {notice}
    </div>
  );
}

/** What to write instead and the basis: shared by a single card and a group's card. */
export function FindingAdvice({ finding }: { finding: Finding }) {
  const styles = useCardStyles();
  return (
    <>
      {finding.onListString ? <Text size={200}>{UI.check.automaticNumber}</Text> : null}
      {finding.suggestions?.length ? (
        <Text size={200}>
          {UI.check.suggestion}：{finding.suggestions.join(" / ")}
        </Text>
      ) : null}
      <Text size={200} className={styles.basis}>
        {UI.check.basis}：{finding.basis}
      </Text>
    </>
  );
}

/** 定位, 修正 (when the finding has a fix) and 忽略 / 取消忽略, each its own Tab stop. */
export function FindingButtons({ finding, ignored, onSelect, onFix, onIgnore, label }: FindingActions & { finding: Finding; ignored: boolean; label?: string }) {
  return (
    <>
      <Button size="small" appearance="subtle" data-list-control="" data-action="locate" aria-label={label} onClick={() => onSelect(finding)}>
        {UI.check.locate}
      </Button>
      {!ignored && isFixable(finding) ? (
        <Button size="small" appearance="primary" data-list-control="primary" data-action="fix" onClick={() => onFix(finding)}>
          {UI.check.fix}
        </Button>
      ) : null}
      <Button size="small" data-list-control="" data-action="ignore" onClick={() => onIgnore(finding, !ignored)}>
        {ignored ? UI.check.undoIgnore : UI.check.ignore}
      </Button>
    </>
  );
}

export function describeLocation(location: Location | undefined): string {
  // A part is named before the context itself (页眉：…), where the eye reads it with the text.
  if (!location) return "";
  if (location.kind === "part") return PART_NAMES[location.part];
  if (location.kind === "heading") return UI.check.isHeading;
  return location.kind === "under" ? UI.check.locatedUnder(location.heading) : UI.check.beforeFirstHeading;
}
