import { useEffect, useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, PinOffRegular, PinRegular } from "@fluentui/react-icons";
import type { Category } from "../../core/finding";
import {
  EMPTY_HOUSE_STYLE,
  ENUMERATION_ENDINGS,
  HOUSE_CATEGORIES,
  HOUSE_RULES,
  HOUSE_STYLE_LIMITS,
  LEVEL3_FORMS,
  LINE_SPACINGS_PT,
  ruleRuns,
  serializeHouseStyle,
  setCategory,
  setForm,
  setName,
  setRule,
  type HouseStyle,
} from "../../core/houseStyle";
import { CATEGORY_NAMES } from "../../core/messages";
import { STANDARD_SHAPES } from "../../core/markers/shapes";
import { useBlobUrl } from "../library/useBlobUrl";
import { ActionNotice, type Notice } from "../shared/ErrorBar";
import { describeError } from "../shared/errors";
import { useHouseStyleState, useHouseStyleStore } from "./HouseStyleContext";
import { RuleRow } from "./RuleRow";
import { SETTINGS_UI } from "./strings";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { display: "grid", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, paddingBlock: tokens.spacingVerticalXS },
  // Not stretched across the grid: a stretched switch's focus ring would stick out of the pane (a 2 px scrollbar).
  switch: { justifySelf: "start", maxWidth: "100%" },
});

const PLACEHOLDER_NAME_RULE = "placeholder-name";

export const SETTINGS_TITLE_ID = "settings-title";

/**
 * 设置: the house style, built from the rules' own metadata (a new rule appears by itself). Changes are the writer's
 * own and saved at once; a style pinned to the document wins, and the view says so.
 */
