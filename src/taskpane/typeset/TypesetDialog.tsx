/**
 * 一键排版's preview (issue 13), loaded on demand: the document is read with its layout when the dialog opens, the
 * plan is the core's (planTypesetting), and the preview lists per role how many paragraphs change, from what to what,
 * the page setup, and what is left alone; 应用 writes exactly that plan. Esc or 取消 changes nothing.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DocumentHost } from "../../host/port";
import type { ReviewSession } from "../check/reviewSession";
import { describeError } from "../shared/errors";
import { PROPERTY_NAMES, ROLE_NAMES, joinNames } from "../check/layoutStrings";
import { describePage } from "../check/manualLayout";
import { TYPESET } from "./strings";
import { canSetPage, leftAlone, planFor, readForTypesetting, unreadableProperties, type TypesetReading, type TypesetScope } from "./typesetting";
import { runTypesetting } from "./typesetActions";

const useStyles = makeStyles({
  content: { display: "grid", gap: tokens.spacingVerticalS },
  // No scrolling of its own: the dialog's content scrolls, and holds the focusable scope choice (axe asks a scrolling
  // region to be reachable from the keyboard).
  list: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "grid", gap: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
});

type Stage = { readonly kind: "reading" } | { readonly kind: "error"; readonly text: string } | { readonly kind: "ready"; readonly reading: TypesetReading };

export interface TypesetDialogProps {
  readonly word: DocumentHost;
  readonly session: ReviewSession;
  /** Closes the dialog; after 应用, with the typesetting under way (settled when written, or failed and said so). */
  onClose(applied?: Promise<void>): void;
}

export function TypesetDialog({ word, session, onClose }: TypesetDialogProps) {
  const styles = useStyles();
  const [stage, setStage] = useState<Stage>({ kind: "reading" });
  const [scope, setScope] = useState<TypesetScope>("document");
  useEffect(() => {
    let live = true;
    readForTypesetting(word, session.checkOptions()).then(
      (reading) => live && setStage({ kind: "ready", reading }),
      (error: unknown) => live && setStage({ kind: "error", text: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [word, session]);
  const reading = stage.kind === "ready" ? stage.reading : undefined;
  const plan = useMemo(() => (reading ? planFor(reading, scope) : undefined), [reading, scope]);
  const pageByHand = reading && plan?.page && !canSetPage(reading);
  const nothing = plan !== undefined && plan.changes.length === 0 && (!plan.page || pageByHand);
  const unreadable = reading ? unreadableProperties(reading).filter((property) => property !== "page") : [];
  const selection = reading?.selection;
  const alone = useMemo(() => (reading ? leftAlone(reading, scope) : 0), [reading, scope]);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="typeset-intro">
        <DialogBody>
          <DialogTitle>{TYPESET.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {stage.kind === "reading" ? <Spinner size="tiny" label={TYPESET.reading} id="typeset-intro" /> : null}
            {stage.kind === "error" ? (
              <Text block role="alert" id="typeset-intro">
                {stage.text}
              </Text>
            ) : null}
            {reading && selection ? (
              <Field label={TYPESET.scope}>
                <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as TypesetScope)}>
                  <Radio value="document" label={TYPESET.scopeDocument} />
                  <Radio
                    value="selection"
                    label={TYPESET.scopeSelection(selection.from + 1, selection.to + 1, startOf(reading.snapshot.paragraphs[selection.from]?.text ?? ""))}
                  />
                </RadioGroup>
              </Field>
            ) : null}
            {plan ? (
              <Text block id="typeset-intro">
                {nothing ? TYPESET.nothingToDo : TYPESET.intro(plan.changes.length)}
              </Text>
            ) : null}
            {plan && (plan.byRole.length > 0 || plan.page) ? (
              <ul className={styles.list} data-testid="typeset-preview">
                {plan.byRole.map((row) => (
                  <li key={row.role} className={styles.item} data-testid="typeset-role">
                    <Text size={200} weight="semibold">
                      {ROLE_NAMES[row.role]} · {TYPESET.paragraphs(row.paragraphs)}
                    </Text>
                    <Text size={200} className={styles.before} data-testid="typeset-from">
                      {row.from}
                    </Text>
                    <Text size={200} data-testid="typeset-to">
                      → {row.to}
                    </Text>
                  </li>
                ))}
                {plan.page && reading ? (
                  <li className={styles.item} data-testid="typeset-page">
                    <Text size={200} weight="semibold">
                      {TYPESET.page}
                    </Text>
                    {pageByHand ? (
                      <Text size={200}>{TYPESET.pageByHand(describePage(plan.page))}</Text>
                    ) : (
                      <>
                        {reading.snapshot.layout?.page ? (
                          <Text size={200} className={styles.before}>
                            {TYPESET.pageFrom(describePage(reading.snapshot.layout.page))}
                          </Text>
                        ) : null}
                        <Text size={200}>{TYPESET.pageTo(describePage(plan.page))}</Text>
                        <Text size={200}>{TYPESET.pageMayNotApply}</Text>
                      </>
                    )}
                  </li>
                ) : null}
              </ul>
            ) : null}
            {alone > 0 ? (
              <Text block size={200} data-testid="typeset-left-alone">
                {TYPESET.leftAlone(alone)}
              </Text>
            ) : null}
            {unreadable.length > 0 ? (
              <Text block size={200}>
                {TYPESET.unreadable(joinNames(unreadable.map((property) => PROPERTY_NAMES[property])))}
              </Text>
            ) : null}
            {plan && !nothing ? (
              <Text block size={200}>
                {TYPESET.undoPromise}
              </Text>
            ) : null}
          </DialogContent>
          <DialogActions>
            {reading && plan && !nothing ? (
              <Button
                appearance="primary"
                onClick={() => onClose(runTypesetting(session, word, reading, plan))}
              >
                {TYPESET.apply}
              </Button>
            ) : null}
            <Button onClick={() => onClose()}>{plan && !nothing ? TYPESET.cancel : TYPESET.close}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The first words of a paragraph, to name it in the scope choice. */
function startOf(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 12 ? `${chars.slice(0, 12).join("")}…` : chars.join("");
}
