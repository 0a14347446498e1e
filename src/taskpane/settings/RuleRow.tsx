import { Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/finding";
import { SEVERITIES, type HouseStyle, type RuleSetting } from "../../core/houseStyle";
import type { RuleMeta } from "../../core/rules/types";
import { SETTINGS_UI } from "./strings";

const useStyles = makeStyles({
  row: { display: "grid", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  severity: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface RuleRowProps {
  readonly meta: RuleMeta;
  readonly style: HouseStyle;
  /** The rule's category is switched off: the row is shown, greyed. */
  readonly categoryOff: boolean;
  onChange(setting: RuleSetting): void;
}

/** One rule, as its metadata describes it: title, what it wants, its basis; a switch and its severity. */
export function RuleRow({ meta, style, categoryOff, onChange }: RuleRowProps) {
  const styles = useStyles();
  const setting = style.rules[meta.id];
  const on = setting !== false;
  const severity: Severity = typeof setting === "string" ? setting : meta.defaultSeverity;
  const severityId = `severity-${meta.id}`;
  return (
    <div className={styles.row} data-testid={`rule-${meta.id}`}>
      <Text weight="semibold">{meta.title}</Text>
      <Text size={200}>{meta.description}</Text>
      <Text size={200}>{SETTINGS_UI.basis(meta.basis)}</Text>
      <div className={styles.controls}>
        <Switch
          label={SETTINGS_UI.ruleOn}
          checked={on}
          disabled={categoryOff}
          aria-label={`${SETTINGS_UI.ruleOn}“${meta.title}”`}
          onChange={(_, data) => onChange(data.checked ? severity : false)}
        />
        <span className={styles.severity}>
          <label htmlFor={severityId}>{SETTINGS_UI.severity}</label>
          <Select
            id={severityId}
            size="small"
            value={severity}
            disabled={categoryOff || !on}
            aria-label={`“${meta.title}”的${SETTINGS_UI.severity}`}
            onChange={(_, data) => onChange(data.value as Severity)}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SETTINGS_UI.severityNames[s]}
              </option>
            ))}
          </Select>
        </span>
      </div>
    </div>
  );
}