export function SettingsView({ active = true }: { active?: boolean }) {
  const styles = useStyles();
  const store = useHouseStyleStore();
  const state = useHouseStyleState();
  const [notice, setNotice] = useState<Notice>();
  const style = state?.user ?? EMPTY_HOUSE_STYLE;
  const file = serializeHouseStyle(style);
  const url = useBlobUrl(file);

  // The pinned style is the document's: read it whenever the view is shown.
  useEffect(() => {
    if (active) store?.refreshPinned().catch(() => undefined);
  }, [active, store]);

  if (!store || !state) return null;
  const change = (next: HouseStyle) => store.setUser(next);
  const act = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setNotice({ intent: "success", text: done });
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error) });
    }
  };

  return (
    <section className={styles.root} aria-label={SETTINGS_UI.heading} data-testid="settings">
      {/* Focused when the view opens from the 更多 menu (SETTINGS_TITLE_ID). */}
      <Text as="h2" size={500} weight="semibold" id={SETTINGS_TITLE_ID} tabIndex={-1}>
        {SETTINGS_UI.heading}
      </Text>
      <Text size={200}>{SETTINGS_UI.intro}</Text>

      <MessageBar intent={state.pinned ? "warning" : "info"} layout="multiline" data-testid="settings-source">
        <MessageBarBody>{state.pinned ? SETTINGS_UI.pinnedInUse(state.pinned.name) : SETTINGS_UI.ownInUse}</MessageBarBody>
      </MessageBar>
      {state.damaged ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.damaged === "pinned" ? SETTINGS_UI.pinnedDamaged : SETTINGS_UI.userDamaged}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.unsaved ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-unsaved">
          <MessageBarBody>{SETTINGS_UI.unsaved}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button icon={<PinRegular />} onClick={() => void act(() => store.pin(), SETTINGS_UI.pinned)}>
          {state.pinned ? SETTINGS_UI.repin : SETTINGS_UI.pin}
        </Button>
        {state.pinned ? (
          <Button icon={<PinOffRegular />} onClick={() => void act(() => store.unpin(), SETTINGS_UI.unpinned)}>
            {SETTINGS_UI.unpin}
          </Button>
        ) : null}
      </div>
      {state.pinned ? null : <Text size={200}>{SETTINGS_UI.pinHint}</Text>}
      <ActionNotice notice={notice} />

      <Field label={SETTINGS_UI.name}>
        <NameInput value={style.name ?? ""} onCommit={(name) => change(setName(style, name))} />
      </Field>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{SETTINGS_UI.forms}</legend>
        <Field label={SETTINGS_UI.level3}>
          <RadioGroup
            value={style.forms.level3 ?? STANDARD_SHAPES[3]}
            onChange={(_, data) => change(setForm(style, "level3", data.value))}
            data-testid="form-level3"
          >
            {LEVEL3_FORMS.map((form) => (
              <Radio key={form} value={form} label={SETTINGS_UI.level3Options[form] ?? form} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={SETTINGS_UI.ending}>
          <RadioGroup
            value={style.forms.enumerationEnding ?? ""}
            onChange={(_, data) => change(setForm(style, "enumerationEnding", ENUMERATION_ENDINGS.find((e) => e === data.value)))}
            data-testid="form-ending"
          >
            <Radio value="" label={SETTINGS_UI.endingAsWritten} />
            <Radio value="；" label={SETTINGS_UI.endingSemicolon} />
            <Radio value="。" label={SETTINGS_UI.endingPeriod} />
          </RadioGroup>
        </Field>
        <Switch
          className={styles.switch}
          label={SETTINGS_UI.mouIsPlaceholder}
          checked={ruleRuns(style, PLACEHOLDER_NAME_RULE)}
          disabled={style.categories.placeholder === false}
          onChange={(_, data) => change(setRule(style, PLACEHOLDER_NAME_RULE, data.checked))}
        />
        <Switch
          className={styles.switch}
          label={SETTINGS_UI.structureHints}
          checked={style.forms.structureHints !== false}
          disabled={style.categories.structure === false}
          onChange={(_, data) => change(setForm(style, "structureHints", data.checked))}
        />
        <Switch
          className={styles.switch}
          label={SETTINGS_UI.chineseNumeralDate}
          checked={style.forms.chineseNumeralDate !== false}
          disabled={style.categories.punctuation === false}
          onChange={(_, data) => change(setForm(style, "chineseNumeralDate", data.checked))}
        />
      </fieldset>

      <LayoutPractice style={style} onChange={change} />

      {HOUSE_CATEGORIES.map((category) => (
        <CategoryGroup key={category} category={category} style={style} onChange={change} />
      ))}

      <div className={styles.row}>
        <Button
          onClick={() => {
            change(EMPTY_HOUSE_STYLE);
            setNotice({ intent: "success", text: SETTINGS_UI.resetDone });
          }}
        >
          {SETTINGS_UI.reset}
        </Button>
        {url ? (
          <Link href={url} download={SETTINGS_UI.fileName} data-testid="settings-download">
            <ArrowDownloadRegular /> {SETTINGS_UI.exportFile}
          </Link>
        ) : null}
      </div>
      <Text size={200}>{SETTINGS_UI.exportHint}</Text>
    </section>
  );
}

/** 格式 practices that GB/T 9704 does not require (惯例): what the 格式 check and 一键排版 add when switched on. */
function LayoutPractice({ style, onChange }: { style: HouseStyle; onChange(next: HouseStyle): void }) {
  const styles = useStyles();
  const off = style.categories.layout === false;
  return (
    <fieldset className={styles.group} data-testid="settings-layout-practice">
      <legend className={styles.legend}>{SETTINGS_UI.layoutPractice}</legend>
      <Switch
        className={styles.switch}
        label={SETTINGS_UI.level3Bold}
        checked={style.forms.level3Bold === true}
        disabled={off}
        onChange={(_, data) => onChange(setForm(style, "level3Bold", data.checked || undefined))}
      />
      <Switch
        className={styles.switch}
        label={SETTINGS_UI.latinTimesNewRoman}
        checked={style.forms.latinTimesNewRoman === true}
        disabled={off}
        onChange={(_, data) => onChange(setForm(style, "latinTimesNewRoman", data.checked || undefined))}
      />
      <Field label={SETTINGS_UI.lineSpacing}>
        <RadioGroup
          value={style.forms.lineSpacingPt === undefined ? "" : String(style.forms.lineSpacingPt)}
          disabled={off}
          onChange={(_, data) => onChange(setForm(style, "lineSpacingPt", LINE_SPACINGS_PT.find((pt) => String(pt) === data.value)))}
          data-testid="form-line-spacing"
        >
          <Radio value="" label={SETTINGS_UI.lineSpacingOff} />
          {LINE_SPACINGS_PT.map((pt) => (
            <Radio key={pt} value={String(pt)} label={SETTINGS_UI.lineSpacingExact(pt)} />
          ))}
        </RadioGroup>
      </Field>
    </fieldset>
  );
}

function CategoryGroup({ category, style, onChange }: { category: Category; style: HouseStyle; onChange(next: HouseStyle): void }) {
  const styles = useStyles();
  const rules = HOUSE_RULES.filter((meta) => meta.category === category);
  if (rules.length === 0) return null;
  const name = CATEGORY_NAMES[category];
  const off = style.categories[category] === false;
  return (
    <fieldset className={styles.group} data-testid={`settings-category-${category}`}>
      <legend className={styles.legend}>{name}</legend>
      <Switch className={styles.switch} label={SETTINGS_UI.categoryOn(name)} checked={!off} onChange={(_, data) => onChange(setCategory(style, category, data.checked))} />
      {rules.map((meta) => (
        <RuleRow key={meta.id} meta={meta} style={style} categoryOff={off} onChange={(setting) => onChange(setRule(style, meta.id, setting))} />
      ))}
    </fieldset>
  );
}

/** The name is saved when the writer leaves the field or presses Enter, not on every keystroke. */
function NameInput({ value, onCommit }: { value: string; onCommit(name: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() !== value) onCommit(text);
  };
  return (
    <Input
      value={text}
      maxLength={HOUSE_STYLE_LIMITS.nameChars}
      placeholder={SETTINGS_UI.namePlaceholder}
      onChange={(_, data) => setText(data.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    />
  );
}
